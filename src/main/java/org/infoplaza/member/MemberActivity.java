package org.infoplaza.member;

import java.time.LocalDateTime;

/**
 * One line of a member's own history on the member page: when, where, and what it was. {@code kindKey},
 * {@code statusKey} and {@code purposeKey} are message keys of the feature that reports it (the purpose
 * key may be null); the page translates them.
 */
public record MemberActivity(LocalDateTime start, LocalDateTime end, String centre, String place, String kindKey,
        String statusKey, String purposeKey) {
}

package org.infoplaza.member;

import java.time.LocalDate;

/**
 * A member was registered at their home centre, for the reports (new registrations by sex and age band).
 * Published in the registration's transaction; it carries the member's id for the listener to key on, and
 * nothing else that identifies them.
 */
public record MemberRegistered(long memberId, long homeCentreId, LocalDate registeredOn, Sex sex, AgeBand ageBand) {
}

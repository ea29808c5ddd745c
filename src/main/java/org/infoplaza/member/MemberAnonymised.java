package org.infoplaza.member;

/**
 * A member was anonymised (on request or by the retention rule). Published in the anonymisation's
 * transaction, so listeners that remove what they keep about the person (the outbox deletes the member's
 * mail) commit with it or not at all. It carries the member's id and nothing else.
 */
public record MemberAnonymised(long memberId) {
}

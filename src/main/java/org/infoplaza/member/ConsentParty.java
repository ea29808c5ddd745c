package org.infoplaza.member;

/** Who gave a consent: the guardian (for a minor) or the member. */
public enum ConsentParty {
    GUARDIAN, MEMBER
}

package org.infoplaza.member;

/** How a consent was given. */
public enum ConsentChannel {
    PAPER_FORM, IN_PERSON, DIGITAL
}

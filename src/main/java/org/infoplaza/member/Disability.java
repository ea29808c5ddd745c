package org.infoplaza.member;

/**
 * Whether the member has a disability, a sensitive (health) field. Deliberately yes / no / prefers not to say
 * and no categories: the centres need it to offer an accessible station and to report reach, not a diagnosis.
 */
public enum Disability {
    YES, NO, PREFERS_NOT_TO_SAY
}

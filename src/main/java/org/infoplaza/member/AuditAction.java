package org.infoplaza.member;

/**
 * What was done with a member's record. Reads are logged for minors only; changes, exports and
 * anonymisation for everyone.
 */
public enum AuditAction {
    /** Opened the member's details (a minor). */
    DETAILS_VIEWED,
    /** Printed the member card (a minor). */
    CARD_PRINTED,
    /** Printed the consent form (always a minor). */
    CONSENT_FORM_PRINTED,
    EXPORTED_JSON,
    EXPORTED_PDF,
    REGISTERED,
    RECTIFIED,
    CONSENT_RECORDED,
    CONSENT_REVOKED,
    ANONYMISED,
    SUSPENDED,
    SUSPENSION_LIFTED,
    /** Found by exact number by staff of another centre, for a visit; only what the visit needs was shown. */
    VISITOR_LOOKED_UP
}

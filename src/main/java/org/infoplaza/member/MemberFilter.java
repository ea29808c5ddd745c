package org.infoplaza.member;

/**
 * What the members grid asks for: the one search box (name fragments, a member number or a document
 * number) combined with optional filters. A {@code null} filter means "any".
 *
 * @param centreId only members of this home centre; it must be within the caller's centres
 * @param consent  only minors whose data-processing consent is valid today, or only those whose consent
 *                 is missing, expired or revoked
 */
public record MemberFilter(String text, AgeBand ageBand, Long centreId, ConsentStatus consent) {

    public MemberFilter(String text) {
        this(text, null, null, null);
    }

    public static MemberFilter none() {
        return new MemberFilter("");
    }

    /** Minors and their data-processing consent as of today. */
    public enum ConsentStatus {
        VALID,
        MISSING
    }
}

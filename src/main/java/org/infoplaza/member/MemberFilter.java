package org.infoplaza.member;

/** The one search box: name fragments, a member number or a document number. */
public record MemberFilter(String text) {

    public static MemberFilter none() {
        return new MemberFilter("");
    }
}

package org.infoplaza.member;

/**
 * What the anonymous statistics count of a member on a given day: sex and age band, nothing that
 * identifies them. Anonymised members keep both (see {@link MemberService#profileOf}).
 */
public record MemberProfile(Sex sex, AgeBand ageBand) {
}

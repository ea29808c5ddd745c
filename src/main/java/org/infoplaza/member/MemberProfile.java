package org.infoplaza.member;

/**
 * What the anonymous statistics count of a member on a given day: sex and age band, and for the equity
 * indicators the self-identified ethnicity (an indigenous people, none or prefers not to say; null when not
 * recorded), Afro-descendance, disability (null when not recorded) and the corregimiento of residence (null
 * when not recorded). Nothing that identifies the person on its own; the reports publish these only as
 * suppressed counts. Anonymised members keep them (see {@link MemberService#profileOf}); the sensitive
 * ones are gone once their consent is withdrawn.
 */
public record MemberProfile(Sex sex, AgeBand ageBand, Ethnicity ethnicity, boolean afroDescendant,
        Disability disability, Long corregimientoId) {

    /** Sex and age band only, nothing recorded for the rest. */
    public MemberProfile(Sex sex, AgeBand ageBand) {
        this(sex, ageBand, null, false, null, null);
    }
}

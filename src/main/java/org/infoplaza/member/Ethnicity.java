package org.infoplaza.member;

import java.util.Set;

/**
 * Self-identified ethnicity, a sensitive field: the eight indigenous peoples the 2010 census counted, another
 * indigenous people, Afro-descendant, none, or prefers not to say. As in the census, Afro-descendance is its
 * own question, so one answer may hold an indigenous people and {@link #AFRO_DESCENDANT} together.
 */
public enum Ethnicity {
    NGABE, BUGLE, GUNA, EMBERA, WOUNAAN, NASO_TJERDI, BRIBRI, BOKOTA, OTHER_INDIGENOUS,
    AFRO_DESCENDANT, NONE, PREFERS_NOT_TO_SAY;

    public boolean isIndigenous() {
        return ordinal() <= OTHER_INDIGENOUS.ordinal();
    }

    /**
     * A valid answer: nothing (not asked), "none" or "prefers not to say" alone, or at most one indigenous
     * people with or without Afro-descendant.
     */
    public static boolean isValidAnswer(Set<Ethnicity> answer) {
        if (answer == null || answer.isEmpty()) {
            return true;
        }
        if (answer.contains(NONE) || answer.contains(PREFERS_NOT_TO_SAY)) {
            return answer.size() == 1;
        }
        return answer.stream().filter(Ethnicity::isIndigenous).count() <= 1;
    }
}

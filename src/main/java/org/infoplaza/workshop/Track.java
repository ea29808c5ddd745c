package org.infoplaza.workshop;

/** The programme line a course belongs to; reports group courses by it. */
public enum Track {
    DIGITAL_SKILLS, CODING_FOR_CHILDREN, EMPLOYMENT_SKILLS, VIOLENCE_PREVENTION, GENDER_AND_MASCULINITIES,
    HUMAN_RIGHTS, COMMUNITY_PARTICIPATION, OTHER
}

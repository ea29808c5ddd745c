package org.infoplaza.member;

import java.time.LocalDate;

/** The age bands the centres report by: completed years on a given day. */
public enum AgeBand {
    AGE_0_11(0, 11),
    AGE_12_14(12, 14),
    AGE_15_17(15, 17),
    AGE_18_24(18, 24),
    AGE_25_59(25, 59),
    AGE_60_PLUS(60, null);

    private final int from;
    private final Integer to;

    AgeBand(int from, Integer to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    /** The oldest age in the band, or {@code null} for the open band. */
    public Integer to() {
        return to;
    }

    /**
     * Latest date of birth in the band on {@code day} (inclusive): people born that day turn {@link #from}
     * on {@code day}. Someone born on 29 February counts a year older from 1 March, as {@link MemberRules#ageOn}.
     */
    public LocalDate bornOnOrBefore(LocalDate day) {
        return day.minusYears(from);
    }

    /** Dates of birth must be after this one (exclusive), or {@code null} for the open band. */
    public LocalDate bornAfter(LocalDate day) {
        return to == null ? null : day.minusYears(to + 1L);
    }

    public boolean contains(int age) {
        return age >= from && (to == null || age <= to);
    }

    /** The band of someone this many completed years old (a negative age, not yet born, counts as the first). */
    public static AgeBand ofAge(int age) {
        for (AgeBand band : values()) {
            if (band.contains(age)) {
                return band;
            }
        }
        return AGE_0_11;
    }
}

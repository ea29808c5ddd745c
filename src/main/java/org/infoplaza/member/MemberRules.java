package org.infoplaza.member;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/** The plain rules about members that need no database: age, documents, phones, names. */
public final class MemberRules {

    /** Digits, spaces, dashes and a leading plus; at least seven digits' worth of characters. */
    public static final String PHONE = "\\+?[0-9][0-9 -]{5,28}[0-9]";
    public static final int ADULT_AGE = 18;
    public static final int OLDEST_AGE = 110;

    private static final java.util.regex.Pattern CEDULA = java.util.regex.Pattern.compile(
            "^(1[0-3]|[1-9]|PE|E|N|(1[0-3]|[1-9])AV|(1[0-3]|[1-9])PI)-\\d{1,4}-\\d{1,6}$");

    private MemberRules() {
    }

    /** Completed years on {@code day}; someone born on 29 February turns a year older on 1 March. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public static boolean isMinorOn(LocalDate dateOfBirth, LocalDate day) {
        return ageOn(dateOfBirth, day) < ADULT_AGE;
    }

    /** The community-documented cédula pattern, e.g. 8-123-4567, PE-12-345, 8AV-1-12. */
    public static boolean isCedula(String number) {
        String normalised = normaliseDocument(number);
        return normalised != null && CEDULA.matcher(normalised).matches();
    }

    static String normaliseDocument(String number) {
        return number == null || number.isBlank() ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** Lower case, no accents, single spaces, so "José  PÉREZ" equals "jose perez". */
    public static String normaliseName(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Names that are equal once normalised, or where every word of one appears in the other, so "ana perez"
     * matches "ana maria perez gil" (people give their names more or less fully on different days).
     */
    public static boolean similarNames(String normalisedA, String normalisedB) {
        if (normalisedA.isEmpty() || normalisedB.isEmpty()) {
            return false;
        }
        java.util.Set<String> a = new java.util.HashSet<>(java.util.Arrays.asList(normalisedA.split(" ")));
        java.util.Set<String> b = new java.util.HashSet<>(java.util.Arrays.asList(normalisedB.split(" ")));
        return normalisedA.equals(normalisedB) || a.containsAll(b) || b.containsAll(a);
    }
}

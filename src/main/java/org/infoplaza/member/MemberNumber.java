package org.infoplaza.member;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;
import org.apache.commons.validator.routines.checkdigit.CheckDigit;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.VerhoeffCheckDigit;

/**
 * The number on a member's card. New numbers are the centre code, eight random digits (the first never 0)
 * and a Verhoeff check digit, e.g. {@code COL-CRI-482739165}: nobody can guess the next member's number from
 * their own card, and the check digit catches every single mistyped digit and every swap of two neighbouring
 * digits, so the desk refuses a typo at once instead of finding nobody, or somebody else. Numbers given
 * before (the centre code and a running number of at least six digits, {@code COL-CRI-000031}) stay valid
 * for good: printed cards and their QR codes keep working. The two never mix up: a running number would
 * need a hundred million registrations at one centre to reach nine digits.
 */
public final class MemberNumber {

    /** Random digits of a new number; with the check digit, nine digits after the centre code. */
    static final int RANDOM_DIGITS = 8;

    private static final CheckDigit VERHOEFF = VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT;
    /**
     * Nine digits after the code: a new number (first digit 1–9, the last one checks the others). No running
     * number has nine digits, so nine digits that start with 0 or fail the check are a typo.
     */
    private static final Pattern NEW_DIGITS = Pattern.compile("[0-9]{9}");
    /** A whole number as typed or scanned: a centre code, a dash and digits (a running or a new number). */
    private static final Pattern WHOLE = Pattern.compile("([A-Z0-9-]{2,20})-([0-9]{6,9})");

    private MemberNumber() {
    }

    /** A new number for a member of the centre with this code. */
    static String generate(String centreCode, RandomGenerator random) {
        StringBuilder digits = new StringBuilder(RANDOM_DIGITS + 1);
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < RANDOM_DIGITS; i++) {
            digits.append(random.nextInt(10));
        }
        try {
            digits.append(VERHOEFF.calculate(digits.toString()));
        } catch (CheckDigitException e) {
            throw new IllegalStateException("Only digits were given", e);
        }
        return centreCode + "-" + digits;
    }

    /** A number as the centres gave them before: the code and the running number, e.g. {@code PAN-CUR-000038}. */
    static String legacy(String centreCode, long sequence) {
        return centreCode + "-" + String.format(Locale.ROOT, "%06d", sequence);
    }

    /** What was typed or scanned, as numbers are stored: upper case, without spaces. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the text is a whole member number (old or new), as opposed to a name or a document number. */
    public static boolean isWhole(String text) {
        return WHOLE.matcher(normalise(text)).matches();
    }

    /**
     * Whether the text is a whole new member number ({@code COL-CRI-482739165}) whose check digit does not
     * match: a typo, found without asking the database. Old running numbers, names and bare digits (which
     * may be a passport number) are never mistyped by this rule.
     */
    public static boolean isMistyped(String text) {
        Matcher whole = WHOLE.matcher(normalise(text));
        if (!whole.matches() || !NEW_DIGITS.matcher(whole.group(2)).matches()) {
            return false;
        }
        String digits = whole.group(2);
        return digits.charAt(0) == '0' || !VERHOEFF.isValid(digits);
    }
}

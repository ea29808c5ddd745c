package org.infoplaza.workshop;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: {@value #LENGTH} characters drawn with {@link SecureRandom} from an alphabet without
 * the look-alikes 0/O and 1/I, shown in groups of four ({@code 7KQM-X3PA-RW9D}). That is 60 random bits:
 * nobody can guess a valid code, so the public verification page needs no sign-in. What people type is
 * read leniently: lower case, spaces and dashes anywhere.
 */
final class CertificateCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    static final int GROUP = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String generate() {
        StringBuilder plain = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            plain.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(plain.toString());
    }

    /** The code as stored, or empty when what was typed cannot be a code at all. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.replaceAll("[\\s\\-\\u2010-\\u2015]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(grouped(plain));
    }

    private static String grouped(String plain) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < plain.length(); i += GROUP) {
            if (i > 0) {
                code.append('-');
            }
            code.append(plain, i, i + GROUP);
        }
        return code.toString();
    }
}

package org.infoplaza.reporting.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What an API token is: {@code ipz_} and 32 random bytes in base64url (the prefix lets a secret scanner or a
 * person tell it apart from other secrets), and what is kept of it: its SHA-256, in base64url. A token has
 * 256 bits of chance, so a plain hash is enough; a slow password hash would only slow every API call.
 */
final class TokenText {

    static final String PREFIX = "ipz_";
    /** Longer texts are not ours, and are refused without hashing them. */
    static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TokenText() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + BASE64URL.encodeToString(bytes);
    }

    /** 43 characters, whatever the token. */
    static String hash(String token) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Compares in a time that does not depend on where the two first differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}

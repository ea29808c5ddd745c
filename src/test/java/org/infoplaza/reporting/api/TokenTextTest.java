package org.infoplaza.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a token looks like and what is kept of it. */
class TokenTextTest {

    @Test
    void a_token_is_the_prefix_and_32_random_bytes_in_base64url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenText.generate();
            assertThat(token).startsWith("ipz_").hasSize(4 + 43).matches("ipz_[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token)).as("no two alike").isTrue();
        }
    }

    @Test
    void only_the_sha256_is_kept_and_it_fits_the_column() {
        // SHA-256 of "abc" is ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.
        assertThat(TokenText.hash("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0").hasSize(43);
        String token = TokenText.generate();
        assertThat(TokenText.hash(token)).doesNotContain(token.substring(4, 20));
        assertThat(TokenText.sameHash(TokenText.hash(token), TokenText.hash(token))).isTrue();
        assertThat(TokenText.sameHash(TokenText.hash(token), TokenText.hash(token + "x"))).isFalse();
    }
}

package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.infoplaza.shared.PanamaTime;
import org.junit.jupiter.api.Test;

class ConsentDetailsTest {

    private static final LocalDate GRANTED = LocalDate.of(2026, 3, 1);

    private static ConsentDetails consent(LocalDate expiresOn, Instant revokedAt) {
        return new ConsentDetails(1, 1, ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, GRANTED,
                ConsentChannel.PAPER_FORM, "2026-01", 7, true, expiresOn, revokedAt);
    }

    @Test
    void a_consent_is_valid_from_the_day_it_is_granted() {
        ConsentDetails consent = consent(GRANTED.plusYears(1), null);
        assertThat(consent.validOn(GRANTED.minusDays(1))).isFalse();
        assertThat(consent.validOn(GRANTED)).isTrue();
    }

    @Test
    void an_expired_consent_is_no_longer_valid_from_its_expiry_date() {
        ConsentDetails consent = consent(GRANTED.plusYears(1), null);
        assertThat(consent.validOn(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(consent.validOn(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void a_revoked_consent_stops_counting_on_the_day_it_is_revoked_in_panama() {
        // 23:30 in Panama on 10 May is already 11 May in UTC; the revocation day is still 10 May.
        Instant revoked = LocalDateTime.of(2026, 5, 10, 23, 30).atZone(PanamaTime.ZONE).toInstant();
        ConsentDetails consent = consent(GRANTED.plusYears(1), revoked);
        assertThat(consent.validOn(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(consent.validOn(LocalDate.of(2026, 5, 10))).isFalse();
        assertThat(consent.validOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void a_consent_without_expiry_stays_valid_until_revoked() {
        assertThat(consent(null, null).validOn(LocalDate.of(2040, 1, 1))).isTrue();
    }
}

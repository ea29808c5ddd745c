package org.infoplaza.member;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.infoplaza.shared.AbstractEntity;

@Entity
@Table(name = "consent")
class Consent extends AbstractEntity {

    /** Consents are reviewed every year: one granted today lapses on the same date next year. */
    static final int VALID_YEARS = 1;

    private long memberId;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    private ConsentParty givenBy;

    private LocalDate grantedAt;

    @Enumerated(EnumType.STRING)
    private ConsentChannel channel;

    private String textVersion;
    private long recordedBy;
    private boolean minorAssent;
    private LocalDate expiresOn;
    private Instant revokedAt;

    protected Consent() {
    }

    Consent(long memberId, ConsentData data, long recordedBy) {
        this.memberId = memberId;
        this.purpose = data.purpose();
        this.givenBy = data.givenBy();
        this.grantedAt = data.grantedAt();
        this.channel = data.channel();
        this.textVersion = data.textVersion().strip();
        this.recordedBy = recordedBy;
        this.minorAssent = data.minorAssent();
        this.expiresOn = data.grantedAt().plusYears(VALID_YEARS);
    }

    long getMemberId() {
        return memberId;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    ConsentDetails toDetails() {
        return new ConsentDetails(getId(), memberId, purpose, givenBy, grantedAt, channel, textVersion, recordedBy,
                minorAssent, expiresOn, revokedAt);
    }
}

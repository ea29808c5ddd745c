-- The walk-in queue: when no station is free, a visitor takes a numbered ticket for the day at the centre.
-- Numbers restart every day per centre. The counter row is the serialisation point: issuing a ticket
-- increments it with one upsert, so two desks never hand out the same number, and the unique key on the
-- tickets guarantees it even if the code were wrong.
CREATE TABLE walk_in_counter (
    centre_id   BIGINT NOT NULL,
    day         DATE   NOT NULL,
    last_number INT    NOT NULL,
    PRIMARY KEY (centre_id, day),
    CONSTRAINT fk_walk_in_counter_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ticket. A guest's ticket has no member (no personal data). While OFFERED, the ticket holds a station
-- until offer_expires_at; SERVED tickets point at the session that started from the offer.
CREATE TABLE walk_in_ticket (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT      NOT NULL DEFAULT 0,
    centre_id          BIGINT      NOT NULL,
    day                DATE        NOT NULL,
    number             INT         NOT NULL,
    member_id          BIGINT      NULL,
    purpose            VARCHAR(30) NOT NULL,
    status             VARCHAR(10) NOT NULL,
    issued_at          DATETIME    NOT NULL,
    offered_station_id BIGINT      NULL,
    offer_expires_at   DATETIME    NULL,
    booking_id         BIGINT      NULL,
    closed_at          DATETIME    NULL,
    CONSTRAINT uk_walk_in_ticket_number UNIQUE (centre_id, day, number),
    CONSTRAINT fk_walk_in_ticket_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_walk_in_ticket_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_walk_in_ticket_station FOREIGN KEY (offered_station_id) REFERENCES station (id),
    CONSTRAINT fk_walk_in_ticket_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT ck_walk_in_ticket_status CHECK (status IN ('WAITING', 'OFFERED', 'SERVED', 'EXPIRED', 'DECLINED',
        'CANCELLED')),
    CONSTRAINT ck_walk_in_ticket_offer CHECK ((status = 'OFFERED') = (offered_station_id IS NOT NULL
        AND offer_expires_at IS NOT NULL)),
    CONSTRAINT ck_walk_in_ticket_purpose CHECK (purpose IN ('EDUCATION', 'EMPLOYMENT', 'GOVERNMENT_SERVICES',
        'HEALTH', 'COMMUNICATION', 'ENTREPRENEURSHIP', 'TRAINING', 'LEISURE', 'OTHER')),
    INDEX ix_walk_in_ticket_queue (centre_id, day, status, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders already sent, so the reminder job never mails the same booking twice.
CREATE TABLE booking_reminder (
    booking_id BIGINT      NOT NULL PRIMARY KEY,
    sent_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_booking_reminder_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

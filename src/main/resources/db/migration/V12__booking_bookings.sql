-- Station scheduling: bookings, walk-ins and guest sessions, and the slot tables that make a double booking
-- impossible. Times are Panama local date-times (the country has no daylight saving).
CREATE TABLE booking (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    centre_id      BIGINT      NOT NULL,
    station_id     BIGINT      NOT NULL,
    -- NULL only for a guest session: an unregistered visitor leaves no personal data.
    member_id      BIGINT      NULL,
    kind           VARCHAR(10) NOT NULL,
    status         VARCHAR(12) NOT NULL,
    starts_at      DATETIME    NOT NULL,
    ends_at        DATETIME    NOT NULL,
    checked_in_at  DATETIME    NULL,
    checked_out_at DATETIME    NULL,
    purpose        VARCHAR(30) NULL,
    created_at     DATETIME(6) NOT NULL,
    created_by     BIGINT      NOT NULL,
    CONSTRAINT fk_booking_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_booking_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_booking_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_booking_kind CHECK (kind IN ('BOOKING', 'WALK_IN', 'GUEST')),
    CONSTRAINT ck_booking_status CHECK (status IN ('BOOKED', 'IN_SESSION', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT ck_booking_guest CHECK ((kind = 'GUEST') = (member_id IS NULL)),
    CONSTRAINT ck_booking_times CHECK (ends_at >= starts_at),
    CONSTRAINT ck_booking_purpose CHECK (purpose IS NULL OR purpose IN ('EDUCATION', 'EMPLOYMENT',
        'GOVERNMENT_SERVICES', 'HEALTH', 'COMMUNICATION', 'ENTREPRENEURSHIP', 'TRAINING', 'LEISURE', 'OTHER')),
    INDEX ix_booking_centre_day (centre_id, starts_at),
    INDEX ix_booking_member_day (member_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per 5-minute slot a booking holds on its station (14:00-15:00 holds 12 rows; a session started
-- at 14:08 holds from 14:05). The primary key lets only one transaction hold a slot: the loser of a race
-- fails on it, whatever the application checked before.
CREATE TABLE booking_slot (
    station_id BIGINT   NOT NULL,
    slot_start DATETIME NOT NULL,
    booking_id BIGINT   NOT NULL,
    PRIMARY KEY (station_id, slot_start),
    CONSTRAINT fk_booking_slot_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_booking_slot_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE,
    INDEX ix_booking_slot_booking (booking_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same for the member: one member never holds two overlapping bookings or sessions.
CREATE TABLE member_slot (
    member_id  BIGINT   NOT NULL,
    slot_start DATETIME NOT NULL,
    booking_id BIGINT   NOT NULL,
    PRIMARY KEY (member_id, slot_start),
    CONSTRAINT fk_member_slot_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_member_slot_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE,
    INDEX ix_member_slot_booking (booking_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

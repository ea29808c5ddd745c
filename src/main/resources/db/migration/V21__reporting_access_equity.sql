-- Access and equity rollups: occupancy by weekday and hour, bookings kept against no-shows, walk-in queue
-- waits, purpose of visit, new registrations, and the equity fields of the members served. Kept up to date
-- in the transactions of the events that change them, and recomputed from the raw data by a rebuild. Days,
-- months, weekdays and hours are Panama wall-clock ones.

-- Station-minutes used per centre, month, weekday (1 = Monday .. 7 = Sunday) and hour of the day (0-23):
-- a session is split at every hour and at midnight, so each hour of each day gets exactly its minutes.
-- A centre's year is at most 12 x 7 x 24 rows.
CREATE TABLE rollup_station_hour (
    centre_id BIGINT  NOT NULL,
    use_month DATE    NOT NULL,
    weekday   TINYINT NOT NULL,
    hour      TINYINT NOT NULL,
    minutes   BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, use_month, weekday, hour),
    CONSTRAINT fk_rollup_station_hour_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_station_hour_month CHECK (DAYOFMONTH(use_month) = 1),
    CONSTRAINT ck_rollup_station_hour_slot CHECK (weekday BETWEEN 1 AND 7 AND hour BETWEEN 0 AND 23
        AND minutes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bookings (not walk-ins) per centre and the day they were due to start, by outcome: checked in, released
-- as a no-show, cancelled. Bookings due = checked in + no-shows; the no-show rate is no-shows / due.
CREATE TABLE rollup_booking_day (
    centre_id   BIGINT NOT NULL,
    booking_day DATE   NOT NULL,
    checked_in  INT    NOT NULL DEFAULT 0,
    no_shows    INT    NOT NULL DEFAULT 0,
    cancelled   INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, booking_day),
    CONSTRAINT fk_rollup_booking_day_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_booking_day_counts CHECK (checked_in >= 0 AND no_shows >= 0 AND cancelled >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Served walk-in tickets per centre and month (of the day the ticket was issued) as a histogram of whole
-- minutes waited from the ticket to the station, so the median wait is read from at most a few hundred rows.
CREATE TABLE rollup_queue_wait (
    centre_id  BIGINT NOT NULL,
    wait_month DATE   NOT NULL,
    minutes    INT    NOT NULL,
    tickets    INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, wait_month, minutes),
    CONSTRAINT fk_rollup_queue_wait_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_queue_wait_counts CHECK (DAYOFMONTH(wait_month) = 1 AND minutes >= 0 AND tickets >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sessions per centre, month (of the day they started) and purpose of visit, tapped at check-in.
CREATE TABLE rollup_station_purpose (
    centre_id BIGINT      NOT NULL,
    use_month DATE        NOT NULL,
    purpose   VARCHAR(30) NOT NULL,
    sessions  INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, use_month, purpose),
    CONSTRAINT fk_rollup_station_purpose_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_station_purpose_month CHECK (DAYOFMONTH(use_month) = 1 AND sessions >= 0),
    CONSTRAINT ck_rollup_station_purpose_purpose CHECK (purpose IN ('EDUCATION', 'EMPLOYMENT',
        'GOVERNMENT_SERVICES', 'HEALTH', 'COMMUNICATION', 'ENTREPRENEURSHIP', 'TRAINING', 'LEISURE', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- New registrations per home centre and month (Panama day of registration) by sex and age band that day.
CREATE TABLE rollup_registration (
    centre_id BIGINT      NOT NULL,
    reg_month DATE        NOT NULL,
    sex       VARCHAR(20) NOT NULL,
    age_band  VARCHAR(12) NOT NULL,
    members   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, reg_month, sex, age_band),
    CONSTRAINT fk_rollup_registration_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_registration_month CHECK (DAYOFMONTH(reg_month) = 1 AND members >= 0),
    CONSTRAINT ck_rollup_registration_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_rollup_registration_band CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17',
        'AGE_18_24', 'AGE_25_59', 'AGE_60_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The equity fields of the members served, on their first use in the month like sex and age band: an
-- indigenous people, NONE or PREFERS_NOT_TO_SAY (NULL: not recorded), Afro-descendance, disability (NULL:
-- not recorded) and the corregimiento of residence (NULL: not recorded). Rows counted before this migration
-- have nothing recorded until a rebuild.
ALTER TABLE rollup_station_member
    ADD COLUMN ethnicity        VARCHAR(20) NULL,
    ADD COLUMN afro_descendant  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN disability       VARCHAR(20) NULL,
    ADD COLUMN corregimiento_id BIGINT      NULL;

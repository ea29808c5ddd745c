-- Station-use rollups: what the monthly indicators read instead of the raw sessions. Kept up to date by
-- every check-out, in its transaction, and recomputed from the completed sessions by a rebuild. Days and
-- months are Panama days (the session times are Panama wall-clock times).

-- One row per centre and day that had station use: a year of the whole country is at most
-- centres x 366 rows. Sessions count on the day they started, with their whole length in session_minutes
-- (for the average length); minutes holds the time used within the day, so a session over midnight
-- gives each day its part.
CREATE TABLE rollup_station_day (
    centre_id       BIGINT NOT NULL,
    use_day         DATE   NOT NULL,
    sessions        INT    NOT NULL DEFAULT 0,
    guest_sessions  INT    NOT NULL DEFAULT 0,
    session_minutes BIGINT NOT NULL DEFAULT 0,
    minutes         BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, use_day),
    INDEX ix_rollup_station_day_day (use_day, centre_id),
    CONSTRAINT fk_rollup_station_day_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_station_day_counts CHECK (sessions >= 0 AND guest_sessions >= 0
        AND guest_sessions <= sessions AND session_minutes >= 0 AND minutes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per member who used a centre's stations in a month (use_month is the month's first day), with
-- their sex and age band on the first day they did. Unique members of a centre are COUNT(*) of its rows;
-- of several centres (a municipality, the nation) COUNT(DISTINCT member_id), since a member may use more
-- than one. Holds no personal data beyond the member's id; it never leaves the reporting module.
CREATE TABLE rollup_station_member (
    centre_id BIGINT      NOT NULL,
    use_month DATE        NOT NULL,
    member_id BIGINT      NOT NULL,
    first_day DATE        NOT NULL,
    sex       VARCHAR(20) NOT NULL,
    age_band  VARCHAR(12) NOT NULL,
    PRIMARY KEY (centre_id, use_month, member_id),
    INDEX ix_rollup_station_member_month (use_month, member_id),
    CONSTRAINT fk_rollup_station_member_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_rollup_station_member_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_rollup_station_member_month CHECK (DAYOFMONTH(use_month) = 1),
    CONSTRAINT ck_rollup_station_member_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_rollup_station_member_band CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17',
        'AGE_18_24', 'AGE_25_59', 'AGE_60_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

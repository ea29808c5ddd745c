-- Training rollups: what the monthly training indicators read instead of the workshop records. Each
-- cohort's rows are recounted from its records whenever attendance, enrolments, sessions, certificates or
-- questionnaire answers of that cohort change, in the same transaction, and a rebuild recounts any period
-- with the same code. Months are Panama months (use_month is the month's first day).

-- One row per cohort and month with something to count: sessions delivered (not cancelled, attendance
-- taken), the marks of the enrolled (present, and expected = enrolled x sessions delivered), whether the
-- cohort ended in the month (its last session that counts was delivered then), certificates issued in the
-- month that stand, and the questionnaire's change (members who answered both and the sum of their
-- changes) for a cohort that ended in the month.
CREATE TABLE rollup_training_cohort (
    cohort_id          BIGINT         NOT NULL,
    use_month          DATE           NOT NULL,
    centre_id          BIGINT         NOT NULL,
    sessions           INT            NOT NULL DEFAULT 0,
    present_marks      INT            NOT NULL DEFAULT 0,
    expected_marks     INT            NOT NULL DEFAULT 0,
    ended              BOOLEAN        NOT NULL DEFAULT FALSE,
    certificates       INT            NOT NULL DEFAULT 0,
    score_members      INT            NOT NULL DEFAULT 0,
    score_change_total DECIMAL(14, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort_id, use_month),
    INDEX ix_rollup_training_cohort_month (use_month, centre_id),
    CONSTRAINT fk_rollup_training_cohort_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_rollup_training_cohort_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_training_cohort_month CHECK (DAYOFMONTH(use_month) = 1),
    CONSTRAINT ck_rollup_training_cohort_counts CHECK (sessions >= 0 AND present_marks >= 0
        AND present_marks <= expected_marks AND certificates >= 0 AND score_members >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per member enrolled in a cohort that ran in the month, with whether they attended at least once
-- in the month and whether they completed (the cohort ended in the month and they reached the course's
-- threshold), and their sex and age band on the month's first day. Holds no personal data beyond the
-- member's id; it never leaves the reporting module.
CREATE TABLE rollup_training_member (
    cohort_id BIGINT      NOT NULL,
    use_month DATE        NOT NULL,
    member_id BIGINT      NOT NULL,
    centre_id BIGINT      NOT NULL,
    attended  BOOLEAN     NOT NULL DEFAULT FALSE,
    completed BOOLEAN     NOT NULL DEFAULT FALSE,
    sex       VARCHAR(20) NOT NULL,
    age_band  VARCHAR(12) NOT NULL,
    PRIMARY KEY (cohort_id, use_month, member_id),
    INDEX ix_rollup_training_member_month (use_month, centre_id, member_id),
    CONSTRAINT fk_rollup_training_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_rollup_training_member_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_rollup_training_member_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_rollup_training_member_month CHECK (DAYOFMONTH(use_month) = 1),
    CONSTRAINT ck_rollup_training_member_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_rollup_training_member_band CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17',
        'AGE_18_24', 'AGE_25_59', 'AGE_60_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lock row per cohort: a recount takes it before it reads the cohort's records, so two desks changing
-- one cohort at once recount in turn and the second sees what the first committed.
CREATE TABLE rollup_training_lock (
    cohort_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_rollup_training_lock_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

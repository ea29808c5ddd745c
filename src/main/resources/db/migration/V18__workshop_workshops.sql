-- Workshops: a catalogue of courses, cohorts of a course at a centre with their sessions, enrolment with a
-- waitlist, attendance, certificates and the optional pre/post questionnaire. Times are Panama local
-- date-times, like bookings.
CREATE TABLE course (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    title                VARCHAR(150)  NOT NULL,
    track                VARCHAR(30)   NOT NULL,
    description          VARCHAR(2000) NULL,
    min_age              INT           NULL,
    max_age              INT           NULL,
    planned_sessions     INT           NOT NULL,
    planned_hours        DECIMAL(5, 1) NOT NULL,
    completion_threshold INT           NOT NULL DEFAULT 80,
    uses_computer_room   BOOLEAN       NOT NULL DEFAULT FALSE,
    active               BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT ck_course_track CHECK (track IN ('DIGITAL_SKILLS', 'CODING_FOR_CHILDREN', 'EMPLOYMENT_SKILLS',
        'VIOLENCE_PREVENTION', 'GENDER_AND_MASCULINITIES', 'HUMAN_RIGHTS', 'COMMUNITY_PARTICIPATION', 'OTHER')),
    CONSTRAINT ck_course_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
    CONSTRAINT ck_course_threshold CHECK (completion_threshold BETWEEN 1 AND 100),
    CONSTRAINT ck_course_sessions CHECK (planned_sessions BETWEEN 1 AND 200),
    INDEX ix_course_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questionnaire items of a course (Likert 1-5), asked at the first and the last session.
CREATE TABLE course_question (
    course_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    text      VARCHAR(300) NOT NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT fk_course_question_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    course_id         BIGINT       NOT NULL,
    centre_id         BIGINT       NOT NULL,
    name              VARCHAR(120) NOT NULL,
    capacity          INT          NOT NULL,
    enrolment_opens   DATE         NOT NULL,
    enrolment_closes  DATE         NOT NULL,
    cancelled         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)  NOT NULL,
    created_by        BIGINT       NOT NULL,
    CONSTRAINT fk_cohort_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_cohort_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_cohort_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT ck_cohort_window CHECK (enrolment_opens <= enrolment_closes),
    INDEX ix_cohort_centre (centre_id, enrolment_closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_facilitator (
    cohort_id BIGINT NOT NULL,
    staff_id  BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, staff_id),
    CONSTRAINT fk_cohort_facilitator_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_facilitator_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id),
    INDEX ix_cohort_facilitator_staff (staff_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One meeting of a cohort. A cancelled session stays (attendance and history refer to it) but counts for
-- nothing. attendance_unlocked_until lets an administrator reopen a locked attendance list for a while.
CREATE TABLE workshop_session (
    id                        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT      NOT NULL DEFAULT 0,
    cohort_id                 BIGINT      NOT NULL,
    starts_at                 DATETIME    NOT NULL,
    ends_at                   DATETIME    NOT NULL,
    cancelled                 BOOLEAN     NOT NULL DEFAULT FALSE,
    attendance_unlocked_until DATETIME    NULL,
    CONSTRAINT fk_workshop_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT ck_workshop_session_times CHECK (ends_at > starts_at),
    INDEX ix_workshop_session_cohort (cohort_id, starts_at),
    INDEX ix_workshop_session_day (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per member and cohort; a withdrawal keeps the row (re-enrolling reuses it). The waitlist order
-- is queued_at, then id.
CREATE TABLE enrolment (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    cohort_id    BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    status       VARCHAR(12) NOT NULL,
    queued_at    DATETIME(6) NOT NULL,
    enrolled_at  DATETIME(6) NULL,
    withdrawn_at DATETIME(6) NULL,
    created_by   BIGINT      NOT NULL,
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrolment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_enrolment_member UNIQUE (cohort_id, member_id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
    INDEX ix_enrolment_member (member_id, status),
    INDEX ix_enrolment_waitlist (cohort_id, status, queued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lock row per member taken before checking that a new enrolment overlaps none of the member's other
-- cohorts, so two desks enrolling the same person at once cannot both pass the check.
CREATE TABLE enrolment_member_lock (
    member_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_enrolment_member_lock FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One mark per member and session; walk_in says the member came without being enrolled.
CREATE TABLE attendance (
    session_id  BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    status      VARCHAR(10) NOT NULL,
    walk_in     BOOLEAN     NOT NULL DEFAULT FALSE,
    recorded_at DATETIME(6) NOT NULL,
    recorded_by BIGINT      NOT NULL,
    PRIMARY KEY (session_id, member_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES workshop_session (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    INDEX ix_attendance_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A certificate keeps what it certified (course title, hours, dates, centre, facilitators) as issued, so a
-- later rename does not change what a verification shows; the member is referred to by id only.
CREATE TABLE certificate (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    code           VARCHAR(20)  NOT NULL,
    cohort_id      BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    course_title   VARCHAR(150) NOT NULL,
    hours          DECIMAL(5, 1) NOT NULL,
    first_day      DATE         NOT NULL,
    last_day       DATE         NOT NULL,
    centre_name    VARCHAR(150) NOT NULL,
    facilitators   VARCHAR(400) NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    issued_by      BIGINT       NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    revoked_by     BIGINT       NULL,
    revoke_reason  VARCHAR(300) NULL,
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_member UNIQUE (cohort_id, member_id),
    CONSTRAINT fk_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_certificate_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Questionnaire answers, one row per member, phase and question. Only aggregates leave the cohort.
CREATE TABLE questionnaire_answer (
    cohort_id   BIGINT     NOT NULL,
    member_id   BIGINT     NOT NULL,
    phase       VARCHAR(4) NOT NULL,
    position    INT        NOT NULL,
    answer      INT        NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, member_id, phase, position),
    CONSTRAINT fk_questionnaire_answer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_questionnaire_answer_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_questionnaire_phase CHECK (phase IN ('PRE', 'POST')),
    CONSTRAINT ck_questionnaire_answer CHECK (answer BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders already sent, so a job that runs every few minutes (on any node) sends each one once.
CREATE TABLE workshop_reminder (
    session_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, member_id),
    CONSTRAINT fk_workshop_reminder_session FOREIGN KEY (session_id) REFERENCES workshop_session (id),
    CONSTRAINT fk_workshop_reminder_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

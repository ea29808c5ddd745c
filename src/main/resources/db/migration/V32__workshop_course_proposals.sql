-- Courses a facilitator proposes for the national catalogue. A proposal is not a course: cohorts can only be
-- opened for courses, and a proposal becomes one only when the secretariat or an administrator accepts it
-- (course_id then names the course made from it). Who proposed and who decided are staff ids, without a
-- foreign key, like the member audit log, so the record outlives a removed account.
CREATE TABLE course_proposal (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    title                VARCHAR(150)  NOT NULL,
    track                VARCHAR(30)   NOT NULL,
    description          VARCHAR(2000) NULL,
    min_age              INT           NULL,
    max_age              INT           NULL,
    planned_sessions     INT           NOT NULL,
    planned_hours        DECIMAL(5, 1) NOT NULL,
    completion_threshold INT           NOT NULL,
    uses_computer_room   BOOLEAN       NOT NULL DEFAULT FALSE,
    status               VARCHAR(10)   NOT NULL,
    proposed_by          BIGINT        NOT NULL,
    proposed_at          DATETIME(6)   NOT NULL,
    decided_by           BIGINT        NULL,
    decided_at           DATETIME(6)   NULL,
    decline_reason       VARCHAR(300)  NULL,
    course_id            BIGINT        NULL,
    CONSTRAINT ck_course_proposal_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT ck_course_proposal_track CHECK (track IN ('DIGITAL_SKILLS', 'CODING_FOR_CHILDREN',
        'EMPLOYMENT_SKILLS', 'VIOLENCE_PREVENTION', 'GENDER_AND_MASCULINITIES', 'HUMAN_RIGHTS',
        'COMMUNITY_PARTICIPATION', 'OTHER')),
    CONSTRAINT ck_course_proposal_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
    CONSTRAINT ck_course_proposal_decision CHECK ((status = 'PENDING') = (decided_at IS NULL)
        AND (status = 'ACCEPTED') = (course_id IS NOT NULL)),
    CONSTRAINT fk_course_proposal_course FOREIGN KEY (course_id) REFERENCES course (id),
    INDEX ix_course_proposal_status (status, proposed_at),
    INDEX ix_course_proposal_by (proposed_by, proposed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_proposal_question (
    proposal_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(300) NOT NULL,
    PRIMARY KEY (proposal_id, position),
    CONSTRAINT fk_course_proposal_question FOREIGN KEY (proposal_id) REFERENCES course_proposal (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

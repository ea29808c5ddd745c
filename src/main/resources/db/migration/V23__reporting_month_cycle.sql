-- The monthly cycle: each centre's month is computed on the first of the next month, submitted by the
-- centre, and accepted by the secretariat; an accepted month is locked until reopened with a reason.
-- Figures are snapshots of the station-use rollups (V20), so a late correction after acceptance shows as a
-- new revision instead of silently changing what was accepted.

-- One row per centre and month (report_month is the month's first day). The version column is the
-- optimistic lock of the screens; state changes also take the row lock (SELECT ... FOR UPDATE).
CREATE TABLE month_report (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    centre_id         BIGINT       NOT NULL,
    report_month      DATE         NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    computed_at       DATETIME(6) NOT NULL,
    submitted_by      BIGINT       NULL,
    submitted_by_name VARCHAR(200) NULL,
    submitted_at      DATETIME(6) NULL,
    accepted_by       BIGINT       NULL,
    accepted_by_name  VARCHAR(200) NULL,
    accepted_at       DATETIME(6) NULL,
    CONSTRAINT uk_month_report UNIQUE (centre_id, report_month),
    INDEX ix_month_report_month (report_month, status),
    CONSTRAINT fk_month_report_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_month_report_month CHECK (DAYOFMONTH(report_month) = 1),
    CONSTRAINT ck_month_report_status CHECK (status IN ('OPEN', 'SUBMITTED', 'ACCEPTED', 'REOPENED')),
    CONSTRAINT ck_month_report_accepted CHECK (status <> 'ACCEPTED' OR accepted_at IS NOT NULL),
    CONSTRAINT ck_month_report_submitted CHECK (status NOT IN ('SUBMITTED', 'ACCEPTED') OR submitted_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every reopening, with who asked and why; append-only.
CREATE TABLE month_report_reopening (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    month_report_id BIGINT        NOT NULL,
    reopened_at     DATETIME(6)  NOT NULL,
    reopened_by     BIGINT        NULL,
    reopened_by_name VARCHAR(200) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    INDEX ix_month_report_reopening (month_report_id, reopened_at),
    CONSTRAINT fk_month_report_reopening FOREIGN KEY (month_report_id) REFERENCES month_report (id),
    CONSTRAINT ck_month_report_reopening_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The month's figures each time they were looked at officially: computed, submitted, accepted, or found
-- changed afterwards (a late correction, a rebuild). revision goes up only when the figures differ from the
-- snapshot before, so "revision 2" always means "the figures changed". Counts only: members by sex and by
-- age band are JSON objects of counts ({"FEMALE": 6, ...}); no member is identified.
CREATE TABLE month_report_snapshot (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    month_report_id  BIGINT       NOT NULL,
    revision         INT          NOT NULL,
    occasion         VARCHAR(12)  NOT NULL,
    taken_at         DATETIME(6) NOT NULL,
    taken_by_name    VARCHAR(200) NOT NULL,
    sessions         BIGINT       NOT NULL,
    guest_sessions   BIGINT       NOT NULL,
    minutes          BIGINT       NOT NULL,
    session_minutes  BIGINT       NOT NULL,
    unique_members   BIGINT       NOT NULL,
    members_by_sex   LONGTEXT     NOT NULL CHECK (JSON_VALID(members_by_sex)),
    members_by_age_band LONGTEXT  NOT NULL CHECK (JSON_VALID(members_by_age_band)),
    INDEX ix_month_report_snapshot (month_report_id, id),
    CONSTRAINT fk_month_report_snapshot FOREIGN KEY (month_report_id) REFERENCES month_report (id),
    CONSTRAINT ck_month_report_snapshot_occasion CHECK (occasion IN ('COMPUTED', 'SUBMITTED', 'ACCEPTED',
        'CORRECTED')),
    CONSTRAINT ck_month_report_snapshot_revision CHECK (revision >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The secretariat's monthly summary mail, once per month whichever node or run sends it: the row is
-- written in the transaction that queues the messages.
CREATE TABLE month_report_mail (
    report_month DATE         NOT NULL PRIMARY KEY,
    queued_at    DATETIME(6) NOT NULL,
    recipients   INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files sent with an outbox message (owned by the notification module), in the order they were given: the
-- monthly report as PDF, for example. Stored with the message, in its transaction.
CREATE TABLE outbox_attachment (
    message_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    content      LONGBLOB     NOT NULL,
    PRIMARY KEY (message_id, position),
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

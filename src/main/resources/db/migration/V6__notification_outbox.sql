-- Messages waiting to be sent, written in the same transaction as the change that causes them.
CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    kind            VARCHAR(60)  NOT NULL,
    reference       VARCHAR(120) NULL,
    recipient_name  VARCHAR(160) NULL,
    recipient_email VARCHAR(254) NULL,
    language        VARCHAR(5)   NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    body_text       MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NOT NULL,
    calendar        MEDIUMTEXT   NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    claim_token     VARCHAR(40)  NULL,
    claimed_until   DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    skip_reason     VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED')),
    INDEX ix_outbox_due (status, next_attempt_at),
    INDEX ix_outbox_claim (claim_token),
    INDEX ix_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outcome of every job run, for the System view (previous/next fire times come from Quartz).
CREATE TABLE job_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name    VARCHAR(190) NOT NULL,
    node        VARCHAR(190) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NOT NULL,
    succeeded   BOOLEAN      NOT NULL,
    message     VARCHAR(500) NULL,
    INDEX ix_job_run_latest (job_name, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins, for administrators to see who tried what account from where (never the password).
-- Kept 90 days (SignInFailures). The account's own counter and lock are replaced by a throttle per account and
-- per client address held in memory, which no single address can turn into a lock.
CREATE TABLE staff_sign_in_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    occurred_at    DATETIME(6)  NOT NULL,
    username_tried VARCHAR(60)  NOT NULL,
    account_id     BIGINT       NULL,
    client_address VARCHAR(45)  NOT NULL,
    reason         VARCHAR(20)  NOT NULL,
    CONSTRAINT ck_sign_in_failure_reason CHECK (reason IN ('WRONG_PASSWORD', 'UNKNOWN_ACCOUNT', 'INACTIVE', 'THROTTLED')),
    INDEX ix_sign_in_failure_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE staff_account DROP COLUMN failed_logins, DROP COLUMN locked_until;

CREATE TABLE staff_account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    username           VARCHAR(60)  NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    email              VARCHAR(254) NULL,
    preferred_language VARCHAR(5)   NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at         DATETIME(6)  NOT NULL,
    last_login_at      DATETIME(6)  NULL,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    CONSTRAINT uk_staff_username UNIQUE (username),
    CONSTRAINT ck_staff_role CHECK (role IN ('ADMIN', 'OPERATOR', 'FACILITATOR', 'SECRETARIAT')),
    CONSTRAINT ck_staff_language CHECK (preferred_language IN ('es', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Operators and facilitators work at the centres listed here; admins and the secretariat see all.
CREATE TABLE staff_account_centre (
    staff_account_id BIGINT NOT NULL,
    centre_id        BIGINT NOT NULL,
    PRIMARY KEY (staff_account_id, centre_id),
    CONSTRAINT fk_staff_centre_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_centre_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

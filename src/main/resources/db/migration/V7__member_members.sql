-- Members of the centres, their guardians (for minors) and consents per purpose.
CREATE TABLE member (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    member_number      VARCHAR(30)  NOT NULL,
    given_names        VARCHAR(100) NOT NULL,
    surnames           VARCHAR(100) NOT NULL,
    -- Lower case, without accents, single spaces: "José  Pérez" and "jose perez" are the same person.
    normalised_name    VARCHAR(201) NOT NULL,
    date_of_birth      DATE         NOT NULL,
    sex                VARCHAR(20)  NOT NULL,
    id_type            VARCHAR(10)  NOT NULL,
    id_number          VARCHAR(30)  NULL,
    phone              VARCHAR(30)  NULL,
    email              VARCHAR(254) NULL,
    preferred_language VARCHAR(10)  NOT NULL,
    school_status      VARCHAR(20)  NULL,
    school_grade       VARCHAR(30)  NULL,
    occupation_status  VARCHAR(20)  NULL,
    home_centre_id     BIGINT       NOT NULL,
    municipality_id    BIGINT       NULL,
    corregimiento      VARCHAR(120) NULL,
    community          VARCHAR(120) NULL,
    registered_at      DATETIME(6)  NOT NULL,
    registered_by      BIGINT       NOT NULL,
    CONSTRAINT uk_member_number UNIQUE (member_number),
    -- Members without a document have a NULL number; MariaDB lets any number of NULLs through.
    CONSTRAINT uk_member_document UNIQUE (id_type, id_number),
    CONSTRAINT fk_member_centre FOREIGN KEY (home_centre_id) REFERENCES centre (id),
    CONSTRAINT fk_member_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_member_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_member_id_type CHECK (id_type IN ('CEDULA', 'PASSPORT', 'NONE')),
    CONSTRAINT ck_member_id_number CHECK ((id_type = 'NONE') = (id_number IS NULL)),
    CONSTRAINT ck_member_language CHECK (preferred_language IN ('es', 'en')),
    INDEX ix_member_name (normalised_name),
    INDEX ix_member_birth (date_of_birth),
    INDEX ix_member_centre_name (home_centre_id, normalised_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per centre: member numbers are handed out under this row's lock, which also makes two
-- registrations at the same centre run one after the other, so the second one sees the first.
CREATE TABLE member_number_sequence (
    centre_id  BIGINT NOT NULL PRIMARY KEY,
    last_value BIGINT NOT NULL,
    CONSTRAINT fk_member_sequence_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardian (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    member_id    BIGINT       NOT NULL,
    name         VARCHAR(160) NOT NULL,
    relationship VARCHAR(60)  NOT NULL,
    phone        VARCHAR(30)  NULL,
    email        VARCHAR(254) NULL,
    CONSTRAINT fk_guardian_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX ix_guardian_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consent (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    member_id    BIGINT      NOT NULL,
    purpose      VARCHAR(20) NOT NULL,
    given_by     VARCHAR(10) NOT NULL,
    granted_at   DATE        NOT NULL,
    channel      VARCHAR(20) NOT NULL,
    text_version VARCHAR(20) NOT NULL,
    recorded_by  BIGINT      NOT NULL,
    minor_assent BOOLEAN     NOT NULL DEFAULT FALSE,
    expires_on   DATE        NULL,
    revoked_at   DATETIME(6) NULL,
    CONSTRAINT fk_consent_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_consent_purpose CHECK (purpose IN ('DATA_PROCESSING', 'STATION_USE', 'WORKSHOPS', 'PHOTOS',
        'SENSITIVE_DATA', 'AGGREGATE_SHARING')),
    CONSTRAINT ck_consent_given_by CHECK (given_by IN ('GUARDIAN', 'MEMBER')),
    CONSTRAINT ck_consent_channel CHECK (channel IN ('PAPER_FORM', 'IN_PERSON', 'DIGITAL')),
    CONSTRAINT ck_consent_expiry CHECK (expires_on IS NULL OR expires_on > granted_at),
    INDEX ix_consent_member (member_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

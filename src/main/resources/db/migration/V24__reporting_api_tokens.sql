-- Tokens of the read-only REST API (/api/v1/**) that the secretariat's other systems call. Only the SHA-256
-- of a token is kept (base64url, 43 characters): the token itself is shown once, when it is created, and
-- cannot be read back from here. A revoked token stays listed, so the administrators can see what was
-- given out and when it stopped working.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    label        VARCHAR(100) NOT NULL,
    token_hash   CHAR(43)     NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_api_token_label CHECK (CHAR_LENGTH(TRIM(label)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

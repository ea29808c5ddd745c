-- API tokens expire and can be rotated (docs/reporting.md, "REST API").
--
-- expires_at: after it, the token is refused with a 401 that says it expired. Chosen when the token is made
-- (90 days unless the administrator picks another period) and set anew at each rotation. Tokens made before
-- this migration get 90 days from now, so no system loses its access on the day of the upgrade.
--
-- Rotation gives the same token (its name, its history, its rate limit) a new secret. The old secret's hash
-- moves to previous_hash and keeps working until previous_valid_until: a short grace period for the system
-- to switch over, or not at all when the administrator ends it at once (a leaked token). Only one previous
-- secret is kept: rotating again ends the older one at once.
ALTER TABLE api_token
    ADD COLUMN expires_at           DATETIME(6)  NULL AFTER created_at,
    ADD COLUMN rotated_at           DATETIME(6)  NULL,
    ADD COLUMN rotated_by           VARCHAR(100) NULL,
    ADD COLUMN previous_hash        CHAR(43)     NULL,
    ADD COLUMN previous_valid_until DATETIME(6)  NULL,
    ADD CONSTRAINT uk_api_token_previous_hash UNIQUE (previous_hash),
    ADD CONSTRAINT ck_api_token_previous CHECK ((previous_hash IS NULL) = (previous_valid_until IS NULL));

UPDATE api_token SET expires_at = UTC_TIMESTAMP(6) + INTERVAL 90 DAY WHERE expires_at IS NULL;

ALTER TABLE api_token MODIFY expires_at DATETIME(6) NOT NULL;

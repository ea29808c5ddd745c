-- Corregimientos are reference data with an effective date, loaded from a file (see docs/reference-data.md),
-- never deleted: a corregimiento missing from a newer file is retired, and members keep pointing at it.
CREATE TABLE corregimiento (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    municipality_id BIGINT      NOT NULL,
    name            VARCHAR(120) NOT NULL,
    -- Valid from this day; retired from valid_to on (NULL: still current).
    valid_from      DATE        NOT NULL,
    valid_to        DATE        NULL,
    CONSTRAINT fk_corregimiento_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    -- The collation ignores case and accents, so "Curundu" and "Curundú" are one corregimiento.
    CONSTRAINT uk_corregimiento_name UNIQUE (municipality_id, name),
    CONSTRAINT ck_corregimiento_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every reference file that was imported. Effective dates only grow: a file that is not newer than the last
-- one is ignored, and the unique key stops two nodes (or two administrators) importing the same file twice.
CREATE TABLE reference_import (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(30)  NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    effective_date    DATE         NOT NULL,
    checksum          CHAR(64)     NOT NULL,
    imported_at       DATETIME(6)  NOT NULL,
    imported_by       BIGINT       NOT NULL,
    districts_added   INT          NOT NULL,
    added             INT          NOT NULL,
    retired           INT          NOT NULL,
    unchanged         INT          NOT NULL,
    CONSTRAINT uk_reference_import UNIQUE (kind, effective_date),
    CONSTRAINT ck_reference_import_kind CHECK (kind IN ('CORREGIMIENTOS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Member (module member): the residence now points at the reference corregimiento instead of free text
-- (V7 has not reached production, so the text column is dropped), and the sensitive fields that are
-- stored only under their own consent. Ethnicity is one indigenous people, "none" or "prefers not to say",
-- plus Afro-descendance as a separate answer (as in the census); disability is yes / no / prefers not to say.
ALTER TABLE member
    DROP COLUMN corregimiento,
    ADD COLUMN corregimiento_id BIGINT NULL AFTER municipality_id,
    ADD COLUMN ethnicity VARCHAR(20) NULL,
    ADD COLUMN afro_descendant BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN disability VARCHAR(20) NULL,
    ADD CONSTRAINT fk_member_corregimiento FOREIGN KEY (corregimiento_id) REFERENCES corregimiento (id),
    ADD CONSTRAINT ck_member_ethnicity CHECK (ethnicity IN ('NGABE', 'BUGLE', 'GUNA', 'EMBERA', 'WOUNAAN',
        'NASO_TJERDI', 'BRIBRI', 'BOKOTA', 'OTHER_INDIGENOUS', 'NONE', 'PREFERS_NOT_TO_SAY')),
    ADD CONSTRAINT ck_member_afro CHECK (NOT afro_descendant OR ethnicity IS NULL
        OR ethnicity NOT IN ('NONE', 'PREFERS_NOT_TO_SAY')),
    ADD CONSTRAINT ck_member_disability CHECK (disability IN ('YES', 'NO', 'PREFERS_NOT_TO_SAY'));

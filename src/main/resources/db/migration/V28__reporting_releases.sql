-- One row per release of a month: every count of people published for the month (all tables, all levels),
-- protected together and audited as an outsider would attack it (see docs/reporting.md). A month gets a new
-- revision only when its true counts change; the outputs publish the latest revision that passed its audit.
-- A revision that failed is kept so the administrator and the secretariat can see why it was not published.
--
-- cells holds one line per figure: key TAB published form TAB true count. Published forms: "n" followed by
-- the count shown, "r" followed by the rounded figure shown, "<5", "x" (hidden to protect another), "w"
-- (withheld). The true counts are kept to audit a later correction together with this revision; like the
-- rollups they are counts, never people.
CREATE TABLE reporting_release (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    release_month  DATE         NOT NULL,
    revision       INT          NOT NULL,
    built_at       DATETIME(6)  NOT NULL,
    passed         BOOLEAN      NOT NULL,
    fingerprint    CHAR(64)     NOT NULL,
    build_millis   BIGINT       NOT NULL,
    cells          MEDIUMTEXT   NOT NULL,
    findings       MEDIUMTEXT   NOT NULL,
    cost           TEXT         NOT NULL,
    CONSTRAINT uk_reporting_release UNIQUE (release_month, revision),
    CONSTRAINT ck_reporting_release_month CHECK (DAYOFMONTH(release_month) = 1),
    CONSTRAINT ck_reporting_release_revision CHECK (revision >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

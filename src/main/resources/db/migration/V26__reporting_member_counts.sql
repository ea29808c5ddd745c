-- Member counts that the station-use reports read instead of counting rollup_station_member each time (issue
-- #7: a national month is ~66,000 member rows; counting them twice per month made a year's dashboard take
-- seconds). Kept up to date by the same check-out that writes rollup_station_member, in its transaction, and
-- recomputed by a rebuild. Filled below from the rows already counted, so an upgraded database reads right
-- at once.

-- Members of each centre in a month by sex and age band: COUNT(*) of its rollup_station_member rows.
CREATE TABLE rollup_station_member_count (
    centre_id BIGINT      NOT NULL,
    use_month DATE        NOT NULL,
    sex       VARCHAR(20) NOT NULL,
    age_band  VARCHAR(12) NOT NULL,
    members   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, use_month, sex, age_band),
    CONSTRAINT fk_rollup_station_member_count_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_rollup_station_member_count_month CHECK (DAYOFMONTH(use_month) = 1 AND members >= 0),
    CONSTRAINT ck_rollup_station_member_count_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_rollup_station_member_count_band CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17',
        'AGE_18_24', 'AGE_25_59', 'AGE_60_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A scope is a municipality (scope_id = its id) or the nation (scope_id = 0): every centre of it, active or
-- not. One row per member who used any of its centres in the month, holding the use that counts them: the
-- earliest first day, the lowest centre id on a tie (as ROW_NUMBER() OVER (PARTITION BY member_id ORDER BY
-- first_day, centre_id) picks from rollup_station_member), with that row's profile and equity fields. So the
-- de-duplicated counts of a whole scope need no sort of all its members.
CREATE TABLE rollup_station_scope_member (
    scope_id         BIGINT      NOT NULL,
    use_month        DATE        NOT NULL,
    member_id        BIGINT      NOT NULL,
    centre_id        BIGINT      NOT NULL,
    first_day        DATE        NOT NULL,
    sex              VARCHAR(20) NOT NULL,
    age_band         VARCHAR(12) NOT NULL,
    ethnicity        VARCHAR(20) NULL,
    afro_descendant  BOOLEAN     NOT NULL DEFAULT FALSE,
    disability       VARCHAR(20) NULL,
    corregimiento_id BIGINT      NULL,
    PRIMARY KEY (scope_id, use_month, member_id),
    CONSTRAINT fk_rollup_station_scope_member_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_rollup_station_scope_member_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_rollup_station_scope_member_scope CHECK (scope_id >= 0),
    CONSTRAINT ck_rollup_station_scope_member_month CHECK (DAYOFMONTH(use_month) = 1),
    CONSTRAINT ck_rollup_station_scope_member_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_rollup_station_scope_member_band CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17',
        'AGE_18_24', 'AGE_25_59', 'AGE_60_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Distinct members of a scope in a month by sex and age band: COUNT(*) of its rollup_station_scope_member rows.
CREATE TABLE rollup_station_scope_count (
    scope_id  BIGINT      NOT NULL,
    use_month DATE        NOT NULL,
    sex       VARCHAR(20) NOT NULL,
    age_band  VARCHAR(12) NOT NULL,
    members   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (scope_id, use_month, sex, age_band),
    CONSTRAINT ck_rollup_station_scope_count_scope CHECK (scope_id >= 0),
    CONSTRAINT ck_rollup_station_scope_count_month CHECK (DAYOFMONTH(use_month) = 1 AND members >= 0),
    CONSTRAINT ck_rollup_station_scope_count_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER_OR_UNSAID')),
    CONSTRAINT ck_rollup_station_scope_count_band CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17',
        'AGE_18_24', 'AGE_25_59', 'AGE_60_PLUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rollup_station_member_count (centre_id, use_month, sex, age_band, members)
SELECT centre_id, use_month, sex, age_band, COUNT(*)
FROM rollup_station_member
GROUP BY centre_id, use_month, sex, age_band;

INSERT INTO rollup_station_scope_member (scope_id, use_month, member_id, centre_id, first_day, sex, age_band,
    ethnicity, afro_descendant, disability, corregimiento_id)
SELECT 0, use_month, member_id, centre_id, first_day, sex, age_band, ethnicity, afro_descendant, disability,
    corregimiento_id
FROM (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.use_month, m.member_id ORDER BY m.first_day, m.centre_id) AS nth
      FROM rollup_station_member m) AS uses
WHERE nth = 1;

INSERT INTO rollup_station_scope_member (scope_id, use_month, member_id, centre_id, first_day, sex, age_band,
    ethnicity, afro_descendant, disability, corregimiento_id)
SELECT municipality_id, use_month, member_id, centre_id, first_day, sex, age_band, ethnicity, afro_descendant,
    disability, corregimiento_id
FROM (SELECT m.*, c.municipality_id,
             ROW_NUMBER() OVER (PARTITION BY c.municipality_id, m.use_month, m.member_id
                                ORDER BY m.first_day, m.centre_id) AS nth
      FROM rollup_station_member m JOIN centre c ON c.id = m.centre_id) AS uses
WHERE nth = 1;

INSERT INTO rollup_station_scope_count (scope_id, use_month, sex, age_band, members)
SELECT scope_id, use_month, sex, age_band, COUNT(*)
FROM rollup_station_scope_member
GROUP BY scope_id, use_month, sex, age_band;

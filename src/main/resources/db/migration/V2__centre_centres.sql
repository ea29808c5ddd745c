CREATE TABLE centre (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    code                     VARCHAR(20)  NOT NULL,
    name                     VARCHAR(120) NOT NULL,
    municipality_id          BIGINT       NOT NULL,
    corregimiento            VARCHAR(120) NULL,
    address                  VARCHAR(255) NULL,
    phone                    VARCHAR(30)  NULL,
    email                    VARCHAR(254) NULL,
    host_organisation        VARCHAR(160) NULL,
    host_kind                VARCHAR(20)  NOT NULL,
    max_session_minutes      INT          NOT NULL,
    daily_minutes_per_member INT          NOT NULL,
    no_show_grace_minutes    INT          NOT NULL,
    booking_horizon_days     INT          NOT NULL,
    active                   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_centre_code UNIQUE (code),
    CONSTRAINT fk_centre_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_centre_host_kind CHECK (host_kind IN ('JUNTA_COMUNAL', 'ALCALDIA', 'NGO', 'OTHER')),
    CONSTRAINT ck_centre_rules CHECK (max_session_minutes > 0 AND daily_minutes_per_member > 0
        AND no_show_grace_minutes >= 0 AND booking_horizon_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Several rows per weekday make split shifts (08:00–12:00 and 13:00–17:00).
CREATE TABLE centre_opening_hours (
    centre_id   BIGINT  NOT NULL,
    day_of_week INT     NOT NULL,
    opens_at    TIME    NOT NULL,
    closes_at   TIME    NOT NULL,
    PRIMARY KEY (centre_id, day_of_week, opens_at),
    CONSTRAINT fk_opening_hours_centre FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE,
    CONSTRAINT ck_opening_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_opening_hours_order CHECK (opens_at < closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE centre_closure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    centre_id BIGINT       NOT NULL,
    first_day DATE         NOT NULL,
    last_day  DATE         NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    reason    VARCHAR(200) NOT NULL,
    CONSTRAINT fk_closure_centre FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE,
    CONSTRAINT ck_closure_order CHECK (first_day <= last_day),
    CONSTRAINT ck_closure_kind CHECK (kind IN ('HOLIDAY', 'ONE_OFF')),
    INDEX ix_closure_centre_day (centre_id, first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE station (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    centre_id             BIGINT       NOT NULL,
    label                 VARCHAR(20)  NOT NULL,
    kind                  VARCHAR(20)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    out_of_service_reason VARCHAR(200) NULL,
    out_of_service_since  DATETIME(6)  NULL,
    min_age               INT          NULL,
    max_age               INT          NULL,
    notes                 VARCHAR(500) NULL,
    CONSTRAINT uk_station_label UNIQUE (centre_id, label),
    CONSTRAINT fk_station_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_station_kind CHECK (kind IN ('DESKTOP', 'LAPTOP', 'ACCESSIBLE')),
    CONSTRAINT ck_station_status CHECK (status IN ('IN_SERVICE', 'OUT_OF_SERVICE')),
    CONSTRAINT ck_station_out_of_service CHECK (status = 'IN_SERVICE'
        OR (out_of_service_reason IS NOT NULL AND out_of_service_since IS NOT NULL)),
    CONSTRAINT ck_station_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

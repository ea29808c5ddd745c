-- Provinces and province-level comarcas carry both numbering schemes: ISO 3166-2 and the cédula prefix
-- differ (PA-10 is Panamá Oeste, while cédula prefix 10 is Guna Yala).
CREATE TABLE province (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(80)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    iso_code      VARCHAR(6)   NOT NULL,
    cedula_prefix VARCHAR(3)   NULL,
    CONSTRAINT uk_province_name UNIQUE (name),
    CONSTRAINT uk_province_iso UNIQUE (iso_code),
    CONSTRAINT uk_province_cedula UNIQUE (cedula_prefix),
    CONSTRAINT ck_province_kind CHECK (kind IN ('PROVINCE', 'COMARCA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO province (name, kind, iso_code, cedula_prefix) VALUES
    ('Bocas del Toro', 'PROVINCE', 'PA-1', '1'),
    ('Coclé', 'PROVINCE', 'PA-2', '2'),
    ('Colón', 'PROVINCE', 'PA-3', '3'),
    ('Chiriquí', 'PROVINCE', 'PA-4', '4'),
    ('Darién', 'PROVINCE', 'PA-5', '5'),
    ('Herrera', 'PROVINCE', 'PA-6', '6'),
    ('Los Santos', 'PROVINCE', 'PA-7', '7'),
    ('Panamá', 'PROVINCE', 'PA-8', '8'),
    ('Veraguas', 'PROVINCE', 'PA-9', '9'),
    ('Panamá Oeste', 'PROVINCE', 'PA-10', '13'),
    ('Guna Yala', 'COMARCA', 'PA-KY', '10'),
    ('Emberá-Wounaan', 'COMARCA', 'PA-EM', '11'),
    ('Ngäbe-Buglé', 'COMARCA', 'PA-NB', '12'),
    ('Naso Tjër Di', 'COMARCA', 'PA-NT', NULL);

-- Districts (municipalities). The full list is reference data that changes over time; the programme's
-- municipalities are seeded here and more are added by later migrations or a reference-data import.
CREATE TABLE municipality (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT      NOT NULL,
    name        VARCHAR(80) NOT NULL,
    CONSTRAINT fk_municipality_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT uk_municipality_name UNIQUE (province_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO municipality (province_id, name)
SELECT id, 'Panamá' FROM province WHERE iso_code = 'PA-8'
UNION ALL SELECT id, 'San Miguelito' FROM province WHERE iso_code = 'PA-8'
UNION ALL SELECT id, 'Colón' FROM province WHERE iso_code = 'PA-3';

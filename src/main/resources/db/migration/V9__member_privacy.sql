-- Privacy of members: when they were last active (for the retention rule), when they were anonymised,
-- and the audit log of who read or changed a member's record.

-- Later features (visits, bookings, workshops) move last_active_on forward; until then it is the day of
-- registration in Panama.
ALTER TABLE member
    ADD COLUMN last_active_on DATE        NULL,
    ADD COLUMN anonymised_at  DATETIME(6) NULL;

UPDATE member SET last_active_on = DATE(CONVERT_TZ(registered_at, '+00:00', '-05:00'));

ALTER TABLE member MODIFY last_active_on DATE NOT NULL;

-- The retention job looks for members not yet anonymised whose last activity is older than the cut-off.
CREATE INDEX ix_member_retention ON member (anonymised_at, last_active_on);

-- One row per read or change of a member's record. It names the member by id only, never by name, so the
-- log itself holds no personal data of the member. staff_id 0 with the username "system" is the retention
-- job; there is no foreign key to staff_account, so that the log outlives renamed or removed accounts.
CREATE TABLE member_audit (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id      BIGINT      NOT NULL,
    staff_id       BIGINT      NOT NULL,
    staff_username VARCHAR(60) NOT NULL,
    action         VARCHAR(40) NOT NULL,
    happened_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_member_audit_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_member_audit_time (happened_at, id),
    INDEX ix_member_audit_member (member_id, happened_at),
    INDEX ix_member_audit_staff (staff_username, happened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

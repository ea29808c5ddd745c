-- A revoked certificate stays, so its code keeps answering "revoked" to anyone who checks the paper; the
-- member can then be issued a new one with a new code. One member still holds at most one certificate per
-- cohort that is not revoked: active_member_id is the member while the certificate stands and NULL once
-- revoked, and a unique key ignores NULLs. The new key starts with cohort_id, so it also serves the
-- cohort's foreign key before the old key goes.
ALTER TABLE certificate
    ADD COLUMN active_member_id BIGINT AS (IF(revoked_at IS NULL, member_id, NULL)) STORED,
    ADD CONSTRAINT uq_certificate_active UNIQUE (cohort_id, active_member_id);

ALTER TABLE certificate
    DROP INDEX uq_certificate_member,
    ADD INDEX ix_certificate_member (cohort_id, member_id);

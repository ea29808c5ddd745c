-- A centre may suspend a member from using stations and joining workshops until a date, with the reason
-- staff give (e.g. repeated damage to equipment). Both are set or neither.
ALTER TABLE member
    ADD COLUMN suspended_until   DATE         NULL,
    ADD COLUMN suspension_reason VARCHAR(200) NULL,
    ADD CONSTRAINT ck_member_suspension CHECK ((suspended_until IS NULL) = (suspension_reason IS NULL));

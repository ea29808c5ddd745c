-- An account whose password someone else chose (the generated first administrator's, or one an
-- administrator set with "must change") is sent to change it after signing in, before anything else.
ALTER TABLE staff_account
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- How the application looks for each person: larger text and stronger contrast, chosen in "My account" and
-- applied on every page they open. Everyone starts with the standard look.
ALTER TABLE staff_account
    ADD COLUMN large_text BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN high_contrast BOOLEAN NOT NULL DEFAULT FALSE;

-- The day a centre opened: reports count it only from that month on. Centres registered before this column
-- existed keep NULL ("not recorded"), which counts them in every month, as before; an administrator can set
-- the real date in the centre's form.
ALTER TABLE centre ADD COLUMN opened_on DATE NULL;

-- A booking that a closure added later conflicts with is flagged for the operator, never dropped: the
-- reason (the closure's) stays here until the operator cancels the booking or keeps it anyway.
ALTER TABLE booking
    ADD COLUMN conflict_reason VARCHAR(200) NULL;

-- Retention of the mail outbox (module notification). A message now says which member it is for (by id
-- only: the notification module never reads the member tables, and no foreign key ties it to them), when it
-- reached its end (sent, finally failed, skipped or cancelled), and when its personal content was purged.
-- The nightly outbox-retention job purges finished messages after infoplaza.mail.keep-after-delivery; what
-- stays is what operations need: kind, status, attempts, times, the language and a skip reason.
ALTER TABLE outbox_message
    ADD COLUMN member_id   BIGINT      NULL AFTER reference,
    ADD COLUMN finished_at DATETIME(6) NULL AFTER sent_at,
    ADD COLUMN purged_at   DATETIME(6) NULL AFTER finished_at,
    MODIFY subject   VARCHAR(255) NULL,
    MODIFY body_text MEDIUMTEXT   NULL,
    MODIFY body_html MEDIUMTEXT   NULL,
    ADD INDEX ix_outbox_member (member_id),
    ADD INDEX ix_outbox_purge (purged_at, finished_at);

-- A message keeps its content until it is purged, and a purged one keeps nothing that names anyone.
ALTER TABLE outbox_message
    ADD CONSTRAINT ck_outbox_content CHECK (purged_at IS NOT NULL
        OR (subject IS NOT NULL AND body_text IS NOT NULL AND body_html IS NOT NULL)),
    ADD CONSTRAINT ck_outbox_purged CHECK (purged_at IS NULL
        OR (recipient_name IS NULL AND recipient_email IS NULL AND member_id IS NULL AND reference IS NULL
            AND subject IS NULL AND body_text IS NULL AND body_html IS NULL AND calendar IS NULL
            AND last_error IS NULL));

-- Deleting a message (a member anonymised) deletes its files with it.
ALTER TABLE outbox_attachment DROP FOREIGN KEY fk_outbox_attachment_message;
ALTER TABLE outbox_attachment
    ADD CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
        ON DELETE CASCADE;

-- Messages that ended before this migration: the best moment known (the last attempt of a failed one).
UPDATE outbox_message
   SET finished_at = COALESCE(sent_at, GREATEST(next_attempt_at, created_at))
 WHERE status IN ('SENT', 'FAILED', 'SKIPPED', 'CANCELLED');

-- Who the messages queued so far were for, once, from what caused them: a booking's member, or the enrolled
-- member of the cohort with the recipient's address. (The only time this module's schema looks at others'.)
UPDATE outbox_message o
  JOIN booking b ON o.reference = CONCAT('booking:', b.id)
   SET o.member_id = b.member_id
 WHERE o.kind IN ('booking-confirmation', 'booking-reminder', 'booking-no-show');

UPDATE outbox_message o
  JOIN workshop_session s ON o.reference = CONCAT('workshop-session:', s.id)
  JOIN enrolment e ON e.cohort_id = s.cohort_id
  JOIN member m ON m.id = e.member_id AND m.email = o.recipient_email
   SET o.member_id = m.id
 WHERE o.kind = 'workshop-reminder';

UPDATE outbox_message o
  JOIN enrolment e ON o.reference = CONCAT('workshop-cohort:', e.cohort_id)
  JOIN member m ON m.id = e.member_id AND m.email = o.recipient_email
   SET o.member_id = m.id
 WHERE o.kind = 'workshop-promoted';

-- Members anonymised before this migration keep no mail either.
DELETE o FROM outbox_message o JOIN member m ON m.id = o.member_id WHERE m.anonymised_at IS NOT NULL;

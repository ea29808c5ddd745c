-- Workshop sessions reserve the computer room of a centre: while a reservation holds the room, no station
-- of the centre takes a booking, walk-in or guest for that time. The reference is the caller's stable name
-- for the session (e.g. "workshop-session:42"), so saving the session again moves its reservation.
CREATE TABLE room_reservation (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id  BIGINT       NOT NULL,
    reference  VARCHAR(100) NOT NULL,
    label      VARCHAR(200) NOT NULL,
    starts_at  DATETIME     NOT NULL,
    ends_at    DATETIME     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_room_reservation_reference UNIQUE (reference),
    CONSTRAINT fk_room_reservation_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_room_reservation_times CHECK (ends_at > starts_at),
    INDEX ix_room_reservation_centre_day (centre_id, starts_at),
    -- What overlaps a time is what ends after it: bookings look up a centre's reservations from here, past
    -- the ones that are over, however many there are.
    INDEX ix_room_reservation_centre_end (centre_id, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per centre, the serialisation point between bookings and reservations: every booking, walk-in,
-- guest session or extension takes a shared lock on its centre's row before it looks for reservations, and
-- reserving takes an exclusive lock before it flags the bookings it overlaps. Bookings do not wait for
-- each other; a reservation waits for the bookings in flight and then sees them all (and flags them), and
-- a booking that comes later sees the reservation. Rows of new centres are added by their first booking.
CREATE TABLE room_guard (
    centre_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_room_guard_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO room_guard (centre_id) SELECT id FROM centre;

-- Which reservation flagged a booking (conflict_reason then holds its label), so that releasing or moving
-- the reservation takes its flag off again. NULL for a closure's flag.
ALTER TABLE booking
    ADD COLUMN conflict_reference VARCHAR(100) NULL,
    ADD INDEX ix_booking_conflict_reference (conflict_reference);

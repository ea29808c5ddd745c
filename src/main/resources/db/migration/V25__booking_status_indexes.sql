-- The live counts of the metrics (sessions running, bookings to come, tickets in the queues) read only the
-- few rows in those states, however many completed bookings and served tickets accumulate over the years.
CREATE INDEX ix_booking_status ON booking (status, starts_at);
CREATE INDEX ix_walk_in_ticket_status ON walk_in_ticket (status, day);

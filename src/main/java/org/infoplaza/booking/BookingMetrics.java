package org.infoplaza.booking;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.infoplaza.shared.metrics.DatabaseGauges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The desks' live state for Prometheus, across every centre and node: station sessions running now, bookings
 * still to come, and visitors in the walk-in queues. Each reads a few rows through an index on the status
 * ({@code V25__booking_status_indexes.sql}), however many finished bookings the years have piled up.
 */
@Component
class BookingMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    BookingMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        DatabaseGauges gauges = new DatabaseGauges(registry, jdbc);
        gauges.count("infoplaza.station.sessions.active", "Station sessions running now",
                "SELECT COUNT(*) FROM booking WHERE status = 'IN_SESSION'");
        gauges.count("infoplaza.bookings.upcoming", "Bookings not yet checked in, cancelled or released",
                "SELECT COUNT(*) FROM booking WHERE status = 'BOOKED'");
        gauges.count("infoplaza.queue.length", "Walk-in tickets waiting or offered a station",
                "SELECT COUNT(*) FROM walk_in_ticket WHERE status IN ('WAITING', 'OFFERED')");
    }
}

package org.infoplaza.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gauges whose value is one counting query, read when the metrics are scraped (every 15 to 60 seconds), so
 * they cost nothing between scrapes and always show the database as it is, whichever node answers. While the
 * database is unreachable a gauge reads NaN, which Prometheus shows as a gap: an honest "unknown", never a
 * zero that would look like an empty queue.
 */
public final class DatabaseGauges {

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;

    public DatabaseGauges(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** Registers a gauge that reads {@code countSql}, a query returning one number. */
    public void count(String name, String description, String countSql) {
        Gauge.builder(name, () -> read(countSql)).description(description).strongReference(true).register(registry);
    }

    private double read(String countSql) {
        try {
            Number value = jdbc.queryForObject(countSql, Number.class);
            return value == null ? 0 : value.doubleValue();
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}

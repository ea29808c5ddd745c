package org.infoplaza.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The "mail" part of {@code /actuator/health}, judged by the outbox rather than by opening a connection to the
 * mail server at every health check (Spring Boot's own indicator does that, and logs a stack trace each time
 * the server is away). A message still waiting after a failed attempt means the last delivery failed: mail is
 * reported down until a retry gets through. Nothing is lost meanwhile; the outbox keeps the messages.
 */
@Component("mail")
class MailHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;

    MailHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up, down, or unknown while the database itself is away (the "db" part then says down): an exception
     * here would not make the part down but fail the whole health request, which a load balancer would
     * read as a redirect to the sign-in page instead of 503.
     */
    @Override
    public Health health() {
        try {
            Long retrying = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' AND attempts > 0", Long.class);
            Health.Builder health = retrying == null || retrying == 0 ? Health.up() : Health.down();
            return health.withDetail("retrying", retrying).build();
        } catch (DataAccessException databaseAway) {
            return Health.unknown().withDetail("error", databaseAway.getClass().getSimpleName()).build();
        }
    }
}

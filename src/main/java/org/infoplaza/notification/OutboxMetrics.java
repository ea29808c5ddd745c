package org.infoplaza.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.infoplaza.shared.metrics.DatabaseGauges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as Prometheus sees it: messages still to send (a backlog that grows while the mail server is
 * down and drains when it returns) and messages given up on (which need an administrator).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    OutboxMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        DatabaseGauges gauges = new DatabaseGauges(registry, jdbc);
        gauges.count("infoplaza.outbox.backlog", "Messages waiting to be sent or being sent",
                "SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')");
        gauges.count("infoplaza.outbox.failed", "Messages given up on after the last attempt",
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'FAILED'");
    }
}

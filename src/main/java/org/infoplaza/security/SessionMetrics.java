package org.infoplaza.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Staff signed in on this node, for Prometheus: each node counts its own sessions (they are sticky to it),
 * so the sum over the nodes is everyone signed in.
 */
@Component
class SessionMetrics implements MeterBinder {

    private final SessionRegistry registry;

    SessionMetrics(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("infoplaza.staff.sessions", this::signedIn).description("Staff sessions signed in on this node")
                .register(meters);
    }

    private double signedIn() {
        return registry.getAllPrincipals().stream().mapToLong(p -> registry.getAllSessions(p, false).size()).sum();
    }
}

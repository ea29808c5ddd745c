package org.infoplaza.layout;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A closed browser tab is expected: it is logged below ERROR, so real errors stand out. */
class ServerErrorsClientGoneTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ServerErrors.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
        logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        logger.setLevel(null);
    }

    @Test
    void a_closed_tab_is_logged_at_debug_without_an_error() {
        ServerErrors.handle(new ErrorEvent(new UncheckedIOException(new ClientAbortException(
                new IOException("Broken pipe")))));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG);
    }

    @Test
    void a_reset_connection_counts_as_the_browser_gone() {
        assertThat(ServerErrors.clientGone(new RuntimeException(new IOException("Connection reset by peer")))).isTrue();
    }

    @Test
    void a_real_failure_is_still_an_error() {
        ServerErrors.handle(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
        assertThat(ServerErrors.clientGone(new IOException("Disk full"))).isFalse();
    }

    /** Named as Tomcat's, which the handler recognises by name so the layout needs no Tomcat type. */
    private static final class ClientAbortException extends IOException {
        ClientAbortException(Throwable cause) {
            super(cause);
        }
    }
}

package org.infoplaza.layout;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ErrorEvent;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A closed browser tab is expected: the browser dropping the connection, or a closed tab's UI being reached, is
 * logged below ERROR, so real errors stand out; a failure of our own is still an error.
 */
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
    void a_closed_tabs_ui_reached_by_another_desks_update_is_not_an_error() {
        ServerErrors.handle(new ErrorEvent(new IllegalStateException("refresh of an open board",
                new UIDetachedException())));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG);
        assertThat(logged.list.getFirst().getFormattedMessage()).contains("UIDetachedException")
                .doesNotContain("failed unexpectedly");
    }

    @Test
    void the_containers_other_ways_of_saying_the_browser_went_away_are_recognised() {
        assertThat(ServerErrors.clientGone(new CloseNowException())).isTrue();
        assertThat(ServerErrors.clientGone(new RuntimeException(new ClosedChannelException()))).isTrue();
        assertThat(ServerErrors.clientGone(new IOException(
                "An established connection was aborted by the software in your host machine"))).isTrue();
        assertThat(ServerErrors.clientGone(new UncheckedIOException(new EOFException()))).isTrue();
    }

    @Test
    void an_io_failure_of_our_own_is_still_an_error() {
        ServerErrors.handle(new ErrorEvent(new UncheckedIOException(new IOException("No space left on device"))));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
        assertThat(logged.list.getFirst().getFormattedMessage()).isEqualTo("An action failed unexpectedly");
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

    /** Named as Tomcat's exception for a stream the client reset (HTTP/2). */
    private static final class CloseNowException extends IOException {
    }
}

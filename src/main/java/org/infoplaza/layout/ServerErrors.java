package org.infoplaza.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a user is told when an action fails for a reason no view expected, above all while the database is
 * away (restarted, unreachable): a short message in their language, never an exception's text or stack
 * trace, which stays in the server log. Rules that refuse an action are {@code DomainException}s, which
 * the views show themselves; this is only for what is left.
 */
@Component
class ServerErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ServerErrors.class);

    private static final Set<String> CLIENT_GONE_TYPES = Set.of("ClientAbortException", "CloseNowException",
            "AsyncRequestNotUsableException");
    /** As the operating systems word a connection the browser dropped (Linux, and Windows' "aborted"). */
    private static final List<String> CLIENT_GONE_MESSAGES = List.of("Broken pipe", "Connection reset",
            "connection was aborted", "connection was forcibly closed");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ServerErrors::handle));
    }

    /** Logs the failure and, when a page is there to show it, tells the user in a notification. */
    static void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (clientGone(failure)) {
            // A closed tab or a lost connection: nothing failed on our side and nobody is there to tell.
            log.debug("The browser went away during an action: {}", rootCauseName(failure));
            return;
        }
        boolean databaseAway = databaseAway(failure);
        if (databaseAway) {
            log.warn("An action failed because the database does not answer: {}", rootCauseName(failure));
        } else {
            log.error("An action failed unexpectedly", failure);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation(messageKey(failure)), 8000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }

    /** The translation key of what to tell the user about this failure. */
    static String messageKey(Throwable failure) {
        return databaseAway(failure) ? "error.database-away" : "error.unexpected";
    }

    /**
     * Whether the failure comes from the database not answering (no connection could be had or the one in
     * use broke), as opposed to a fault in the request itself.
     */
    static boolean databaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is only the browser having gone (tab closed, network lost) while a response was
     * written, or a closed tab's UI being reached ({@link UIDetachedException}, for instance by an update
     * another desk's action sends to every open board): expected every day, so it must not be logged as an
     * error that hides the real ones. Servlet containers' own types are recognised by name, so this module
     * needs none of them: Tomcat's {@code ClientAbortException} and {@code CloseNowException}, Spring's
     * {@code AsyncRequestNotUsableException}; otherwise an I/O failure whose message says the peer went away.
     */
    static boolean clientGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (cause instanceof UIDetachedException || CLIENT_GONE_TYPES.contains(name)
                    || cause instanceof EOFException || cause instanceof ClosedChannelException) {
                return true;
            }
            if (cause instanceof IOException && cause.getMessage() != null
                    && CLIENT_GONE_MESSAGES.stream().anyMatch(cause.getMessage()::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCauseName(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}

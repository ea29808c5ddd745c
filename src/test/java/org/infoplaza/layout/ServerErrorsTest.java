package org.infoplaza.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While the database is away, a page that cannot open and an action that fails say so in the user's
 * language, with no exception text; other failures get a general message, with no detail either.
 */
@IntegrationTest
class ServerErrorsTest extends SpringBrowserlessTest {

    static final String SECRET = "SELECT m.given_names FROM member m WHERE m.id = 42";

    @Test
    void a_page_that_cannot_reach_the_database_says_so_with_503_and_no_exception_text() {
        ServerErrorView view = new ServerErrorView();
        int status = view.setErrorParameter(enterEvent(), new ErrorParameter<>(Exception.class,
                new CannotCreateTransactionException("Could not open JPA EntityManager " + SECRET,
                        new SQLTransientConnectionException("Connection is not available, request timed out"))));

        assertThat(status).isEqualTo(503);
        assertThat(view.getChildren().filter(H2.class::isInstance).map(c -> ((H2) c).getText()))
                .containsExactly("Sin conexión con la base de datos");
        assertThat(text(view)).contains("la base de datos no responde").doesNotContain(SECRET, "Exception", "JPA");
    }

    @Test
    void any_other_failure_opening_a_page_gets_a_general_message_with_500_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ServerErrorView view = new ServerErrorView();
        int status = view.setErrorParameter(enterEvent(), new ErrorParameter<>(Exception.class,
                new IllegalStateException(SECRET)));

        assertThat(status).isEqualTo(500);
        assertThat(text(view)).contains("Something went wrong", "unexpected error").doesNotContain(SECRET);
    }

    @Test
    void an_action_that_fails_while_the_database_is_away_is_told_in_a_notification() {
        ServerErrors.handle(new ErrorEvent(new RuntimeException(SECRET,
                new SQLNonTransientConnectionException("socket closed"))));

        assertThat($(Notification.class).single().getElement().getProperty("text"))
                .startsWith("No se pudo completar: la base de datos no responde").doesNotContain(SECRET);
    }

    @Test
    void only_a_missing_connection_counts_as_the_database_being_away() {
        assertThat(ServerErrors.databaseAway(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(ServerErrors.databaseAway(new org.springframework.dao.DataIntegrityViolationException("dup")))
                .isFalse();
        assertThat(ServerErrors.databaseAway(new org.springframework.dao.DataAccessResourceFailureException("gone")))
                .isTrue();
    }

    private static BeforeEnterEvent enterEvent() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("transparencia"));
        return event;
    }

    private static String text(ServerErrorView view) {
        return view.getElement().getTextRecursively();
    }
}

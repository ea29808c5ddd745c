package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.infoplaza.reporting.api.ApiTokenSummary;
import org.infoplaza.security.ApiClient;
import org.infoplaza.security.BearerTokens;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' token page, browserless: a token needs a name; once created its text is shown once,
 * works, and is gone from the page when the administrator is done; the list shows when each token expires;
 * rotating shows a new text once and keeps the old one working for the grace period unless ended now; revoking
 * asks first, and only the confirmation stops the token.
 */
@IntegrationTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    private static final int ROTATE = 5;
    private static final int REVOKE = 6;

    @Autowired
    BearerTokens bearerTokens;

    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_token_needs_the_name_of_the_system_that_will_use_it() {
        SignedIn.as(Role.ADMIN);
        ApiTokensView view = navigate(ApiTokensView.class);
        int before = test(view.grid).size();

        test(view.label).setValue("   ");
        test(view.create).click();

        assertThat(view.label.isInvalid()).isTrue();
        assertThat(view.label.getErrorMessage()).isEqualTo("Escriba el nombre del sistema que usará el token.");
        assertThat(view.createdPanel.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before);
    }

    @Test
    void the_new_token_is_shown_once_and_works() {
        SignedIn.as(Role.ADMIN);
        ApiTokensView view = navigate(ApiTokensView.class);
        String name = Fixtures.unique("Estadística MEDUCA");

        test(view.label).setValue(name);
        test(view.create).click();

        String token = view.createdToken.getValue();
        assertThat(view.createdPanel.isVisible()).isTrue();
        assertThat(token).startsWith("ipz_").hasSize(4 + 43);
        ApiTokenSummary listed = test(view.grid).getRow(0);
        assertThat(listed.label()).isEqualTo(name);
        assertThat(test(view.grid).getCellText(0, 3)).as("last used").isEqualTo("Nunca");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Activo");
        for (int column = 0; column < 5; column++) {
            assertThat(test(view.grid).getCellText(0, column)).doesNotContain(token.substring(4));
        }
        Optional<ApiClient> client = bearerTokens.verify(token);
        assertThat(client).map(ApiClient::label).contains(name);

        test(view.createdDone).click();
        assertThat(view.createdPanel.isVisible()).isFalse();
        assertThat(view.createdToken.getValue()).as("the text is not kept on the page").isEmpty();
        assertThat(view.label.getValue()).isEmpty();
    }

    @Test
    void revoking_asks_first_and_then_stops_the_token() {
        SignedIn.as(Role.ADMIN);
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.label).setValue(Fixtures.unique("Revocable"));
        test(view.create).click();
        String token = view.createdToken.getValue();

        Component revoke = test(view.grid).getCellComponent(0, REVOKE);
        test((Button) revoke).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("No se puede deshacer");
        assertThat(bearerTokens.verify(token)).as("not before the confirmation").isPresent();

        test(question).confirm();

        assertThat(bearerTokens.verify(token)).isEmpty();
        assertThat(test(view.grid).getCellText(0, 4)).startsWith("Revocado el ");
        assertThat(test(view.grid).getCellComponent(0, REVOKE).isVisible()).isFalse();
        assertThat(test(view.grid).getCellComponent(0, ROTATE).isVisible()).as("a revoked token is not rotated").isFalse();
    }

    @Test
    void the_list_shows_when_each_token_expires_after_the_period_chosen() {
        LocalDateTime start = LocalDateTime.now(PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        clock.standAt(start);
        SignedIn.as(Role.ADMIN);
        ApiTokensView view = navigate(ApiTokensView.class);
        assertThat(view.validity.getValue()).as("the default").isEqualTo(90);
        assertThat(test(view.validity).getSuggestionItems()).as("never beyond a year").containsExactly(30, 90, 180, 365);

        String quarterly = Fixtures.unique("Trimestral");
        test(view.label).setValue(quarterly);
        test(view.create).click();
        String monthly = Fixtures.unique("Mensual");
        test(view.label).setValue(monthly);
        test(view.validity).selectItem("30 días");
        test(view.create).click();

        assertThat(cell(view, quarterly, 2)).isEqualTo(shown(start.plusDays(90)));
        assertThat(cell(view, monthly, 2)).isEqualTo(shown(start.plusDays(30)));

        clock.standAt(start.plusDays(30));
        ApiTokensView later = navigate(ApiTokensView.class);
        assertThat(cell(later, monthly, 4)).isEqualTo("Vencido el " + shown(start.plusDays(30)));
        assertThat(cell(later, quarterly, 4)).isEqualTo("Activo");
        assertThat(test(later.grid).getCellComponent(row(later, monthly), ROTATE).isVisible())
                .as("an expired token is renewed by rotating").isTrue();
    }

    @Test
    void rotating_shows_the_new_token_once_and_the_old_one_works_for_the_grace_period_unless_ended_now() {
        LocalDateTime start = LocalDateTime.now(PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        clock.standAt(start);
        SignedIn.as(Role.ADMIN);
        ApiTokensView view = navigate(ApiTokensView.class);
        String name = Fixtures.unique("Rotable");
        test(view.label).setValue(name);
        test(view.create).click();
        String first = view.createdToken.getValue();
        test(view.createdDone).click();

        test((Button) test(view.grid).getCellComponent(row(view, name), ROTATE)).click();
        assertThat(view.rotateDialog.isOpened()).isTrue();
        assertThat(bearerTokens.verify(first)).as("nothing changes before the confirmation").isPresent();
        test(view.rotateConfirm).click();

        String second = view.createdToken.getValue();
        assertThat(view.rotateDialog.isOpened()).isFalse();
        assertThat(view.createdPanel.isVisible()).isTrue();
        assertThat(second).startsWith("ipz_").isNotEqualTo(first);
        assertThat(bearerTokens.verify(second)).isPresent();
        assertThat(bearerTokens.verify(first)).as("during the grace period").isPresent();
        assertThat(cell(view, name, 4)).isEqualTo("Activo · el token anterior vale hasta " + shown(start.plusHours(24)));
        test(view.createdDone).click();

        test((Button) test(view.grid).getCellComponent(row(view, name), ROTATE)).click();
        test(view.rotateEndPrevious).click();
        test(view.rotateConfirm).click();

        assertThat(bearerTokens.verify(view.createdToken.getValue())).isPresent();
        assertThat(bearerTokens.verify(second)).as("ended at once").isEmpty();
        assertThat(bearerTokens.verify(first)).as("only one previous secret is kept").isEmpty();
        assertThat(cell(view, name, 4)).isEqualTo("Activo");
    }

    private String cell(ApiTokensView view, String label, int column) {
        return test(view.grid).getCellText(row(view, label), column);
    }

    private int row(ApiTokensView view, String label) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).label().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no token " + label);
    }

    private static String shown(LocalDateTime panamaTime) {
        return PanamaTime.dateTimeFormat(Translations.SPANISH).format(panamaTime.atZone(PanamaTime.ZONE));
    }

    @Test
    void only_administrators_reach_the_tokens() {
        SignedIn.as(Role.SECRETARIAT);
        navigate("api-tokens", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApiTokensView.class);
    }
}

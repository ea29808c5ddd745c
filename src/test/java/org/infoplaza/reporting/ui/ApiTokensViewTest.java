package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Optional;
import org.infoplaza.reporting.api.ApiTokenSummary;
import org.infoplaza.security.ApiClient;
import org.infoplaza.security.BearerTokens;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' token page, browserless: a token needs a name; once created its text is shown once,
 * works, and is gone from the page when the administrator is done; revoking asks first, and only the
 * confirmation stops the token.
 */
@IntegrationTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    BearerTokens bearerTokens;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
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
        assertThat(test(view.grid).getCellText(0, 2)).as("last used").isEqualTo("Nunca");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Activo");
        for (int column = 0; column < 4; column++) {
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

        Component revoke = test(view.grid).getCellComponent(0, 4);
        test((Button) revoke).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("No se puede deshacer");
        assertThat(bearerTokens.verify(token)).as("not before the confirmation").isPresent();

        test(question).confirm();

        assertThat(bearerTokens.verify(token)).isEmpty();
        assertThat(test(view.grid).getCellText(0, 3)).startsWith("Revocado el ");
        assertThat(test(view.grid).getCellComponent(0, 4).isVisible()).isFalse();
    }

    @Test
    void only_administrators_reach_the_tokens() {
        SignedIn.as(Role.SECRETARIAT);
        navigate("api-tokens", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApiTokensView.class);
    }
}

package org.infoplaza.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void anyone_not_signed_in_is_sent_to_the_spanish_login_page() {
        UI.getCurrent().navigate("stations");
        LoginView login = (LoginView) getCurrentView();

        assertThat(login.texts.getForm().getTitle()).isEqualTo("Iniciar sesión");
        assertThat(login.texts.getForm().getUsername()).isEqualTo("Usuario");
        assertThat(login.form.isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_shows_the_error_without_saying_which_field_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView login = (LoginView) getCurrentView();

        assertThat(login.form.isError()).isTrue();
        assertThat(login.texts.getErrorMessage().getMessage())
                .startsWith("Revise el usuario y la contraseña e inténtelo de nuevo.")
                .doesNotContain("bloqueada");
    }

    @Test
    void a_sign_in_refused_for_its_stale_page_says_to_sign_in_again_not_that_the_password_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginView login = (LoginView) getCurrentView();

        assertThat(login.form.isError()).isTrue();
        assertThat(login.texts.getErrorMessage().getTitle()).isEqualTo("La página de ingreso había caducado");
        assertThat(login.texts.getErrorMessage().getMessage()).startsWith("Por seguridad, la página de ingreso caduca.");
    }
}

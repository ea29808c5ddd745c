package org.infoplaza.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Importar corregimientos" dialog of the Centres view. Rolled back after each test, so the small test
 * lists never replace the real one for other tests.
 */
@IntegrationTest
@Transactional
class CorregimientoImportDialogTest extends SpringBrowserlessTest {

    @Autowired
    GeographyService geography;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static byte[] file(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void the_secretariat_does_not_see_the_import() {
        SignedIn.as(Role.SECRETARIAT);
        assertThat(navigate(CentresView.class).importCorregimientos.isVisible()).isFalse();
    }

    private CorregimientoImportDialog openAsAdministrator() {
        SignedIn.as(Role.ADMIN);
        CentresView view = navigate(CentresView.class);
        assertThat(view.importCorregimientos.isVisible()).isTrue();
        CorregimientoImportDialog dialog = view.openImport();
        roundTrip();
        return dialog;
    }

    @Test
    void an_administrator_sees_what_changes_before_importing_then_the_list_is_in_force() {
        CorregimientoImportDialog dialog = openAsAdministrator();
        LocalDate effective = LocalDate.now(PanamaTime.ZONE).minusDays(1);

        dialog.preview("corregimientos.csv", file("# vigencia: " + effective, "PA-8;Panamá;Curundú",
                "PA-8;Panamá;Curundú Nuevo"));

        assertThat(dialog.confirm.isEnabled()).isTrue();
        assertThat(dialog.summary.getElement().getTextRecursively())
                .contains("Corregimientos nuevos: 1", "Curundú Nuevo (Panamá, Panamá)",
                        "Corregimientos dados de baja:", "San Felipe (Panamá, Panamá)");
        assertThat(geography.lastImportDate()).as("nothing imported before confirming").isNotEqualTo(
                java.util.Optional.of(effective));

        test(dialog.confirm).click();

        assertThat(geography.lastImportDate()).contains(effective);
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(notification()).startsWith("Corregimientos vigentes desde el");
    }

    @Test
    void a_malformed_file_is_refused_with_its_line_and_cannot_be_imported() {
        CorregimientoImportDialog dialog = openAsAdministrator();

        dialog.preview("corregimientos.csv", file("# vigencia: 2099-01-01", "PA-8;Panamá;Curundú", "PA-8;Panamá"));

        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(notification()).startsWith("Línea 3: se esperan 3 columnas");
    }
}

package org.infoplaza.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.infoplaza.notification.OutboxStatus;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@IntegrationTest
class SystemViewTest extends SpringBrowserlessTest {

    SystemView view;

    @BeforeEach
    void openAsAdmin() {
        SignedIn.as(Role.ADMIN);
        view = navigate(SystemView.class);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void lists_every_scheduled_job_with_its_next_run() {
        // Other modules add their own jobs; these two belong to this one.
        java.util.List<String> descriptions = java.util.stream.IntStream.range(0, test(view.jobs).size())
                .mapToObj(row -> test(view.jobs).getCellText(row, 0)).toList();
        assertThat(descriptions).contains("Borra el registro de ejecuciones de más de 30 días",
                "Envía los correos pendientes del buzón de salida");
        assertThat(descriptions).as("workshops").contains("Envía el recordatorio de las sesiones de talleres que empiezan pronto");
        int delivery = descriptions.indexOf("Envía los correos pendientes del buzón de salida");
        assertThat(test(view.jobs).getCellText(delivery, 2)).as("next run").isNotEqualTo("—");
    }

    @Test
    void a_test_e_mail_is_queued_in_the_outbox_and_can_be_cancelled_after_confirmation() {
        String address = Fixtures.unique("admin").toLowerCase() + "@example.org";
        test(view.testAddress).setValue(address);
        test(view.sendTest).click();

        test(view.textFilter).setValue(address);
        assertThat(test(view.outbox).size()).isEqualTo(1);
        assertThat(test(view.outbox).getRow(0).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(test(view.outbox).getCellText(0, 2)).isEqualTo("Prueba de correo de Infoplaza Manager");

        Button cancel = $(Button.class, test(view.outbox).getCellComponent(0, "actions")).withText("Cancelar envío").single();
        test(cancel).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test(view.outbox).getRow(0).status()).isEqualTo(OutboxStatus.CANCELLED);
    }

    @Test
    void an_invalid_test_address_is_refused_on_the_field() {
        test(view.sendTest).click();
        assertThat(view.testAddress.isInvalid()).isTrue();
    }
}

package org.infoplaza.station.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
import org.infoplaza.station.StationStatus;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class StationsViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StationService stations;

    @Autowired
    ApplicationContext context;

    CentreDetails centre;
    CentreDetails otherCentre;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        otherCentre = fixtures.centre();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void operator_takes_a_station_out_of_service_with_a_reason_and_sees_it_in_the_grid() {
        StationDetails station = fixtures.station(centre.id(), "PC-07");
        fixtures.station(otherCentre.id(), "PC-07");
        SignedIn.as(Role.OPERATOR, centre.id());
        StationsView view = navigate(StationsView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        test($(Button.class, actionsOfRow(view, 0)).withClassName("status-action").single()).click();
        OutOfServiceDialog dialog = $(OutOfServiceDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();

        test(dialog.reason).setValue("Teclado dañado");
        test(dialog.confirm).click();

        StationDetails saved = SystemAuthentication.call(() -> stations.get(station.id()));
        assertThat(saved.status()).isEqualTo(StationStatus.OUT_OF_SERVICE);
        assertThat(test(view.grid).getCellText(0, view.grid.getColumns().indexOf(view.grid.getColumnByKey("reason"))))
                .startsWith("Teclado dañado");
    }

    @Test
    void operators_see_no_buttons_to_add_edit_or_delete_stations() {
        fixtures.station(centre.id());
        SignedIn.as(Role.OPERATOR, centre.id());
        StationsView view = navigate(StationsView.class);

        assertThat(view.addStation.isVisible()).isFalse();
        assertThat($(Button.class, actionsOfRow(view, 0)).withAriaLabelContaining("Editar").exists()).isFalse();
        assertThat($(Button.class, actionsOfRow(view, 0)).withAriaLabelContaining("Eliminar").exists()).isFalse();
    }

    @Test
    void station_form_shows_field_errors_and_saves_nothing_when_input_is_invalid() {
        StationsView view = adminAt(centre);
        test(view.addStation).click();
        StationForm form = view.form;

        test(form.label).setValue("");
        test(form.minAge).setValue(15);
        test(form.maxAge).setValue(10);
        test(form.save).click();

        assertThat(form.label.isInvalid()).isTrue();
        assertThat(form.label.getErrorMessage()).isEqualTo("Escriba una etiqueta");
        assertThat(form.maxAge.isInvalid()).isTrue();
        assertThat(form.maxAge.getErrorMessage()).isEqualTo("La edad mínima no puede ser mayor que la máxima");
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(SystemAuthentication.call(() -> stations.counts(centre.id())).total()).isZero();
    }

    @Test
    void admin_adds_a_station_and_sees_it_in_the_grid() {
        StationsView view = adminAt(centre);
        test(view.addStation).click();
        test(view.form.label).setValue("pc-21");
        test(view.form.kind).selectItem("Laptop");
        test(view.form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("PC-21");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Laptop");
        assertThat($(Notification.class).last().getElement().getProperty("text")).isEqualTo("Estación PC-21 guardada");
    }

    @Test
    void a_duplicate_label_is_reported_on_the_label_field() {
        fixtures.station(centre.id(), "PC-01");
        StationsView view = adminAt(centre);
        test(view.addStation).click();
        test(view.form.label).setValue("PC-01");
        test(view.form.save).click();

        assertThat(view.form.label.isInvalid()).isTrue();
        assertThat(view.form.label.getErrorMessage()).isEqualTo("Ya existe la estación PC-01 en este centro");
        assertThat(SystemAuthentication.call(() -> stations.counts(centre.id())).total()).isEqualTo(1);
    }

    @Test
    void admin_adds_ten_stations_at_once_with_one_kind_and_age_limit() {
        StationsView view = adminAt(centre);
        test(view.addSeries).click();
        StationSeriesForm form = view.seriesForm;
        test(form.prefix).setValue("PC-");
        test(form.from).setValue(1);
        test(form.to).setValue(10);
        assertThat(form.preview.getText()).isEqualTo("10 estaciones: PC-01 … PC-10");
        test(form.kind).selectItem("Laptop");
        test(form.maxAge).setValue(12);
        test(form.save).click();

        assertThat(view.seriesEditor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(10);
        assertThat(test(view.grid).getCellText(9, 0)).isEqualTo("PC-10");
        assertThat(test(view.grid).getCellText(9, 1)).isEqualTo("Laptop");
        assertThat(test(view.grid).getCellText(9, view.grid.getColumns().indexOf(view.grid.getColumnByKey("ages"))))
                .isEqualTo("Hasta 12 años");
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("10 estaciones añadidas: PC-01 … PC-10");
    }

    @Test
    void a_series_clashing_with_existing_labels_says_which_and_adds_nothing() {
        fixtures.station(centre.id(), "PC-04");
        StationsView view = adminAt(centre);
        test(view.addSeries).click();
        test(view.seriesForm.prefix).setValue("pc-");
        test(view.seriesForm.from).setValue(1);
        test(view.seriesForm.to).setValue(5);
        test(view.seriesForm.save).click();

        assertThat(view.seriesEditor.isOpened()).isTrue();
        assertThat(view.seriesForm.error.isVisible()).isTrue();
        assertThat(view.seriesForm.error.getText())
                .isEqualTo("Ya existen en este centro: PC-04. No se añadió ninguna estación.");
        assertThat(SystemAuthentication.call(() -> stations.counts(centre.id())).total()).isEqualTo(1);
    }

    @Test
    void a_series_running_backwards_shows_the_error_on_the_field_and_adds_nothing() {
        StationsView view = adminAt(centre);
        test(view.addSeries).click();
        test(view.seriesForm.from).setValue(10);
        test(view.seriesForm.to).setValue(1);
        test(view.seriesForm.save).click();

        assertThat(view.seriesForm.to.isInvalid()).isTrue();
        assertThat(view.seriesForm.to.getErrorMessage()).isEqualTo("El primer número no puede ser mayor que el último");
        assertThat(SystemAuthentication.call(() -> stations.counts(centre.id())).total()).isZero();
    }

    @Test
    void a_new_series_is_numbered_after_the_stations_the_centre_has() {
        for (int i = 1; i <= 16; i++) {
            fixtures.station(centre.id(), "PC-%02d".formatted(i));
        }
        StationsView view = adminAt(centre);
        test(view.addSeries).click();

        assertThat(view.seriesForm.preview.getText()).isEqualTo("10 estaciones: PC-17 … PC-26");
    }

    @Test
    void operators_see_no_button_to_add_a_series() {
        SignedIn.as(Role.OPERATOR, centre.id());
        assertThat(navigate(StationsView.class).addSeries.isVisible()).isFalse();
    }

    private Component actionsOfRow(StationsView view, int row) {
        return test(view.grid).getCellComponent(row, "actions");
    }

    private StationsView adminAt(CentreDetails target) {
        SignedIn.as(Role.ADMIN);
        assertThat(context.getBean(CentreContext.class).select(target.id())).isTrue();
        return navigate(StationsView.class);
    }
}

package org.infoplaza.station.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import jakarta.validation.ConstraintViolationException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.Paging;
import org.infoplaza.shared.ui.SearchField;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationSeries;
import org.infoplaza.station.StationService;
import org.infoplaza.station.StationStatus;
import org.springframework.data.domain.Sort;

/**
 * The stations of the selected centre. Administrators add (one, or a numbered series at once), edit and remove
 * them; operators take a station out of service (with a reason) and back.
 */
@Route("stations")
@Menu(order = 20, title = "nav.stations", icon = "vaadin:desktop")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
class StationsView extends VerticalLayout implements HasDynamicTitle {

    final TextField labelFilter = new SearchField();
    final Select<StationStatus> statusFilter = new Select<>();
    final Button addStation = new Button();
    final Button addSeries = new Button();
    final Grid<StationDetails> grid = new Grid<>();
    final Dialog editor = new Dialog();
    final StationForm form = new StationForm();
    final Dialog seriesEditor = new Dialog();
    final StationSeriesForm seriesForm = new StationSeriesForm();

    private final StationService stations;
    private final Long centreId;
    private final boolean admin;
    private Long editingId;

    StationsView(StationService stations, CentreContext centreContext, CurrentUser currentUser) {
        this.stations = stations;
        this.centreId = centreContext.currentId().orElse(null);
        this.admin = currentUser.hasRole(Role.ADMIN);
        addClassName("stations-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        configureEditor();
        configureSeriesEditor();
        Dialogs.attachWhileOpen(this, editor);
        Dialogs.attachWhileOpen(this, seriesEditor);
        refresh();
    }

    private Component createToolbar() {
        labelFilter.setPlaceholder(getTranslation("station.filter.label"));
        labelFilter.addValueChangeListener(e -> refresh());

        statusFilter.setAriaLabel(getTranslation("station.status"));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("station.filter.all-statuses"));
        statusFilter.setItems(StationStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("station.filter.all-statuses")
                : getTranslation("station.status." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());

        addStation.setText(getTranslation("station.add"));
        addStation.setIcon(new Icon(VaadinIcon.PLUS));
        addStation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addStation.setVisible(admin);
        addStation.setEnabled(centreId != null);
        addStation.addClickListener(e -> openEditor(null, new StationData("", StationKind.DESKTOP, null, null, null, 0)));

        addSeries.setText(getTranslation("station.add-series"));
        addSeries.setIcon(new Icon(VaadinIcon.PLUS_SQUARE_O));
        addSeries.setVisible(admin);
        addSeries.setEnabled(centreId != null);
        addSeries.addClickListener(e -> openSeriesEditor());

        HorizontalLayout toolbar = new HorizontalLayout(labelFilter, statusFilter, addStation, addSeries);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        Locale locale = getLocale();
        grid.addClassName("stations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(StationDetails::label).setHeader(getTranslation("station.label")).setKey("label")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(s -> getTranslation("station.kind." + s.kind().name())).setHeader(getTranslation("station.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("station.status")).setKey("status")
                .setSortable(true).setSortProperty("status").setAutoWidth(true);
        ValueProvider<StationDetails, String> reason = s -> s.inService() ? "" : s.outOfServiceReason() + " · "
                + getTranslation("station.since", PanamaTime.dateTimeFormat(locale).format(s.outOfServiceSince()));
        grid.addColumn(reason).setHeader(getTranslation("station.out-of-service.reason")).setKey("reason")
                .setTooltipGenerator(reason).setFlexGrow(2);
        grid.addColumn(this::ageRange).setHeader(getTranslation("station.ages")).setKey("ages").setAutoWidth(true);
        // On a tablet the grid scrolls sideways; label and actions stay in view.
        grid.addComponentColumn(this::actions).setHeader(getTranslation("station.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        return grid;
    }

    private Component statusBadge(StationDetails station) {
        Span badge = new Span(getTranslation("station.status." + station.status().name()));
        badge.getElement().getThemeList().add(station.inService() ? "badge success" : "badge error");
        return badge;
    }

    private String ageRange(StationDetails station) {
        if (station.minAge() == null && station.maxAge() == null) {
            return getTranslation("station.ages.any");
        }
        if (station.minAge() == null) {
            return getTranslation("station.ages.up-to", station.maxAge());
        }
        if (station.maxAge() == null) {
            return getTranslation("station.ages.from", station.minAge());
        }
        return getTranslation("station.ages.between", station.minAge(), station.maxAge());
    }

    private Component actions(StationDetails station) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button status = station.inService()
                ? new Button(getTranslation("station.action.take-out"), e -> askReason(station))
                : new Button(getTranslation("station.action.return"), e -> returnToService(station));
        status.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        status.addClassName("status-action");
        actions.add(status);
        if (admin) {
            Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> openEditor(station.id(), station.toData()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("action.edit") + " " + station.label());
            Button delete = new Button(new Icon(VaadinIcon.TRASH), e -> confirmDelete(station));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete") + " " + station.label());
            actions.add(edit, delete);
        }
        return actions;
    }

    private void configureEditor() {
        editor.add(form);
        editor.setWidth("min(40rem, 95vw)");
        form.addSaveListener(e -> save(e.data()));
        form.addCancelListener(e -> editor.close());
    }

    private void configureSeriesEditor() {
        seriesEditor.add(seriesForm);
        seriesEditor.setWidth("min(40rem, 95vw)");
        seriesEditor.setHeaderTitle(getTranslation("station.add-series"));
        seriesForm.addSaveListener(e -> saveSeries(e.series()));
        seriesForm.addCancelListener(e -> seriesEditor.close());
    }

    /** Numbers the new series after the stations the centre has, so the usual case (more PCs) needs no typing. */
    private void openSeriesEditor() {
        seriesForm.edit((int) Math.min(stations.counts(centreId).total() + 1, 999));
        seriesEditor.open();
        seriesForm.prefix.focus();
    }

    private void saveSeries(StationSeries series) {
        try {
            List<StationDetails> saved = stations.createSeries(centreId, series);
            seriesEditor.close();
            Notifications.success(getTranslation("station.series.saved", saved.size(), saved.getFirst().label(),
                    saved.getLast().label()));
            refresh();
        } catch (DomainException refusal) {
            seriesForm.showError(getTranslation(refusal.messageKey(), refusal.arguments()));
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void openEditor(Long stationId, StationData data) {
        editingId = stationId;
        editor.setHeaderTitle(getTranslation(stationId == null ? "station.add" : "station.edit"));
        form.edit(data);
        editor.open();
        form.label.focus();
    }

    private void save(StationData data) {
        try {
            StationDetails saved = editingId == null ? stations.create(centreId, data) : stations.update(editingId, data);
            editor.close();
            Notifications.success(getTranslation("station.saved", saved.label()));
            refresh();
        } catch (DomainException refusal) {
            if (refusal.messageKey().equals("station.label.taken")) {
                form.showLabelError(getTranslation(refusal.messageKey(), refusal.arguments()));
            } else {
                Notifications.refused(refusal);
            }
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void askReason(StationDetails station) {
        OutOfServiceDialog dialog = new OutOfServiceDialog(station.label(), reason -> Actions.attempt(
                () -> stations.takeOutOfService(station.id(), station.version(), reason),
                saved -> {
                    Notifications.success(getTranslation("station.taken-out", saved.label()));
                    refresh();
                }));
        dialog.open();
    }

    private void returnToService(StationDetails station) {
        Actions.attempt(() -> stations.returnToService(station.id(), station.version()), saved -> {
            Notifications.success(getTranslation("station.returned", saved.label()));
            refresh();
        });
    }

    private void confirmDelete(StationDetails station) {
        Confirm.destructive(getTranslation("station.delete.title", station.label()),
                getTranslation("station.delete.text"), getTranslation("action.delete"),
                () -> Actions.attempt(() -> stations.delete(station.id(), station.version()), () -> {
                    Notifications.success(getTranslation("station.deleted", station.label()));
                    refresh();
                }));
    }

    private void refresh() {
        if (centreId == null) {
            grid.setEmptyStateText(getTranslation("station.empty.no-centre"));
            grid.setItems(List.of());
            return;
        }
        StationFilter filter = new StationFilter(labelFilter.getValue(), statusFilter.getValue());
        boolean filtered = !labelFilter.isEmpty() || statusFilter.getValue() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "station.empty.no-match" : "station.empty"));
        grid.setItems(query -> stations.page(centreId, filter,
                Paging.of(query, Sort.by("label"))).stream(),
                query -> (int) stations.count(centreId, filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stations");
    }
}

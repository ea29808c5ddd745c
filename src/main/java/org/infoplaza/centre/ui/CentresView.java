package org.infoplaza.centre.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreFilter;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.CentreSummary;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.CentresChanged;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.Paging;
import org.infoplaza.shared.ui.SearchField;
import org.springframework.data.domain.Sort;

/**
 * Every Infoplaza in the network. Administrators add and edit centres, record their closures and take them
 * out of use; the secretariat reads the same list, details and closures without changing them.
 */
@Route("centres")
@Menu(order = 30, title = "nav.centres", icon = "vaadin:building")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
class CentresView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new SearchField();
    final Checkbox includeInactive = new Checkbox();
    final Button addCentre = new Button();
    final Button importCorregimientos = new Button();
    final Grid<CentreSummary> grid = new Grid<>();
    final Dialog editor = new Dialog();
    final CentreForm form;

    private final CentreService centres;
    private final GeographyService geography;
    private final boolean admin;
    private final Clock clock;
    private Long editingId;

    CentresView(CentreService centres, GeographyService geography, CurrentUser currentUser, Clock clock) {
        this.centres = centres;
        this.clock = clock;
        this.geography = geography;
        this.admin = currentUser.hasRole(Role.ADMIN);
        this.form = new CentreForm(centres.municipalities());
        addClassName("centres-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        configureEditor();
        Dialogs.attachWhileOpen(this, editor);
    }

    private Component createToolbar() {
        filter.setPlaceholder(getTranslation("centre.filter"));
        filter.setWidth("min(24rem, 100%)");
        filter.addValueChangeListener(e -> refresh());

        includeInactive.setLabel(getTranslation("centre.filter.inactive"));
        includeInactive.addValueChangeListener(e -> refresh());

        addCentre.setText(getTranslation("centre.add"));
        addCentre.setIcon(new Icon(VaadinIcon.PLUS));
        addCentre.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCentre.setVisible(admin);
        addCentre.addClickListener(e -> openNew());

        importCorregimientos.setText(getTranslation("centre.reference.import"));
        importCorregimientos.setIcon(new Icon(VaadinIcon.UPLOAD));
        importCorregimientos.setVisible(admin);
        importCorregimientos.addClickListener(e -> openImport());

        HorizontalLayout toolbar = new HorizontalLayout(filter, includeInactive, addCentre, importCorregimientos);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private Component createGrid() {
        grid.addClassName("centres-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(CentreSummary::code).setHeader(getTranslation("centre.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CentreSummary::name).setHeader(getTranslation("centre.name")).setKey("name")
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(CentreSummary::municipalityName).setHeader(getTranslation("centre.municipality"))
                .setKey("municipality").setSortProperty("municipality.name").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("centre.host-kind." + c.hostKind().name()))
                .setHeader(getTranslation("centre.host-kind")).setKey("hostKind").setAutoWidth(true);
        grid.addComponentColumn(this::activeBadge).setHeader(getTranslation("centre.status")).setKey("active")
                .setSortProperty("active").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("centre.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("centre.empty"));
        // Lazy: the network has hundreds of centres, and the list is often opened on a shared connection.
        grid.setItems(query -> centres.page(currentFilter(),
                Paging.of(query, Sort.by("name"))).stream());
        return grid;
    }

    private Component activeBadge(CentreSummary centre) {
        Span badge = new Span(getTranslation(centre.active() ? "centre.status.active" : "centre.status.inactive"));
        badge.getElement().getThemeList().add(centre.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(CentreSummary centre) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button open = admin
                ? iconButton(VaadinIcon.EDIT, getTranslation("centre.edit", centre.name()), e -> openExisting(centre))
                : iconButton(VaadinIcon.EYE, getTranslation("centre.view", centre.name()), e -> openExisting(centre));
        Button closures = iconButton(VaadinIcon.CALENDAR, getTranslation("closure.title", centre.name()),
                e -> new ClosuresDialog(centres, centre.id(), centre.name(), admin).show());
        actions.add(open, closures);
        if (admin) {
            Button activation = centre.active()
                    ? new Button(getTranslation("centre.deactivate"), e -> confirmDeactivate(centre))
                    : new Button(getTranslation("centre.activate"), e -> activate(centre));
            activation.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            if (centre.active()) {
                activation.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            activation.addClassName("activation");
            actions.add(activation);
        }
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String label, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(new Icon(icon), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void configureEditor() {
        editor.add(form);
        editor.setWidth("min(60rem, 95vw)");
        // Hours and rules take a while to enter; a stray click beside the dialog must not throw them away.
        editor.setCloseOnOutsideClick(false);
        editor.getFooter().add(form.cancel, form.save);
        form.addSaveListener(e -> save(e.data()));
        form.addCancelListener(e -> editor.close());
    }

    private void openNew() {
        editingId = null;
        form.createNew(LocalDate.now(clock));
        editor.setHeaderTitle(getTranslation("centre.add"));
        editor.open();
        form.code.focus();
    }

    /** Opens the corregimiento import; the dialog is returned so a test can drive it. */
    CorregimientoImportDialog openImport() {
        CorregimientoImportDialog dialog = new CorregimientoImportDialog(geography);
        dialog.open();
        return dialog;
    }

    private void openExisting(CentreSummary centre) {
        Actions.attempt(() -> centres.get(centre.id()), details -> {
            editingId = details.id();
            if (admin) {
                form.edit(details);
                editor.setHeaderTitle(getTranslation("centre.edit", details.name()));
            } else {
                form.show(details);
                editor.setHeaderTitle(details.name());
            }
            editor.open();
        });
    }

    private void save(CentreData data) {
        try {
            CentreDetails saved = editingId == null ? centres.create(data) : centres.update(editingId, data);
            editor.close();
            Notifications.success(getTranslation("centre.saved", saved.name()));
            refresh();
            CentresChanged.fire();
        } catch (DomainException refusal) {
            if (!form.showRefusal(refusal)) {
                Notifications.refused(refusal);
            }
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void confirmDeactivate(CentreSummary centre) {
        Confirm.destructive(getTranslation("centre.deactivate.title", centre.name()),
                getTranslation("centre.deactivate.text"), getTranslation("centre.deactivate"),
                () -> Actions.attempt(() -> centres.setActive(centre.id(), centre.version(), false), saved -> {
                    Notifications.success(getTranslation("centre.deactivated", saved.name()));
                    refresh();
                }));
    }

    private void activate(CentreSummary centre) {
        Actions.attempt(() -> centres.setActive(centre.id(), centre.version(), true), saved -> {
            Notifications.success(getTranslation("centre.activated", saved.name()));
            refresh();
        });
    }

    private CentreFilter currentFilter() {
        return new CentreFilter(filter.getValue(), includeInactive.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Name order by default; the id breaks ties so paging never repeats or skips a centre. */
    @Override
    public String getPageTitle() {
        return getTranslation("nav.centres");
    }
}

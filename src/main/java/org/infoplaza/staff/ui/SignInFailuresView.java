package org.infoplaza.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Paging;
import org.infoplaza.shared.ui.SearchField;
import org.infoplaza.staff.SignInFailureDetails;
import org.infoplaza.staff.StaffService;
import org.springframework.data.domain.Sort;

/**
 * Refused sign-ins of the last 90 days, for administrators: a forgotten password shows as a few tries of one
 * account from one address, someone guessing as many usernames or many addresses. Passwords are never kept.
 */
@Route("staff/failed-sign-ins")
@RolesAllowed(Role.ADMIN_NAME)
class SignInFailuresView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "staff/failed-sign-ins";

    final TextField textFilter = new SearchField();
    final Grid<SignInFailureDetails> grid = new Grid<>();

    private final StaffService staff;

    SignInFailuresView(StaffService staff) {
        this.staff = staff;
        addClassName("sign-in-failures-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        refresh();
    }

    private Component createToolbar() {
        textFilter.setPlaceholder(getTranslation("staff.failures.filter"));
        textFilter.setWidth("18rem");
        textFilter.addValueChangeListener(e -> refresh());
        Button back = new Button(getTranslation("staff.failures.back"), new Icon(VaadinIcon.ARROW_LEFT),
                e -> getUI().ifPresent(ui -> ui.navigate("staff")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout toolbar = new HorizontalLayout(back, textFilter);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(f -> PanamaTime.dateTimeFormat(getLocale()).format(f.occurredAt()))
                .setHeader(getTranslation("staff.failures.time")).setKey("time").setSortProperty("occurredAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignInFailureDetails::usernameTried).setHeader(getTranslation("staff.failures.username"))
                .setKey("username").setSortProperty("usernameTried").setFlexGrow(1);
        grid.addColumn(SignInFailureDetails::clientAddress).setHeader(getTranslation("staff.failures.address"))
                .setKey("address").setSortProperty("clientAddress").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> getTranslation("staff.failures.reason." + f.reason().name()))
                .setHeader(getTranslation("staff.failures.reason")).setKey("reason").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("staff.failures.empty"));
        return grid;
    }

    private void refresh() {
        String text = textFilter.getValue();
        grid.setItems(query -> staff.failedSignIns(text, Paging.of(query, Sort.by(Sort.Direction.DESC, "occurredAt")))
                .stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.failures");
    }
}

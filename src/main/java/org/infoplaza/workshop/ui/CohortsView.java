package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CohortSummary;

/**
 * The workshop cohorts the staff member may see: every cohort of their centres for operators and
 * administrators, the cohorts they run for a facilitator. Staff with several centres filter by centre; the
 * list starts at the centre chosen in the header. A row opens the cohort's page.
 */
@Route("workshops")
@Menu(order = 12, title = "cohorts.nav.workshops", icon = "vaadin:academy-cap")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class CohortsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workshops";

    final ComboBox<CentreOption> centre = new ComboBox<>();
    final Button newCohort = new Button();
    final Grid<CohortSummary> grid = new Grid<>();

    private final CohortService cohorts;
    private final Map<Long, String> centreCodes;
    private final DateTimeFormatter dateFormat;
    private CohortSummary focused;

    CohortsView(CohortService cohorts, CentreContext centreContext) {
        this.cohorts = cohorts;
        List<CentreOption> options = centreContext.options();
        this.centreCodes = options.stream().collect(Collectors.toMap(CentreOption::id, CentreOption::code));
        this.dateFormat = PanamaTime.dateFormat(getLocale());
        addClassName("cohorts-view");
        setSizeFull();
        add(createToolbar(options, centreContext), createGrid());
        refresh();
    }

    private Component createToolbar(List<CentreOption> options, CentreContext centreContext) {
        centre.setItems(options);
        centre.setItemLabelGenerator(CentreOption::label);
        centre.setPlaceholder(getTranslation("cohorts.filter.all-centres"));
        centre.setAriaLabel(getTranslation("cohorts.filter.centre"));
        centre.setClearButtonVisible(true);
        centre.setWidth("min(20rem, 100%)");
        centre.setVisible(options.size() > 1);
        if (options.size() > 1) {
            centreContext.current().ifPresent(centre::setValue);
        }
        centre.addValueChangeListener(e -> refresh());
        newCohort.setText(getTranslation("cohorts.new"));
        newCohort.setIcon(new Icon(VaadinIcon.PLUS));
        newCohort.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCohort.setEnabled(!options.isEmpty());
        newCohort.addClickListener(e -> UI.getCurrent().navigate(NewCohortView.ROUTE));
        HorizontalLayout toolbar = new HorizontalLayout(newCohort, centre);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        grid.addClassName("cohorts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohorts.name")).setKey("name")
                .setSortable(true).setAutoWidth(true).setFlexGrow(1).setFrozen(true);
        grid.addColumn(CohortSummary::courseTitle).setHeader(getTranslation("cohorts.course")).setKey("course")
                .setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> Labels.track(c.track()))
                .setHeader(getTranslation("cohorts.course.track")).setKey("track").setAutoWidth(true);
        grid.addColumn(c -> centreCodes.getOrDefault(c.centreId(), "")).setHeader(getTranslation("cohorts.centre"))
                .setKey("centre").setAutoWidth(true);
        grid.addColumn(this::dates).setHeader(getTranslation("cohorts.dates")).setKey("dates").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cohorts.places", c.enrolled(), c.capacity()))
                .setHeader(getTranslation("cohorts.enrolled")).setKey("enrolled").setAutoWidth(true);
        grid.addColumn(CohortSummary::waitlisted).setHeader(getTranslation("cohorts.waitlisted")).setKey("waitlisted")
                .setAutoWidth(true);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("cohorts.state"))
                .setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("cohorts.empty"));
        // A click on a row, or Enter on the focused row, opens the cohort.
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        ComponentUtil.addListener(grid, KeyDownEvent.class, e -> {
            if (focused != null && e.getKey().matches(Key.ENTER.getKeys().getFirst())) {
                open(focused);
            }
        });
        return grid;
    }

    private String dates(CohortSummary cohort) {
        if (cohort.firstSession() == null) {
            return getTranslation("cohorts.no-sessions");
        }
        return format(cohort.firstSession()) + " – " + format(cohort.lastSession());
    }

    private String format(LocalDateTime at) {
        return dateFormat.format(at);
    }

    private Component stateBadge(CohortSummary cohort) {
        if (cohort.cancelled()) {
            Span badge = new Span(getTranslation("cohorts.cancelled"));
            badge.getElement().getThemeList().add("badge error");
            return badge;
        }
        if (cohort.enrolled() >= cohort.capacity()) {
            Span badge = new Span(getTranslation("cohorts.full"));
            badge.getElement().getThemeList().add("badge contrast");
            return badge;
        }
        return new Span();
    }

    void open(CohortSummary cohort) {
        UI.getCurrent().navigate(CohortView.ROUTE_PREFIX + cohort.id());
    }

    private void refresh() {
        grid.setItems(cohorts.list(centre.getValue() == null ? null : centre.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.nav.workshops");
    }
}

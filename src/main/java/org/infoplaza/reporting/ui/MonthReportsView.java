package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.reporting.MonthCycleService;
import org.infoplaza.reporting.MonthReportFilter;
import org.infoplaza.reporting.MonthReportRow;
import org.infoplaza.reporting.MonthReportStatus;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The secretariat's monthly reports: every centre's month with its state, filtered by month, municipality
 * and state; accepting a submitted month (after a confirmation), reopening one with a reason, and each
 * month's revisions. Looking for late corrections goes through every centre of the month and runs in the
 * background with a progress bar, so the page stays usable; results arrive through server push.
 */
@StyleSheet("styles/reporting.css")
@Route("reportes-mensuales")
@Menu(order = 37, title = "monthcycle.nav.reports", icon = "vaadin:clipboard-check")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
class MonthReportsView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS_BACK = 24;
    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    final ComboBox<YearMonth> month = new ComboBox<>();
    final ComboBox<MunicipalityOption> municipality = new ComboBox<>();
    final ComboBox<MonthReportStatus> status = new ComboBox<>();
    final Grid<MonthReportRow> grid = new Grid<>();
    final Button accept = new Button();
    final Button reopen = new Button();
    final Button checkCorrections = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final H2 selectedTitle = new H2();
    final RevisionHistory history;
    final Div details = new Div();
    /** The background check in progress or last run; tests wait on it. */
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    private final MonthCycleService cycle;
    private final Locale locale;

    MonthReportsView(MonthCycleService cycle, CentreService centres, Clock clock) {
        this.cycle = cycle;
        this.locale = getLocale();
        this.history = new RevisionHistory(locale);
        addClassName("month-reports-view");
        add(createFilters(centres, clock), createToolbar(), createGrid(), createDetails());
        refresh();
    }

    private Component createFilters(CentreService centres, Clock clock) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        ReportFilters.months(month, last, MONTHS_BACK, last, locale, this::refresh);
        ReportFilters.municipalities(municipality, centres.municipalities(), this::refresh);
        status.setLabel(getTranslation("monthcycle.status"));
        status.setPlaceholder(getTranslation("monthcycle.status.any"));
        status.setItems(MonthReportStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("monthcycle.status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(month, municipality, status);
        filters.setWrap(true);
        return filters;
    }

    private Component createToolbar() {
        accept.setText(getTranslation("monthcycle.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> confirmAccept());
        reopen.setText(getTranslation("monthcycle.reopen"));
        reopen.addClickListener(e -> askReopen());
        checkCorrections.setText(getTranslation("monthcycle.check-corrections"));
        checkCorrections.addClickListener(e -> checkCorrections());
        progress.setVisible(false);
        progress.setWidth("12rem");
        progressText.setVisible(false);
        HorizontalLayout toolbar = new HorizontalLayout(accept, reopen, checkCorrections, progress, progressText);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        grid.setEmptyStateText(getTranslation("monthcycle.reports.empty"));
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        DateTimeFormatter when = PanamaTime.dateTimeFormat(locale);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MonthReportRow::centreCode).setHeader(getTranslation("reporting.centre")).setKey("centre")
                .setAutoWidth(true);
        grid.addColumn(MonthReportRow::centreName).setHeader(getTranslation("monthcycle.centre-name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("monthcycle.status." + r.report().status().name()))
                .setHeader(getTranslation("monthcycle.status")).setKey("status").setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(r -> r.report().submittedAt() == null ? "" : when.format(r.report().submittedAt()))
                .setHeader(getTranslation("monthcycle.submitted-at")).setKey("submitted").setAutoWidth(true);
        grid.addColumn(r -> r.report().acceptedAt() == null ? ""
                : getTranslation("monthcycle.accepted-by", when.format(r.report().acceptedAt()), r.report().acceptedBy()))
                .setHeader(getTranslation("monthcycle.accepted-at")).setKey("accepted").setAutoWidth(true);
        grid.addColumn(r -> whole.format(r.sessions())).setHeader(getTranslation("reporting.sessions"))
                .setKey("sessions").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> oneDecimal.format(r.hours())).setHeader(getTranslation("reporting.hours"))
                .setKey("hours").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.report().revision()).setHeader(getTranslation("monthcycle.revision")).setKey("revision")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> showSelected());
        return grid;
    }

    private Component createDetails() {
        details.add(selectedTitle, history);
        details.setVisible(false);
        return details;
    }

    void refresh() {
        YearMonth chosen = month.getValue();
        MunicipalityOption unit = municipality.getValue();
        MonthReportFilter filter = new MonthReportFilter(chosen, unit == null ? null : unit.id(), status.getValue());
        grid.setItems(query -> cycle.page(filter, Paging.of(query, Sort.by("centreId"))).stream());
        grid.asSingleSelect().clear();
        showSelected();
    }

    private void showSelected() {
        MonthReportRow row = grid.asSingleSelect().getValue();
        accept.setEnabled(row != null && row.report().status() == MonthReportStatus.SUBMITTED);
        reopen.setEnabled(row != null && (row.report().status() == MonthReportStatus.SUBMITTED
                || row.report().status() == MonthReportStatus.ACCEPTED));
        details.setVisible(row != null);
        if (row != null) {
            selectedTitle.setText(getTranslation("reporting.heading", row.centreCode() + " · " + row.centreName(),
                    monthName(row.report().month())));
            history.show(cycle.revisions(row.report().id()), cycle.reopenings(row.report().id()));
        }
    }

    private void confirmAccept() {
        MonthReportRow row = grid.asSingleSelect().getValue();
        if (row == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("monthcycle.accept.confirm.header"));
        dialog.setText(getTranslation("monthcycle.accept.confirm.text", row.centreCode(), monthName(row.report().month())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("monthcycle.accept"));
        dialog.addConfirmListener(e -> Actions.attempt(() -> cycle.accept(row.report().id(), row.report().version()),
                summary -> {
                    Notifications.success(getTranslation("monthcycle.accepted", row.centreCode()));
                    refresh();
                }));
        dialog.open();
    }

    private void askReopen() {
        MonthReportRow row = grid.asSingleSelect().getValue();
        if (row != null) {
            new ReopenDialog(row, reason -> Actions.attempt(
                    () -> cycle.reopen(row.report().id(), row.report().version(), reason),
                    summary -> {
                        Notifications.success(getTranslation("monthcycle.reopened", row.centreCode()));
                        refresh();
                    })).open();
        }
    }

    /**
     * Records late corrections of every centre-month of the chosen month, one centre at a time on a
     * background thread with the user's sign-in, moving the progress bar through {@link UI#access}.
     */
    void checkCorrections() {
        UI ui = UI.getCurrent();
        YearMonth chosen = month.getValue();
        List<Long> ids = cycle.reportIdsOf(chosen);
        checkCorrections.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("monthcycle.check.progress", 0, ids.size()));
        Runnable work = new DelegatingSecurityContextRunnable(() -> {
            int changed = 0;
            try {
                for (int i = 0; i < ids.size(); i++) {
                    if (cycle.recordCorrections(ids.get(i)).isPresent()) {
                        changed++;
                    }
                    int done = i + 1;
                    ui.access(() -> {
                        progress.setValue((double) done / ids.size());
                        progressText.setText(getTranslation("monthcycle.check.progress", done, ids.size()));
                    });
                }
                int found = changed;
                ui.access(() -> finishCheck(getTranslation("monthcycle.check.done", found), true));
            } catch (RuntimeException e) {
                ui.access(() -> finishCheck(getTranslation("monthcycle.check.failed"), false));
                throw e;
            }
        }, SecurityContextHolder.getContext());
        running = CompletableFuture.runAsync(work, BACKGROUND);
    }

    private void finishCheck(String message, boolean succeeded) {
        progress.setVisible(false);
        progressText.setText(message);
        checkCorrections.setEnabled(true);
        if (succeeded) {
            Notifications.success(message);
            grid.getDataProvider().refreshAll();
        }
    }

    private String monthName(YearMonth m) {
        return MonthNames.of(m, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monthcycle.nav.reports");
    }
}

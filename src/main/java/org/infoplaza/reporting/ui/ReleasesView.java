package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.infoplaza.reporting.ReleaseCost;
import org.infoplaza.reporting.ReleaseService;
import org.infoplaza.security.Role;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The month's release as the administrator and the secretariat inspect it: which revision is published,
 * whether each revision passed the attacker's audit (and, when one did not, the figures an outsider could
 * have narrowed), and what protection cost per kind of table, next to what hiding each table on its own hid.
 * Checking a month makes its release now if its counts changed, on a background thread: at national scale
 * protection takes seconds.
 */
@Route("indicators/releases")
@Menu(order = 39, title = "release.nav", icon = "vaadin:shield")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
class ReleasesView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS_BACK = 24;
    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    final ComboBox<YearMonth> month = new ComboBox<>();
    final Button check = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph summary = new Paragraph();
    final Grid<ReleaseService.Revision> revisions = new Grid<>();
    final Grid<ReleaseCost> cost = new Grid<>();
    final H3 findingsTitle = new H3();
    final H3 costTitle = new H3();
    final Paragraph costExplanation = new Paragraph();
    final Grid<ReleaseService.Finding> findings = new Grid<>();
    /** The check in progress or last run; tests wait on it. */
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    private final ReleaseService releases;
    private final Locale locale;
    private final DateTimeFormatter when;

    ReleasesView(ReleaseService releases, Clock clock) {
        this.releases = releases;
        this.locale = getLocale();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone());
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        month.setLabel(getTranslation("reporting.month"));
        month.setItems(MonthNames.back(last, MONTHS_BACK));
        month.setItemLabelGenerator(m -> MonthNames.of(m, locale));
        month.setAllowCustomValue(false);
        month.setValue(last);
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(releases.revisions(e.getValue()));
            }
        });
        check.setText(getTranslation("release.check"));
        check.addClickListener(e -> checkNow());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(month, check);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        revisions.addColumn(r -> r.revision()).setHeader(getTranslation("release.revision")).setAutoWidth(true)
                .setFlexGrow(0);
        revisions.addColumn(r -> when.format(r.builtAt())).setHeader(getTranslation("release.built-at"))
                .setAutoWidth(true);
        revisions.addColumn(r -> getTranslation(r.published() ? "release.state.published"
                : r.passed() ? "release.state.superseded" : "release.state.failed")).setHeader(
                getTranslation("release.state")).setAutoWidth(true);
        revisions.addColumn(r -> r.findings().size()).setHeader(getTranslation("release.findings"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        revisions.addColumn(r -> seconds(r.buildMillis())).setHeader(getTranslation("release.build-time"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        revisions.setAllRowsVisible(true);
        revisions.addThemeVariants(GridVariant.LUMO_COMPACT);

        cost.addColumn(c -> kindLabel(c.kind())).setHeader(getTranslation("release.cost.kind")).setAutoWidth(true)
                .setFlexGrow(1);
        cost.addColumn(ReleaseCost::cells).setHeader(getTranslation("release.cost.cells"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.addColumn(ReleaseCost::small).setHeader("<5").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.addColumn(ReleaseCost::rounded).setHeader("\u2248").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.addColumn(ReleaseCost::hidden).setHeader("x").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.addColumn(ReleaseCost::withheld).setHeader(getTranslation("release.cost.withheld"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.addColumn(c -> percent(c.changedShare())).setHeader(getTranslation("release.cost.changed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.addColumn(c -> percent(c.hiddenBeforeShare())).setHeader(getTranslation("release.cost.before"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cost.setAllRowsVisible(true);
        cost.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);

        findingsTitle.setText(getTranslation("release.findings.title"));
        findings.addColumn(ReleaseService.Finding::key).setHeader(getTranslation("release.finding.figure"))
                .setAutoWidth(true).setFlexGrow(1);
        findings.addColumn(ReleaseService.Finding::shownAs).setHeader(getTranslation("release.finding.shown-as"))
                .setAutoWidth(true);
        findings.addColumn(f -> f.low() == f.high() ? Integer.toString(f.low()) : f.low() + "–" + f.high())
                .setHeader(getTranslation("release.finding.range")).setAutoWidth(true);
        findings.setAllRowsVisible(true);

        costTitle.setText(getTranslation("release.cost.title"));
        costExplanation.setText(getTranslation("release.cost.explanation"));
        add(new H2(getTranslation("release.title")), new Paragraph(getTranslation("release.explanation")), form,
                progress, summary, revisions, costTitle, costExplanation, cost, findingsTitle, findings);
        show(releases.revisions(last));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("release.title");
    }

    /** Makes the chosen month's release now if its counts changed, then shows it. */
    void checkNow() {
        YearMonth chosen = month.getValue();
        if (chosen == null || !running.isDone()) {
            return;
        }
        UI ui = UI.getCurrent();
        check.setEnabled(false);
        progress.setVisible(true);
        summary.setText(getTranslation("release.checking"));
        Runnable work = new DelegatingSecurityContextRunnable(() -> {
            try {
                List<ReleaseService.Revision> found = releases.check(chosen);
                ui.access(() -> {
                    finish();
                    show(found);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finish();
                    summary.setText(getTranslation("release.check-failed"));
                });
                throw e;
            }
        }, SecurityContextHolder.getContext());
        running = CompletableFuture.runAsync(work, BACKGROUND);
    }

    private void finish() {
        progress.setVisible(false);
        check.setEnabled(true);
    }

    private void show(List<ReleaseService.Revision> found) {
        revisions.setItems(found);
        revisions.setVisible(!found.isEmpty());
        costTitle.setVisible(!found.isEmpty());
        costExplanation.setVisible(!found.isEmpty());
        cost.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            summary.setText(getTranslation("release.none", MonthNames.of(month.getValue(), locale)));
            cost.setItems(List.of());
            findingsTitle.setVisible(false);
            findings.setVisible(false);
            return;
        }
        ReleaseService.Revision shown = found.stream().filter(ReleaseService.Revision::published).findFirst()
                .orElse(found.getLast());
        ReleaseService.Revision latest = found.getLast();
        List<String> lines = new ArrayList<>();
        lines.add(shown.published()
                ? getTranslation("release.summary.published", shown.revision(), when.format(shown.builtAt()),
                        shown.figures())
                : getTranslation("release.summary.none-passed"));
        if (!latest.passed()) {
            lines.add(getTranslation("release.summary.latest-failed", latest.revision()));
        }
        summary.setText(String.join(" ", lines));
        cost.setItems(shown.cost());
        findingsTitle.setVisible(!latest.findings().isEmpty());
        findings.setVisible(!latest.findings().isEmpty());
        findings.setItems(latest.findings());
    }

    private String kindLabel(String kind) {
        int colon = kind.indexOf(':');
        String measure = colon < 0 ? kind : kind.substring(0, colon);
        List<String> parts = new ArrayList<>();
        String measureKey = "release.measure." + measure;
        parts.add(getTranslation(measureKey));
        if (colon >= 0) {
            List<String> attributes = new ArrayList<>();
            for (String attribute : kind.substring(colon + 1).split("\u00d7")) {
                String attributeKey = "release.attribute." + attribute;
                attributes.add(getTranslation(attributeKey));
            }
            parts.add(String.join(" \u00d7 ", attributes));
        }
        return String.join(" \u00b7 ", parts);
    }

    private String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String seconds(long millis) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(millis / 1000.0) + " s";
    }
}

package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
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
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CentreService;
import org.infoplaza.reporting.StationUseRollups;
import org.infoplaza.reporting.TrainingRollups;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ui.Notifications;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rebuild command: recomputes the rollups of a period (station use, access and training) from the raw
 * records, for one centre or all, after a correction the events could not carry (a member's corrected sex,
 * a changed completion threshold) or to check the rollups. It gives the same figures the events keep (the
 * integration tests prove it), so running it on a sound period changes nothing. One month at a time, each in
 * its own transaction, on a background thread with a progress bar: the desks keep working meanwhile.
 */
@Route("indicators/rebuild")
@Menu(order = 38, title = "rebuild.nav", icon = "vaadin:refresh")
@RolesAllowed(Role.ADMIN_NAME)
class RebuildView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS_BACK = 60;
    private static final Executor BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final ComboBox<CentreOption> centre = new ComboBox<>();
    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    /** The rebuild in progress or last run; tests wait on it. */
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    private final StationUseRollups stationUse;
    private final TrainingRollups training;
    private final Locale locale;

    RebuildView(StationUseRollups stationUse, TrainingRollups training, CentreService centres, Clock clock) {
        this.stationUse = stationUse;
        this.training = training;
        this.locale = getLocale();
        YearMonth current = YearMonth.now(clock);
        List<YearMonth> months = MonthNames.back(current, MONTHS_BACK);
        for (ComboBox<YearMonth> box : List.of(from, to)) {
            box.setItems(months);
            box.setItemLabelGenerator(m -> MonthNames.of(m, locale));
            box.setAllowCustomValue(false);
            box.addValueChangeListener(e -> validate());
        }
        from.setLabel(getTranslation("rebuild.from"));
        to.setLabel(getTranslation("rebuild.to"));
        from.setValue(current.minusMonths(1));
        to.setValue(current.minusMonths(1));
        centre.setLabel(getTranslation("rebuild.centre"));
        centre.setPlaceholder(getTranslation("rebuild.all-centres"));
        centre.setItems(centres.accessibleCentres());
        centre.setItemLabelGenerator(c -> c.code() + " · " + c.name());
        centre.setClearButtonVisible(true);
        start.setText(getTranslation("rebuild.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> rebuild());
        progress.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(from, to, centre, start);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("rebuild.title")), new Paragraph(getTranslation("rebuild.explanation")), form,
                progress, progressText);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rebuild.title");
    }

    private boolean validate() {
        boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("rebuild.invalid-period"));
        return valid;
    }

    /** Recomputes each month of the period in turn, moving the progress bar through {@link UI#access}. */
    void rebuild() {
        if (!validate() || !running.isDone()) {
            return;
        }
        UI ui = UI.getCurrent();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from.getValue(); !m.isAfter(to.getValue()); m = m.plusMonths(1)) {
            months.add(m);
        }
        Long centreId = centre.getValue() == null ? null : centre.getValue().id();
        start.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation("rebuild.progress", 0, months.size()));
        Runnable work = new DelegatingSecurityContextRunnable(() -> {
            long sessions = 0;
            try {
                for (int i = 0; i < months.size(); i++) {
                    YearMonth month = months.get(i);
                    sessions += stationUse.rebuild(month.atDay(1), month.atEndOfMonth(), centreId);
                    training.rebuild(month, month, centreId);
                    int done = i + 1;
                    ui.access(() -> {
                        progress.setValue((double) done / months.size());
                        progressText.setText(getTranslation("rebuild.progress", done, months.size()));
                    });
                }
                long counted = sessions;
                ui.access(() -> finish(getTranslation("rebuild.done", months.size(), counted), true));
            } catch (RuntimeException e) {
                ui.access(() -> finish(getTranslation("rebuild.failed"), false));
                throw e;
            }
        }, SecurityContextHolder.getContext());
        running = CompletableFuture.runAsync(work, BACKGROUND);
    }

    private void finish(String message, boolean succeeded) {
        progress.setVisible(false);
        progressText.setText(message);
        start.setEnabled(true);
        if (succeeded) {
            Notifications.success(message);
        }
    }
}

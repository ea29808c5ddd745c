package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Supplier;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.reporting.MonthlyReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Descargar informe PDF" for the month and unit a view shows. A report of the whole country takes a while, so
 * it is written on a background thread as the signed-in user, with a progress bar, while the page stays
 * usable; when it is ready (pushed to the browser with {@link UI#access}) a link saves the file. The link
 * names the unit and month it was made for, since the view may have moved on meanwhile.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ReportPdfButton extends HorizontalLayout {

    static final String PDF_TYPE = "application/pdf";
    private static final Logger log = LoggerFactory.getLogger(ReportPdfButton.class);

    final Button button = new Button(VaadinIcon.FILE_TEXT_O.create());
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Anchor download = new Anchor();

    private final MonthlyReports reports;
    private final TaskExecutor executor;
    private Supplier<YearMonth> month = () -> null;
    private Supplier<MunicipalityOption> unit = () -> null;

    ReportPdfButton(MonthlyReports reports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.reports = reports;
        this.executor = executor;
        addClassName("report-pdf");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        button.setText(getTranslation("monthlyreport.button"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> start());
        progress.setIndeterminate(true);
        progress.setWidth("8em");
        progress.setVisible(false);
        status.setVisible(false);
        download.setVisible(false);
        add(button, progress, status, download);
    }

    /** The month and municipality (none: the whole country) the report is for, read when it is asked for. */
    void follow(Supplier<YearMonth> month, Supplier<MunicipalityOption> unit) {
        this.month = month;
        this.unit = unit;
    }

    private void start() {
        YearMonth chosen = month.get();
        if (chosen == null) {
            return;
        }
        MunicipalityOption municipality = unit.get();
        Long municipalityId = municipality == null ? null : municipality.id();
        Locale locale = getLocale();
        String what = (municipality == null ? getTranslation("reporting.unit.nation") : municipality.label()) + " · "
                + MonthNames.of(chosen, locale);
        String fileName = getTranslation("monthlyreport.file") + "-" + chosen
                + (municipality == null ? "" : "-" + municipality.id()) + ".pdf";
        button.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        status.setText(getTranslation("monthlyreport.preparing", what));
        status.setVisible(true);
        UI ui = UI.getCurrent();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                byte[] pdf = reports.pdf(chosen, municipalityId, locale);
                access(ui, () -> ready(pdf, fileName, what));
            } catch (RuntimeException e) {
                log.warn("Monthly report for {} (municipality {}) could not be written", chosen, municipalityId, e);
                access(ui, this::failed);
            }
        }, SecurityContextHolder.getContext()));
    }

    private void ready(byte[] pdf, String fileName, String what) {
        progress.setVisible(false);
        status.setVisible(false);
        button.setEnabled(true);
        download.setHref(PublishedTable.file(() -> pdf, fileName, PDF_TYPE), AttachmentType.DOWNLOAD);
        download.setText(getTranslation("monthlyreport.ready", what));
        download.setVisible(true);
    }

    private void failed() {
        progress.setVisible(false);
        status.setText(getTranslation("monthlyreport.failed"));
        button.setEnabled(true);
    }

    /** Nothing to show when the page was closed meanwhile. */
    private static void access(UI ui, Runnable update) {
        try {
            ui.access(update::run);
        } catch (UIDetachedException e) {
            log.debug("Monthly report finished after its page was closed");
        }
    }

}

package org.infoplaza.reporting;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.notification.MailAttachment;
import org.infoplaza.notification.MailRequest;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's summary of a month, e-mailed through the outbox to the addresses in
 * {@code infoplaza.reporting.report-recipients} (comma-separated), once per month: a
 * {@code month_report_mail} row written in the same transaction as the messages makes a second run, on any
 * node, send nothing. It leaves the centres, so it carries only the country's figures as
 * {@link IndicatorService} publishes them: members by sex and age band suppressed, no centre's people. The
 * country's monthly PDF report ({@link MonthlyReports}), suppressed the same way, goes with it.
 */
@Component
class MonthlyReportMail {

    static final String KIND = "monthly-report";

    private final IndicatorService indicators;
    private final MonthlyReports reports;
    private final MonthReportTables tables;
    private final Outbox outbox;
    private final Clock clock;
    private final List<String> recipients;
    private final Locale language;
    private final String publicUrl;

    MonthlyReportMail(IndicatorService indicators, MonthlyReports reports, MonthReportTables tables, Outbox outbox, Clock clock,
            @Value("${infoplaza.reporting.report-recipients:}") String recipients,
            @Value("${infoplaza.reporting.report-language:es}") String language,
            @Value("${infoplaza.public-url:http://localhost:8080}") String publicUrl) {
        this.indicators = indicators;
        this.reports = reports;
        this.tables = tables;
        this.outbox = outbox;
        this.clock = clock;
        this.recipients = Arrays.stream(recipients.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        this.language = Locale.forLanguageTag(language);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Queues the month's summary to every recipient unless it was queued before; returns how many were queued. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int send(YearMonth month) {
        if (recipients.isEmpty() || !tables.claimMail(month, recipients.size(), clock.instant())) {
            return 0;
        }
        Map<String, Object> model = model(month, language);
        MailAttachment pdf = new MailAttachment("infoplaza-" + month + ".pdf", "application/pdf",
                reports.pdf(month, null, language));
        for (String address : recipients) {
            outbox.enqueue(new MailRequest(KIND, new Recipient(null, address, language), model, null,
                    "month-report:" + month, List.of(pdf)));
        }
        return recipients.size();
    }

    private Map<String, Object> model(YearMonth month, Locale locale) {
        StationUseReport report = indicators.stationUse(month, null, locale);
        StationUseReport.Activity together = report.activity().getLast();
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        String monthName = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
        return Map.of("month", monthName, "centres", report.centres().size(),
                "sessions", whole.format(together.sessions()), "hours", oneDecimal.format(together.hours()),
                "bySex", lines(report.togetherBySex()), "byAgeBand", lines(report.togetherByAgeBand()),
                "link", publicUrl + "/reportes-mensuales");
    }

    /** A published one-row table as "label: count" lines; hidden cells keep their marks. */
    private static List<String> lines(SuppressedTable table) {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            lines.add(table.columnLabels().get(c) + ": " + table.cell(0, c).display());
        }
        return lines;
    }
}

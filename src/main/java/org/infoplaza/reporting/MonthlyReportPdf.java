package org.infoplaza.reporting;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * The monthly report as a PDF in Spanish or English, for the country, a municipality or one centre: a title
 * block with the legend of the marks, station use per centre, the members served by sex and by age band (the
 * centres together, then per centre), the last twelve months, and the definitions. Every figure of people
 * comes from a {@link SuppressedTable} or a published cell, exactly as the screens show it, because the
 * report leaves the centre; charts mark hidden values instead of drawing them (see {@link PdfBarChart}).
 *
 * <p>Each section is one short method over {@link PdfReport}, so further indicators are added as one more
 * section.
 */
@Component
class MonthlyReportPdf {

    private final Translations translations;

    MonthlyReportPdf(Translations translations) {
        this.translations = translations;
    }

    /**
     * What one report shows. {@code oneCentre} leaves out what would repeat for a single centre (the per-centre
     * member tables, whose only row is the centres-together one).
     */
    record Content(StationUseReport stationUse, List<IndicatorService.MonthTrend> trend, boolean oneCentre,
            LocalDate generatedOn) {
    }

    byte[] write(Content content, Locale requested) {
        Locale locale = Translations.supported(requested);
        StationUseReport report = content.stationUse();
        String month = monthName(report.month(), locale);
        String title = t("monthlyreport.title", locale);
        return PdfReport.write(title + " · " + report.unitName() + " · " + month, key -> t(key, locale),
                page -> t("monthlyreport.footer", locale, report.unitName(), month, page),
                pdf -> {
                    titleBlock(pdf, content, title, month, locale);
                    activity(pdf, report, locale);
                    membersTogether(pdf, report, locale);
                    if (!content.oneCentre()) {
                        membersPerCentre(pdf, report, locale);
                    }
                    trend(pdf, content.trend(), locale);
                    definitions(pdf, locale);
                });
    }

    private void titleBlock(PdfReport pdf, Content content, String title, String month, Locale locale) {
        pdf.title(title);
        pdf.subtitle(content.stationUse().unitName());
        pdf.subtitle(month);
        pdf.note(t("monthlyreport.generated", locale,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(content.generatedOn())));
        pdf.subheading(t("monthlyreport.legend.title", locale));
        pdf.text(t("monthlyreport.legend.intro", locale));
        pdf.note(t(SuppressionReason.PRIMARY.legendKey(), locale));
        pdf.note(t(SuppressionReason.COMPLEMENTARY.legendKey(), locale));
        pdf.note(t("monthlyreport.legend.charts", locale));
    }

    private void activity(PdfReport pdf, StationUseReport report, Locale locale) {
        pdf.heading(t("reporting.station-use", locale));
        Map<Long, String> codes = report.centres().stream()
                .collect(Collectors.toMap(StationUseReport.CentreRow::id, StationUseReport.CentreRow::code));
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = oneDecimal(locale);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(t("reporting.centre", locale), t("reporting.sessions", locale),
                t("reporting.guest-sessions", locale), t("reporting.hours", locale),
                t("reporting.average-minutes", locale)));
        for (StationUseReport.Activity a : report.activity()) {
            lines.add(List.of(a.centreId() == null ? t("reporting.total", locale) : codes.get(a.centreId()),
                    whole.format(a.sessions()), whole.format(a.guestSessions()), oneDecimal.format(a.hours()),
                    a.averageSessionMinutes() == null ? "—" : oneDecimal.format(a.averageSessionMinutes())));
        }
        pdf.lines(lines, true);
        List<PdfBarChart.Bar> sessions = report.activity().stream().filter(a -> a.centreId() != null)
                .map(a -> PdfBarChart.Bar.shown(codes.get(a.centreId()), a.sessions())).toList();
        if (sessions.size() > 1) {
            pdf.chart(new PdfBarChart(t("reporting.chart.sessions", locale), sessions,
                    t("monthlyreport.chart.hidden", locale), locale));
        }
        pdf.lines(centreNames(report, locale), false);
        pdf.note(t("reporting.definition.sessions", locale));
    }

    private List<List<String>> centreNames(StationUseReport report, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(t("reporting.centre", locale), t("monthlyreport.centre-name", locale)));
        report.centres().forEach(c -> lines.add(List.of(c.code(), c.name())));
        return lines;
    }

    private void membersTogether(PdfReport pdf, StationUseReport report, Locale locale) {
        pdf.heading(t("monthlyreport.section.members", locale));
        String total = t("reporting.total", locale);
        pdf.subheading(t("reporting.members.together.by-sex", locale));
        pdf.table(report.togetherBySex(), "", total);
        pdf.chart(PdfBarChart.breakdown("", report.togetherBySex(), t("monthlyreport.chart.hidden", locale), locale));
        pdf.subheading(t("reporting.members.together.by-age-band", locale));
        pdf.table(report.togetherByAgeBand(), "", total);
        pdf.chart(PdfBarChart.breakdown("", report.togetherByAgeBand(), t("monthlyreport.chart.hidden", locale),
                locale));
        pdf.note(t("reporting.definition.members-together", locale));
    }

    private void membersPerCentre(PdfReport pdf, StationUseReport report, Locale locale) {
        pdf.heading(t("monthlyreport.section.members-per-centre", locale));
        String centre = t("reporting.centre", locale);
        String total = t("reporting.total", locale);
        pdf.subheading(t("reporting.members.by-sex", locale));
        pdf.table(report.membersBySex(), centre, total);
        pdf.subheading(t("reporting.members.by-age-band", locale));
        pdf.table(report.membersByAgeBand(), centre, total);
        pdf.note(t("reporting.definition.members-per-centre", locale));
    }

    private void trend(PdfReport pdf, List<IndicatorService.MonthTrend> trend, Locale locale) {
        pdf.heading(t("reporting.chart.trend", locale));
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yy", locale);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = oneDecimal(locale);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(t("reporting.month", locale), t("reporting.sessions", locale), t("reporting.hours", locale),
                t("reporting.members", locale)));
        for (IndicatorService.MonthTrend month : trend) {
            lines.add(List.of(monthName(month.month(), locale), whole.format(month.sessions()),
                    oneDecimal.format(month.hours()), month.members().display()));
        }
        pdf.lines(lines, false);
        String hidden = t("monthlyreport.chart.hidden", locale);
        pdf.chart(new PdfBarChart(t("monthlyreport.chart.sessions-by-month", locale), trend.stream()
                .map(m -> PdfBarChart.Bar.shown(shortMonth.format(m.month()), m.sessions())).toList(), hidden, locale));
        pdf.chart(new PdfBarChart(t("monthlyreport.chart.members-by-month", locale), trend.stream()
                .map(m -> PdfBarChart.Bar.of(shortMonth.format(m.month()), m.members())).toList(), hidden, locale));
        pdf.note(t("monthlyreport.trend.members", locale));
    }

    private void definitions(PdfReport pdf, Locale locale) {
        pdf.heading(t("monthlyreport.section.about", locale));
        pdf.text(t("monthlyreport.about", locale));
    }

    /** How a centre is named as the unit of its own report. */
    String unitOf(CentreDetails centre, Locale locale) {
        return t("monthlyreport.unit.centre", locale, centre.name(), centre.code());
    }

    /** "Noviembre 2026", "November 2026". */
    String monthName(YearMonth month, Locale locale) {
        String text = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static NumberFormat oneDecimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}

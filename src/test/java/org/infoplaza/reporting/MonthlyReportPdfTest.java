package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.infoplaza.shared.Translations;
import org.junit.jupiter.api.Test;

/**
 * The monthly PDF from a hand-made month of two centres in David: the station-use figures are printed as they
 * are, the man counted alone at PAN-01 and the two men across the centres are printed as "&lt;5" and never as
 * their counts, the headings follow the reader's language, and the trend's hidden month stays a mark.
 */
class MonthlyReportPdfTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final List<String> SEXES = List.of("Femenino", "Masculino");
    static final List<String> BANDS = List.of("0 a 11 años", "12 a 14 años", "25 a 59 años");

    final MonthlyReportPdf pdf = new MonthlyReportPdf(new Translations());

    /** PAN-01 served twelve women and one man; PAN-02 twenty women and nine men; together 32 and 10. */
    static StationUseReport october() {
        SuppressedTable bySex = Suppression.apply(CountTable.of(List.of("PAN-01", "PAN-02"), SEXES,
                new int[][] {{12, 1}, {20, 9}}));
        SuppressedTable byBand = Suppression.apply(CountTable.of(List.of("PAN-01", "PAN-02"), BANDS,
                new int[][] {{0, 6, 7}, {8, 0, 21}}));
        SuppressedTable togetherBySex = Suppression.apply(CountTable.breakdown("David — Chiriquí", SEXES, 31, 2));
        SuppressedTable togetherByBand = Suppression.apply(CountTable.breakdown("David — Chiriquí", BANDS, 8, 6, 19));
        return new StationUseReport(OCTOBER, "David — Chiriquí",
                List.of(new StationUseReport.CentreRow(1, "PAN-01", "Infoplaza Las Lomas"),
                        new StationUseReport.CentreRow(2, "PAN-02", "Infoplaza San Pablo")),
                List.of(new StationUseReport.Activity(1L, 123, 4, 40.5, 19.75),
                        new StationUseReport.Activity(2L, 57, 0, 20, 21.0),
                        new StationUseReport.Activity(null, 180, 4, 60.5, 20.2)),
                bySex, byBand, togetherBySex, togetherByBand, null);
    }

    /** Twelve months to October: quiet until August, when three people came; 33 in September and October. */
    static List<IndicatorService.MonthTrend> trend() {
        List<IndicatorService.MonthTrend> months = new ArrayList<>();
        for (YearMonth month = OCTOBER.minusMonths(11); month.isBefore(OCTOBER.minusMonths(2)); month = month.plusMonths(1)) {
            months.add(new IndicatorService.MonthTrend(month, 0, 0, new PublishedCell.Shown(0)));
        }
        months.add(new IndicatorService.MonthTrend(OCTOBER.minusMonths(2), 9, 3,
                new PublishedCell.Hidden(SuppressionReason.PRIMARY)));
        months.add(new IndicatorService.MonthTrend(OCTOBER.minusMonths(1), 150, 50, new PublishedCell.Shown(33)));
        months.add(new IndicatorService.MonthTrend(OCTOBER, 180, 60.5, new PublishedCell.Shown(33)));
        return months;
    }

    @Test
    void the_spanish_report_names_its_unit_and_month_and_prints_small_counts_as_marks() throws Exception {
        String text = text(pdf.write(new MonthlyReportPdf.Content(october(), trend(), false, LocalDate.of(2026, 11, 2)),
                Translations.SPANISH));

        assertThat(text).contains("Informe mensual de las Infoplazas", "David — Chiriquí", "Octubre 2026",
                "Generado el 2 de noviembre de 2026", "Uso de estaciones", "Miembros atendidos por centro, por sexo",
                "Los últimos doce meses");
        assertThat(text).as("the legend of the marks on the title page")
                .contains("<5: entre 1 y 4", "x: cifra de 5 o más");
        assertThat(text).as("sessions count visits and are shown as they are").containsPattern("PAN-01\\s*123\\s*4\\s*40.5");
        assertThat(text).as("PAN-01's one man").containsPattern("PAN-01\\s*x\\s*<5\\s*13\\b")
                .doesNotContainPattern("PAN-01\\s*12\\s*1\\b");
        assertThat(text).as("the two men across the centres, and the 31 women that would give them away")
                .containsPattern("David — Chiriquí\\s*x\\s*<5\\s*33").doesNotContain("31");
        assertThat(text).as("August's three members in the trend").containsPattern("Agosto 2026\\s*9\\s*3.0\\s*<5");
        assertThat(text).contains("Columna discontinua: cifra no publicada");
    }

    @Test
    void the_english_report_has_english_headings_and_the_same_figures() throws Exception {
        String text = text(pdf.write(new MonthlyReportPdf.Content(october(), trend(), false, LocalDate.of(2026, 11, 2)),
                Locale.ENGLISH));

        assertThat(text).contains("Infoplaza monthly report", "October 2026", "Generated on November 2, 2026",
                "Station use", "Members served per centre", "<5: between 1 and 4", "Page 1");
        assertThat(text).doesNotContain("Informe mensual", "Uso de estaciones", "Página");
        assertThat(text).containsPattern("PAN-01\\s*x\\s*<5\\s*13\\b");
    }

    @Test
    void a_centres_own_report_does_not_repeat_its_one_row_as_a_per_centre_table() throws Exception {
        String text = text(pdf.write(new MonthlyReportPdf.Content(october(), trend(), true, LocalDate.of(2026, 11, 2)),
                Translations.SPANISH));

        assertThat(text).contains("Miembros atendidos en todos los centros, por sexo")
                .doesNotContain("Miembros atendidos por centro, por sexo");
    }

    static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }
}

package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.util.Locale;
import org.infoplaza.reporting.EquityReport;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartKind;

/**
 * The equity indicators of the month in {@link IndicatorsView}: the members served across the centres by
 * ethnicity, Afro-descendance, disability and corregimiento, each a table already suppressed by
 * {@link IndicatorService#equity}, with a chart of the ethnicities and downloads of every table.
 */
class EquitySection extends Div {

    final PublishedTable ethnicity;
    final PublishedTable afroDescendant;
    final PublishedTable disability;
    final PublishedTable corregimientos;
    final Chart ethnicityChart = new Chart();

    private final IndicatorService indicators;
    private final Locale locale;

    EquitySection(IndicatorService indicators, Locale locale) {
        this.indicators = indicators;
        this.locale = locale;
        addClassName("equity-section");
        String total = getTranslation("reporting.total");
        ethnicity = new PublishedTable(getTranslation("access.ethnicity"), "", total);
        afroDescendant = new PublishedTable(getTranslation("access.afro"), "", total);
        disability = new PublishedTable(getTranslation("access.disability"), "", total);
        corregimientos = new PublishedTable(getTranslation("access.corregimientos"), "", total);
        Paragraph definition = new Paragraph(getTranslation("access.definition.equity"));
        definition.addClassName("indicator-definition");
        add(new H2(getTranslation("access.heading.equity")), ethnicityChart, ethnicity, afroDescendant, disability,
                corregimientos, definition);
    }

    /** Shows the month of the municipality (or the country when null). */
    void show(YearMonth month, Long municipalityId) {
        EquityReport report = indicators.equity(month, municipalityId, locale);
        String suffix = "-" + month;
        ethnicity.show(report.ethnicity(), getTranslation("access.file.ethnicity") + suffix);
        afroDescendant.show(report.afroDescendant(), getTranslation("access.file.afro") + suffix);
        disability.show(report.disability(), getTranslation("access.file.disability") + suffix);
        corregimientos.show(report.corregimientos(), getTranslation("access.file.corregimientos") + suffix);
        ethnicityChart.setData(PublishedCharts.breakdown(ChartKind.BAR, getTranslation("access.ethnicity"),
                getTranslation("reporting.members"), report.ethnicity()));
    }
}

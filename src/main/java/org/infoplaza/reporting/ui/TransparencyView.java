package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.reporting.PublicMonth;
import org.infoplaza.shared.ui.LanguageSwitch;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartKind;

/**
 * The public transparency page, without sign-in: for a month that is over, the country's or one
 * municipality's station sessions and hours, and the members served by sex and by age band, with charts,
 * tables and the legend of the marks. Everything comes from {@link IndicatorService#publicMonth}, already
 * suppressed and never per centre.
 */
@Route(value = "transparencia", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/reporting.css")
class TransparencyView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS_BACK = 12;

    final ComboBox<YearMonth> month = new ComboBox<>();
    final ComboBox<MunicipalityOption> municipality = new ComboBox<>();
    final H2 heading = new H2();
    final Paragraph totals = new Paragraph();
    final Chart sexChart = new Chart();
    final Chart ageChart = new Chart();
    final Paragraph emptyState = new Paragraph();
    final Div charts = new Div();
    final PublishedTable bySex;
    final PublishedTable byAgeBand;

    private final IndicatorService indicators;
    private final Locale locale;

    TransparencyView(IndicatorService indicators, Clock clock) {
        this.indicators = indicators;
        this.locale = getLocale();
        addClassName("transparency-view");
        addClassName("indicators-view");
        setMaxWidth("72rem");
        H1 title = new H1(getTranslation("reporting.public.title"));
        HorizontalLayout top = new HorizontalLayout(title, new LanguageSwitch());
        top.setWidthFull();
        // On a phone the language switch goes under the title instead of pushing the page sideways.
        top.setWrap(true);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        String total = getTranslation("reporting.total");
        bySex = new PublishedTable(getTranslation("reporting.members.together.by-sex"), "", total);
        byAgeBand = new PublishedTable(getTranslation("reporting.members.together.by-age-band"), "", total);
        charts.add(sexChart, ageChart);
        charts.addClassName("indicator-charts");
        emptyState.addClassName("indicator-empty");
        totals.addClassName("public-totals");
        add(top, new Paragraph(getTranslation("reporting.public.intro")), createFilters(clock), heading, totals,
                emptyState, charts, bySex, byAgeBand, definition("reporting.definition.sessions"),
                definition("reporting.definition.members-together"));
        refresh();
    }

    private HorizontalLayout createFilters(Clock clock) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        ReportFilters.months(month, last, MONTHS_BACK, last, locale, this::refresh);
        ReportFilters.municipalities(municipality, indicators.publicMunicipalities(), this::refresh);
        HorizontalLayout filters = new HorizontalLayout(month, municipality);
        filters.setWrap(true);
        return filters;
    }

    void refresh() {
        MunicipalityOption unit = municipality.getValue();
        PublicMonth shown = indicators.publicMonth(month.getValue(), unit == null ? null : unit.id(), locale);
        heading.setText(getTranslation("reporting.heading", shown.unitName(), monthName(shown.month())));
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMaximumFractionDigits(1);
        totals.setText(getTranslation("reporting.public.totals", whole.format(shown.centres()),
                whole.format(shown.sessions()), oneDecimal.format(shown.hours())));
        emptyState.setText(getTranslation("reporting.empty", monthName(shown.month())));
        emptyState.setVisible(shown.sessions() == 0);
        charts.setVisible(shown.sessions() > 0);
        String suffix = "-" + shown.month();
        bySex.show(shown.membersBySex(), getTranslation("reporting.file.together-by-sex") + suffix);
        byAgeBand.show(shown.membersByAgeBand(), getTranslation("reporting.file.together-by-age-band") + suffix);
        sexChart.setData(PublishedCharts.breakdown(ChartKind.DONUT,
                getTranslation("reporting.members.together.by-sex"), getTranslation("reporting.members"),
                shown.membersBySex()));
        ageChart.setData(PublishedCharts.breakdown(ChartKind.BAR,
                getTranslation("reporting.members.together.by-age-band"), getTranslation("reporting.members"),
                shown.membersByAgeBand()));
    }

    private Paragraph definition(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("indicator-definition");
        return text;
    }

    private String monthName(YearMonth value) {
        return MonthNames.of(value, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.public.title");
    }
}

package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.reporting.PublicMonth;
import org.infoplaza.reporting.PublishedCell;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.chart.ChartValue;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public transparency page, with nobody signed in: last month's figures for the country, with every
 * count of people either 0, at least 5 or a mark, in the tables and in the charts; no month that is not
 * over; and nothing in what it receives that could name a centre's member.
 */
@IntegrationTest
class TransparencyViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcTemplate jdbc;

    YearMonth sessionsMonth;

    @BeforeEach
    void setUp() {
        sessionsMonth = YearMonth.from(WorkshopDesk.monday());
        stationUse.morningOfWalkIns(
                List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        // A month later, the month of those sessions is over and may be published.
        clock.standAt(WorkshopDesk.mondayAt(9, 0).plusMonths(1));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void anyone_sees_last_months_figures_with_no_small_count_of_people() {
        TransparencyView view = navigate(TransparencyView.class);

        assertThat(view.month.getValue()).isEqualTo(sessionsMonth);
        assertThat(view.totals.getText()).contains("Sesiones");
        for (PublishedTable table : List.of(view.bySex, view.byAgeBand)) {
            assertThat(table.grid.getGenericDataView().getItems().flatMap(row -> row.stream().skip(1)))
                    .isNotEmpty().allSatisfy(TransparencyViewTest::publishable);
        }
        assertThat(view.sexChart.getData().series().getFirst().values()).allSatisfy(value -> {
            if (value instanceof ChartValue.Amount amount) {
                assertThat(amount.value()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(5));
            }
        });
    }

    @Test
    void a_month_that_is_not_over_is_not_published_and_nothing_names_anyone() {
        assertThatThrownBy(() -> indicators.publicMonth(YearMonth.now(clock), null, Locale.of("es")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.public.month-not-over"));
        assertThat(Arrays.stream(PublicMonth.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("month", "unitName", "centres", "sessions", "hours", "membersBySex",
                        "membersByAgeBand");
        PublicMonth month = indicators.publicMonth(sessionsMonth, null, Locale.of("es"));
        for (SuppressedTable table : List.of(month.membersBySex(), month.membersByAgeBand())) {
            assertThat(table.rowLabels()).as("the centres together, never a centre").hasSize(1);
            for (int c = 0; c < table.columnLabels().size(); c++) {
                if (table.cell(0, c) instanceof PublishedCell.Shown shown) {
                    assertThat(shown.value()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                            v -> assertThat(v).isGreaterThanOrEqualTo(5));
                }
            }
        }
    }

    /** A new installation, or a municipality whose centres are not open yet, shows zeros, not an error page. */
    @Test
    void a_municipality_without_centres_yet_shows_zeros() {
        jdbc.update("INSERT INTO municipality (province_id, name) SELECT id, ? FROM province WHERE iso_code = 'PA-8'",
                Fixtures.unique("Sin centros"));
        long empty = jdbc.queryForObject("SELECT MAX(id) FROM municipality", Long.class);

        PublicMonth month = indicators.publicMonth(sessionsMonth, empty, Locale.of("es"));

        assertThat(month.centres()).isZero();
        assertThat(month.sessions()).isZero();
        assertThat(month.membersBySex().grandTotal().display()).isEqualTo("0");
        TransparencyView view = navigate(TransparencyView.class);
        view.municipality.setValue(view.municipality.getListDataView().getItems()
                .filter(m -> m.id() == empty).findFirst().orElseThrow());
        assertThat(view.totals.getText()).startsWith("Centros: 0");
    }

    private static void publishable(String cell) {
        if (cell.matches("\u2248?\\d[\\d,.]*")) {
            int value = Integer.parseInt(cell.replaceAll("[,.\u2248]", ""));
            assertThat(value).as("a published count").satisfiesAnyOf(v -> assertThat(v).isZero(),
                    v -> assertThat(v).isGreaterThanOrEqualTo(5));
        } else {
            assertThat(cell).isIn("<5", "x");
        }
    }
}

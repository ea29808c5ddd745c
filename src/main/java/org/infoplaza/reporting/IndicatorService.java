package org.infoplaza.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators as they leave a centre: for the secretariat and administrators, a month of one
 * municipality's centres or of the whole country, read from the rollups and passed through
 * {@link Suppression} before they are returned, so no small count of people ever reaches a screen, an
 * export or a mail. Today: station use (see {@link StationUseReport}), access ({@link AccessReport},
 * {@link OccupancyGrid}) and equity ({@link EquityReport}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    static final int TREND_MONTHS = 12;

    private final StationUseRollups rollups;
    private final ReportUnits units;
    private final CentreService centres;
    private final Translations translations;
    private final Clock clock;
    private final AccessReports access;

    IndicatorService(StationUseRollups rollups, CentreService centres, Translations translations, Clock clock,
            AccessReports access, ReportUnits units) {
        this.rollups = rollups;
        this.centres = centres;
        this.translations = translations;
        this.clock = clock;
        this.access = access;
        this.units = units;
    }

    /**
     * Station use in a month at the active centres of one municipality, or of the whole country when
     * {@code municipalityId} is null. Labels (sexes, age bands) are in the given language.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public StationUseReport stationUse(YearMonth month, Long municipalityId, Locale locale) {
        return report(month, municipalityId, locale);
    }

    /**
     * The public page's month: anyone may ask, signed in or not, for a month that is over. Only the
     * centres-together figures leave, suppressed; the centres and municipalities are read as the system.
     */
    @PreAuthorize("permitAll()")
    public PublicMonth publicMonth(YearMonth month, Long municipalityId, Locale locale) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new DomainException("reporting.public.month-not-over");
        }
        StationUseReport report = SystemAuthentication.call(() -> report(month, municipalityId, locale));
        StationUseReport.Activity together = report.activity().getLast();
        return new PublicMonth(month, report.unitName(), report.centres().size(), together.sessions(), together.hours(),
                report.togetherBySex(), report.togetherByAgeBand());
    }

    /**
     * The twelve months up to {@code last}, for the trend chart: sessions and station hours as they are, and
     * the members served across the centres, hidden as "<5" when fewer than five.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public List<MonthTrend> trend(YearMonth last, Long municipalityId) {
        Set<Long> ids = new LinkedHashSet<>(units.rows(municipalityId).stream()
                .map(StationUseReport.CentreRow::id).toList());
        List<MonthTrend> months = new ArrayList<>();
        for (StationUseRollups.MonthTotals together : rollups.totalsOf(last.minusMonths(TREND_MONTHS - 1), last, ids)) {
            PublishedCell members = Suppression.apply(CountTable.breakdown("", List.of(""),
                    Math.toIntExact(together.uniqueMembers()))).cell(0, 0);
            months.add(new MonthTrend(together.month(), together.sessions(), together.hours(), members));
        }
        return months;
    }

    /** One month of the trend; {@code members} is published (a count, or hidden). */
    public record MonthTrend(YearMonth month, long sessions, double hours, PublishedCell members) {
    }

    /** The municipalities the public page offers. */
    @PreAuthorize("permitAll()")
    public List<MunicipalityOption> publicMunicipalities() {
        return SystemAuthentication.call(centres::municipalities);
    }

    /**
     * Access in a month at the active centres of one municipality, or of the whole country when
     * {@code municipalityId} is null: occupancy, bookings and no-shows, the walk-in queue's median wait,
     * sessions by purpose of visit and new registrations by sex and age band (see {@link AccessReport}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public AccessReport access(YearMonth month, Long municipalityId, Locale locale) {
        return access.access(month, municipalityId, locale);
    }

    /**
     * The members served in a month across the centres of one municipality or the country, by ethnicity,
     * Afro-descendance, disability and corregimiento (see {@link EquityReport}), each table suppressed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public EquityReport equity(YearMonth month, Long municipalityId, Locale locale) {
        return access.equity(month, municipalityId, locale);
    }

    /**
     * Occupancy by weekday and hour in a month, for one centre ({@code centreId}) or for the centres of a
     * municipality or the country together (a heat map's input).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public OccupancyGrid occupancyGrid(YearMonth month, Long municipalityId, Long centreId, Locale locale) {
        return access.grid(month, municipalityId, centreId, locale);
    }

    private StationUseReport report(YearMonth month, Long municipalityId, Locale locale) {
        String unit = units.name(municipalityId, locale);
        List<StationUseReport.CentreRow> rows = units.rows(municipalityId);
        Set<Long> ids = new LinkedHashSet<>(rows.stream().map(StationUseReport.CentreRow::id).toList());
        StationUseMonth figures = rollups.figuresOf(month, ids);

        List<StationUseReport.Activity> activity = new ArrayList<>();
        for (StationUseReport.CentreRow row : rows) {
            activity.add(activity(row.id(), figures.byCentre().get(row.id())));
        }
        activity.add(activity(null, figures.together()));

        List<String> centreLabels = rows.stream().map(StationUseReport.CentreRow::code).toList();
        List<Sex> sexes = Arrays.asList(Sex.values());
        List<AgeBand> bands = Arrays.asList(AgeBand.values());
        List<String> sexLabels = sexes.stream().map(s -> translations.getTranslation("member.sex." + s.name(), locale))
                .toList();
        List<String> bandLabels = bands.stream()
                .map(b -> translations.getTranslation("member.filter.age-band." + b.name(), locale)).toList();
        IntFunction<String> others = n -> translations.getTranslation("reporting.other-centres", locale, n);
        SuppressedTable bySex = SmallRows.publish(CountTable.perRow(centreLabels, sexLabels, rows,
                row -> CountTable.inOrder(figures.byCentre().get(row.id()).membersBySex(), sexes)), others);
        SuppressedTable byBand = SmallRows.publish(CountTable.perRow(centreLabels, bandLabels, rows,
                row -> CountTable.inOrder(figures.byCentre().get(row.id()).membersByAgeBand(), bands)), others);
        SuppressedTable togetherBySex = Suppression.apply(CountTable.breakdown(unit, sexLabels,
                CountTable.inOrder(figures.together().membersBySex(), sexes)));
        SuppressedTable togetherByBand = Suppression.apply(CountTable.breakdown(unit, bandLabels,
                CountTable.inOrder(figures.together().membersByAgeBand(), bands)));
        int[][] cross = new int[sexes.size()][bands.size()];
        figures.together().membersBySexAndAgeBand().forEach((sex, byAgeBand) -> byAgeBand.forEach(
                (band, n) -> cross[sexes.indexOf(sex)][bands.indexOf(band)] += Math.toIntExact(n)));
        SuppressedTable bySexAndBand = Suppression.apply(CountTable.of(sexLabels, bandLabels, cross));
        return new StationUseReport(month, unit, rows, activity, bySex, byBand, togetherBySex, togetherByBand,
                bySexAndBand);
    }

    private static StationUseReport.Activity activity(Long centreId, StationUseFigures f) {
        return new StationUseReport.Activity(centreId, f.sessions(), f.guestSessions(), f.hours(),
                f.averageSessionMinutes());
    }
}

package org.infoplaza.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
 * municipality's centres or of the whole country, read from the rollups; every count of people is published
 * from the month's release ({@link Releases}), protected together with everything else published for the
 * month, so no small count of people ever reaches a screen, an export or a mail, alone or by difference. Today: station use (see {@link StationUseReport}), access ({@link AccessReport},
 * {@link OccupancyGrid}) and equity ({@link EquityReport}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    static final int TREND_MONTHS = 12;

    private final StationUseRollups rollups;
    private final StationUseReports stationUse;
    private final ReportUnits units;
    private final CentreService centres;
    private final Clock clock;
    private final AccessReports access;
    private final Releases releases;

    IndicatorService(StationUseRollups rollups, StationUseReports stationUse, CentreService centres, Clock clock,
            AccessReports access, ReportUnits units, Releases releases) {
        this.rollups = rollups;
        this.stationUse = stationUse;
        this.centres = centres;
        this.clock = clock;
        this.access = access;
        this.units = units;
        this.releases = releases;
    }

    /**
     * The first month with figures: the month the first centre opened, or, when an opening date was never
     * recorded, the first month with any station use; empty before anything was recorded.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public Optional<YearMonth> firstMonth() {
        Optional<YearMonth> opened = units.firstOpenMonth();
        return opened.isPresent() ? opened : rollups.firstMonth();
    }

    /**
     * Station use in a month at the active centres of one municipality, or of the whole country when
     * {@code municipalityId} is null. Labels (sexes, age bands) are in the given language.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public StationUseReport stationUse(YearMonth month, Long municipalityId, Locale locale) {
        return stationUse.report(month, municipalityId, locale, releases.publisher(month));
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
        StationUseReport report = SystemAuthentication.call(
                () -> stationUse.report(month, municipalityId, locale, releases.publisher(month)));
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
        Set<Long> ids = new LinkedHashSet<>(units.rows(municipalityId, last).stream()
                .map(StationUseReport.CentreRow::id).toList());
        List<MonthTrend> months = new ArrayList<>();
        for (StationUseRollups.MonthTotals together : rollups.totalsOf(last.minusMonths(TREND_MONTHS - 1), last, ids)) {
            PublishedCell members = releases.publisher(together.month()).cell(
                    StationUseReports.servedKey(municipalityId), Math.toIntExact(together.uniqueMembers()));
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
        return access.access(month, municipalityId, locale, releases.publisher(month));
    }

    /**
     * The members served in a month across the centres of one municipality or the country, by ethnicity,
     * Afro-descendance, disability and corregimiento (see {@link EquityReport}), each table suppressed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public EquityReport equity(YearMonth month, Long municipalityId, Locale locale) {
        return access.equity(month, municipalityId, locale, releases.publisher(month));
    }

    /**
     * Occupancy by weekday and hour in a month, for one centre ({@code centreId}) or for the centres of a
     * municipality or the country together (a heat map's input).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public OccupancyGrid occupancyGrid(YearMonth month, Long municipalityId, Long centreId, Locale locale) {
        return access.grid(month, municipalityId, centreId, locale);
    }

}

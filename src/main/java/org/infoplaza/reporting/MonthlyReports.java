package org.infoplaza.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.SystemAuthentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report as a PDF, with charts and tables, for the whole country, a municipality or one centre.
 * It leaves the centre (it is printed, filed and mailed), so it is built only from what
 * {@link IndicatorService} publishes: suppressed tables and published cells.
 *
 * <p>A centre's report prints the centre's row of its municipality's per-centre tables, exactly as the
 * secretariat sees it, rather than suppressing the centre on its own: two different patterns of hidden cells
 * for the same figures could be laid side by side to give a small count back.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyReports {

    private final IndicatorService indicators;
    private final StationUseRollups rollups;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final MonthlyReportPdf pdf;
    private final Clock clock;
    private final Releases releases;

    MonthlyReports(IndicatorService indicators, StationUseRollups rollups, CentreService centres,
            CurrentUser currentUser, MonthlyReportPdf pdf, Clock clock, Releases releases) {
        this.releases = releases;
        this.indicators = indicators;
        this.rollups = rollups;
        this.centres = centres;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The month of one municipality's centres, or of the whole country when {@code municipalityId} is null. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public byte[] pdf(YearMonth month, Long municipalityId, Locale locale) {
        StationUseReport report = indicators.stationUse(month, municipalityId, locale);
        List<IndicatorService.MonthTrend> trend = indicators.trend(month, municipalityId);
        return pdf.write(new MonthlyReportPdf.Content(report, trend, false, LocalDate.now(clock)), locale);
    }

    /**
     * The month of one centre, for administrators, the secretariat and the centre's own operators; any other
     * centre is not found for them.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'OPERATOR')")
    public byte[] centrePdf(YearMonth month, long centreId, Locale locale) {
        currentUser.checkCentre(centreId);
        CentreDetails centre = centres.get(centreId);
        StationUseReport municipality = SystemAuthentication.call(
                () -> indicators.stationUse(month, centre.municipalityId(), locale));
        StationUseReport report = CentreReport.of(municipality, centre, rollups.figuresOf(month, Set.of(centreId)),
                pdf.unitOf(centre, locale));
        return pdf.write(new MonthlyReportPdf.Content(report, trend(month, centreId), true, LocalDate.now(clock)),
                locale);
    }

    /** As {@link IndicatorService#trend}, for one centre: its members served in each month, as each month's release publishes them. */
    private List<IndicatorService.MonthTrend> trend(YearMonth last, long centreId) {
        List<IndicatorService.MonthTrend> months = new ArrayList<>();
        for (YearMonth month = last.minusMonths(IndicatorService.TREND_MONTHS - 1); !month.isAfter(last);
                month = month.plusMonths(1)) {
            StationUseFigures figures = rollups.figuresOf(month, Set.of(centreId)).together();
            PublishedCell members = releases.publisher(month).cell(StationUseReports.servedAtCentreKey(centreId),
                    Math.toIntExact(figures.uniqueMembers()));
            months.add(new IndicatorService.MonthTrend(month, figures.sessions(), figures.hours(), members));
        }
        return months;
    }
}

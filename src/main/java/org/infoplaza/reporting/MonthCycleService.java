package org.infoplaza.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CentreService;
import org.infoplaza.reporting.MonthReportTables.Snapshot;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly cycle of a centre's figures. On the first of each month the month before is computed for every
 * active centre ({@link MonthClosing}); the centre's staff review it and submit it; the secretariat accepts
 * it, which locks it, or sends it back with a reason. Each of those steps keeps a snapshot of the figures, so
 * a late correction of the rollups after acceptance never changes what was accepted but shows as a new
 * revision ({@link #recordCorrections}).
 *
 * <p>Every change takes the month's row lock first and then compares the version the screen had: of two
 * people accepting at once, the second waits for the first and is refused, and one acceptance is recorded.
 * Operators reach only their own centres; the secretariat sees every centre but only uses counts (sessions,
 * hours), never counts of people per centre.
 */
@Service
@Transactional(readOnly = true)
public class MonthCycleService {

    static final int TREND_MONTHS = 12;
    static final int REASON_MAX = 1000;
    private static final Set<MonthReportStatus> SENT = EnumSet.of(MonthReportStatus.SUBMITTED, MonthReportStatus.ACCEPTED);

    private final MonthReportRepository reports;
    private final MonthReportTables tables;
    private final StationUseRollups rollups;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    MonthCycleService(MonthReportRepository reports, MonthReportTables tables, StationUseRollups rollups,
            CentreService centres, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.rollups = rollups;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The centre's month in detail, for its own staff. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public CentreMonth centreMonth(long centreId, YearMonth month) {
        currentUser.checkCentre(centreId);
        StationUseFigures figures = figuresOf(centreId, month);
        Optional<MonthReport> report = reports.findByCentreIdAndReportMonth(centreId, month.atDay(1));
        if (report.isEmpty()) {
            return new CentreMonth(centreId, month, isOver(month), figures, null, List.of(), List.of(), false);
        }
        List<Snapshot> snapshots = tables.snapshots(report.get().getId());
        boolean changed = !snapshots.isEmpty() && !MonthReportTables.sameFigures(snapshots.getLast().figures(), figures);
        return new CentreMonth(centreId, month, isOver(month), figures, summary(report.get(), snapshots),
                MonthReportTables.revisions(snapshots), tables.reopenings(report.get().getId()), changed);
    }

    /** The twelve months up to {@code last} at the centre, for its staff's trend chart. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<CentreTrendMonth> centreTrend(long centreId, YearMonth last) {
        currentUser.checkCentre(centreId);
        List<CentreTrendMonth> months = new ArrayList<>();
        for (YearMonth month = last.minusMonths(TREND_MONTHS - 1); !month.isAfter(last); month = month.plusMonths(1)) {
            StationUseFigures f = figuresOf(centreId, month);
            months.add(new CentreTrendMonth(month, f.sessions(), f.hours(), f.uniqueMembers()));
        }
        return months;
    }

    /**
     * The centre sends its month to the secretariat. Only a month that is over, and not while it is submitted
     * or accepted. A month the job has not computed (before the cycle existed) is computed here first.
     * {@code version} is the one the screen showed; it is not checked for a month that did not exist yet.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MonthReportSummary submit(long centreId, YearMonth month, long version) {
        currentUser.checkCentre(centreId);
        if (!isOver(month)) {
            throw new DomainException("monthcycle.refused.month-not-over");
        }
        StaffPrincipal who = currentUser.require();
        Instant now = clock.instant();
        boolean created = tables.createIfAbsent(centreId, month, now);
        MonthReport report = reports.lockByCentreAndMonth(centreId, month.atDay(1)).orElseThrow(NotFoundException::new);
        StationUseFigures figures = figuresOf(centreId, month);
        if (created) {
            tables.snapshot(report.getId(), RevisionOccasion.COMPUTED, figures, who.displayName(), now);
        } else {
            report.checkVersion(version);
        }
        report.submit(who, now);
        return save(report, RevisionOccasion.SUBMITTED, figures, who, now);
    }

    /** The secretariat accepts a submitted month; from then on it is locked until reopened. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public MonthReportSummary accept(long reportId, long version) {
        StaffPrincipal who = currentUser.require();
        MonthReport report = reports.lockById(reportId).orElseThrow(NotFoundException::new);
        report.checkVersion(version);
        Instant now = clock.instant();
        report.accept(who, now);
        return save(report, RevisionOccasion.ACCEPTED, figuresOf(report.getCentreId(), report.month()), who, now);
    }

    /** Sends a submitted or accepted month back to its centre, with the reason recorded. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public MonthReportSummary reopen(long reportId, long version, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("monthcycle.refused.reason-required");
        }
        if (why.length() > REASON_MAX) {
            throw new DomainException("monthcycle.refused.reason-too-long", REASON_MAX);
        }
        StaffPrincipal who = currentUser.require();
        MonthReport report = reports.lockById(reportId).orElseThrow(NotFoundException::new);
        report.checkVersion(version);
        report.reopen(why);
        Instant now = clock.instant();
        tables.reopened(reportId, who.id(), who.displayName(), why, now);
        reports.saveAndFlush(report);
        return summary(report, tables.snapshots(reportId));
    }

    /**
     * Compares the month's latest snapshot with the rollups as they are now and, when they differ (a late
     * check-out, a correction, a rebuild), records the figures as a new revision. Returns the new revision's
     * number, or empty when nothing changed. An accepted month stays accepted: the revision shows the change.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public Optional<Integer> recordCorrections(long reportId) {
        MonthReport report = reports.lockById(reportId).orElseThrow(NotFoundException::new);
        StationUseFigures figures = figuresOf(report.getCentreId(), report.month());
        Optional<Snapshot> last = tables.lastSnapshot(reportId);
        if (last.isPresent() && MonthReportTables.sameFigures(last.get().figures(), figures)) {
            return Optional.empty();
        }
        return Optional.of(tables.snapshot(reportId, RevisionOccasion.CORRECTED, figures,
                currentUser.require().displayName(), clock.instant()).revision());
    }

    /** The centre-months of a month for the secretariat, by state and municipality. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public Page<MonthReportRow> page(MonthReportFilter filter, Pageable pageable) {
        Map<Long, CentreOption> known = new HashMap<>();
        centres.accessibleCentres().forEach(c -> known.put(c.id(), c));
        List<Long> ids = null;
        if (filter.municipalityId() != null) {
            ids = known.keySet().stream()
                    .filter(id -> centres.get(id).municipalityId() == filter.municipalityId()).toList();
        }
        Page<MonthReport> page = reports.search(filter.month().atDay(1), filter.status(), ids == null,
                ids == null || ids.isEmpty() ? List.of(-1L) : ids, pageable);
        return page.map(report -> {
            CentreOption centre = known.computeIfAbsent(report.getCentreId(), this::option);
            List<Snapshot> snapshots = tables.snapshots(report.getId());
            StationUseFigures last = snapshots.isEmpty() ? null : snapshots.getLast().figures();
            return new MonthReportRow(summary(report, snapshots), centre.code(), centre.name(),
                    last == null ? 0 : last.sessions(), last == null ? 0 : last.hours());
        });
    }

    /** The ids of a month's centre-months, for going through them one by one (with progress). */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public List<Long> reportIdsOf(YearMonth month) {
        return reports.idsOf(month.atDay(1), month.atDay(1), EnumSet.allOf(MonthReportStatus.class));
    }

    /** The month's revisions, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'OPERATOR')")
    public List<MonthRevision> revisions(long reportId) {
        MonthReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(report.getCentreId());
        return MonthReportTables.revisions(tables.snapshots(reportId));
    }

    /** Why and when the month was sent back, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'OPERATOR')")
    public List<MonthReopening> reopenings(long reportId) {
        MonthReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(report.getCentreId());
        return tables.reopenings(reportId);
    }

    /**
     * For the monthly job: creates the month of each active centre open in it with a first snapshot (a month that exists
     * already is left alone), and records late corrections of the submitted and accepted months of the year
     * before. Returns how many centre-months were created.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int close(YearMonth month) {
        StaffPrincipal who = currentUser.require();
        Instant now = clock.instant();
        int created = 0;
        for (CentreDetails centre : centres.accessibleCentreDetails()) {
            // A centre opened after the month has no month to report.
            if (centre.openIn(month) && tables.createIfAbsent(centre.id(), month, now)) {
                MonthReport report = reports.findByCentreIdAndReportMonth(centre.id(), month.atDay(1)).orElseThrow();
                tables.snapshot(report.getId(), RevisionOccasion.COMPUTED, figuresOf(centre.id(), month),
                        who.displayName(), now);
                created++;
            }
        }
        for (long id : reports.idsOf(month.minusMonths(TREND_MONTHS).atDay(1), month.minusMonths(1).atDay(1), SENT)) {
            recordCorrections(id);
        }
        return created;
    }

    private MonthReportSummary save(MonthReport report, RevisionOccasion occasion, StationUseFigures figures,
            StaffPrincipal who, Instant now) {
        reports.saveAndFlush(report);
        tables.snapshot(report.getId(), occasion, figures, who.displayName(), now);
        return summary(report, tables.snapshots(report.getId()));
    }

    private static MonthReportSummary summary(MonthReport report, List<Snapshot> snapshots) {
        return report.toSummary(snapshots.isEmpty() ? 0 : snapshots.getLast().revision());
    }

    private StationUseFigures figuresOf(long centreId, YearMonth month) {
        return rollups.figuresOf(month, Set.of(centreId)).byCentre().get(centreId);
    }

    private boolean isOver(YearMonth month) {
        return month.isBefore(YearMonth.now(clock));
    }

    private CentreOption option(long centreId) {
        CentreDetails centre = centres.get(centreId);
        return new CentreOption(centre.id(), centre.code(), centre.name());
    }
}

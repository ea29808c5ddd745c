package org.infoplaza.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.CompletedSession;
import org.infoplaza.member.MemberService;
import org.infoplaza.reporting.RollupTables.MemberCount;
import org.infoplaza.reporting.StationUse.DayShare;
import org.infoplaza.reporting.StationUse.MemberUse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Station use per centre and month, and for groups of centres (a municipality, the nation), read from the
 * rollup tables that every check-out keeps up to date ({@link SessionCounting}), never from the raw
 * sessions. Administrators and the secretariat read it; it returns counts only, never a member's id.
 * Administrators (and the system's jobs) can rebuild any period from the completed sessions, which gives
 * the same figures as the check-outs counted.
 */
@Service
@Transactional(readOnly = true)
public class StationUseRollups {

    private final RollupTables tables;
    private final MemberCountTables counts;
    private final MemberScopes scopes;
    private final BookingService bookings;
    private final MemberService members;
    private final AccessRebuild access;

    StationUseRollups(RollupTables tables, MemberCountTables counts, MemberScopes scopes, BookingService bookings,
            MemberService members, AccessRebuild access) {
        this.tables = tables;
        this.counts = counts;
        this.scopes = scopes;
        this.bookings = bookings;
        this.members = members;
        this.access = access;
    }

    /** The first month with any station use recorded, if any. */
    Optional<YearMonth> firstMonth() {
        return tables.firstDay().map(YearMonth::from);
    }

    /**
     * The month's station use at each of these centres and at all of them together. For a municipality pass
     * its centres, for the nation every centre; a year of the whole country reads at most centres × days
     * rows.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public StationUseMonth month(YearMonth month, Set<Long> centreIds) {
        return figuresOf(month, centreIds);
    }

    /**
     * The same, unsuppressed, for {@link IndicatorService}, which suppresses small counts before anything
     * leaves this module; package-private so that the secretariat never receives raw figures. Reads the
     * member counts ({@link MemberCountTables}); the centres together from their scope's counts when the
     * scope stands for them that month ({@link MemberScopes}), else by de-duplicating their member rows.
     */
    StationUseMonth figuresOf(YearMonth month, Set<Long> centreIds) {
        if (centreIds.isEmpty()) {
            return new StationUseMonth(month, Map.of(), figures(List.of(), List.of()));
        }
        LocalDate first = month.atDay(1);
        Map<Long, DayShare> days = tables.daySums(centreIds, first, month.atEndOfMonth());
        Map<Long, List<MemberCount>> memberCounts = counts.centreCounts(centreIds, first);
        Map<Long, StationUseFigures> byCentre = new HashMap<>();
        for (long centreId : centreIds) {
            DayShare sums = days.get(centreId);
            byCentre.put(centreId, figures(sums == null ? List.of() : List.of(sums),
                    memberCounts.getOrDefault(centreId, List.of())));
        }
        if (centreIds.size() == 1) {
            return new StationUseMonth(month, byCentre, byCentre.values().iterator().next());
        }
        MemberScopes.Scope scope = scopes.of(centreIds);
        List<MemberCount> distinct = scopes.counts(scope, first) ? counts.scopeCounts(scope.id(), first)
                : tables.distinctMemberCounts(centreIds, first);
        return new StationUseMonth(month, byCentre, figures(days.values(), distinct));
    }

    /**
     * Sessions, minutes and distinct members of these centres together in each month from {@code first} to
     * {@code last}, for the trend: one query per table for all the months, not a {@link #figuresOf} each.
     */
    List<MonthTotals> totalsOf(YearMonth first, YearMonth last, Set<Long> centreIds) {
        LocalDate from = first.atDay(1);
        LocalDate to = last.atDay(1);
        Map<LocalDate, long[]> sums = centreIds.isEmpty() ? Map.of()
                : tables.monthSums(centreIds, from, last.atEndOfMonth());
        Map<LocalDate, Long> unique = new HashMap<>();
        if (!centreIds.isEmpty()) {
            MemberScopes.Scope scope = scopes.of(centreIds);
            Set<LocalDate> notCounted = scope == null ? months(first, last) : scopes.monthsNotCounted(scope, from, to);
            if (scope != null) {
                unique.putAll(counts.scopeTotals(scope.id(), from, to));
                unique.keySet().removeAll(notCounted);
            }
            if (!notCounted.isEmpty()) {
                unique.putAll(tables.distinctMembers(centreIds, notCounted));
            }
        }
        List<MonthTotals> totals = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long[] monthSums = sums.getOrDefault(month.atDay(1), new long[2]);
            totals.add(new MonthTotals(month, monthSums[0], monthSums[1], unique.getOrDefault(month.atDay(1), 0L)));
        }
        return totals;
    }

    /** A month of {@link #totalsOf}: sessions, minutes used within the month, distinct members. */
    record MonthTotals(YearMonth month, long sessions, long minutes, long uniqueMembers) {

        double hours() {
            return minutes / 60.0;
        }
    }

    private static Set<LocalDate> months(YearMonth first, YearMonth last) {
        Set<LocalDate> months = new LinkedHashSet<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month.atDay(1));
        }
        return months;
    }

    /**
     * Recomputes the rollups of the days {@code from} to {@code to} (inclusive) of one centre, or of every
     * centre when {@code centreId} is null, from the completed sessions; unique members for the whole months
     * those days fall in. The access rollups too ({@link AccessRebuild}): bookings for the days, occupancy,
     * purposes, queue waits and registrations for the whole months. Returns how many sessions that started
     * in the period were counted.
     *
     * <p>The member counts ({@link MemberCountTables}) of those months follow: the rebuilt centres' counts,
     * and every scope's members and counts (every municipality's and the nation's, not only the rebuilt
     * centre's, so a rebuild also puts right a centre that moved to another municipality), picked again from
     * all the centres' member rows.
     *
     * <p>It deletes before it reads anything: the deletes' locks hold back check-outs that would count in the
     * period until this commits, while the sessions it then reads include every check-out committed before.
     * Deleting the scopes' months holds back, everywhere, the check-outs that would change them (a member's
     * first use of the month, about a third of them) until this commits.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuild(LocalDate from, LocalDate to, Long centreId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A rebuild needs a period that ends on or after its start");
        }
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate lastMonth = to.withDayOfMonth(1);
        tables.deleteDays(from, to, centreId);
        tables.deleteMembers(firstMonth, lastMonth, centreId);
        counts.deleteCentreCounts(firstMonth, lastMonth, centreId);
        counts.deleteScopes(firstMonth, lastMonth, null);
        access.delete(from, to, firstMonth, lastMonth, centreId);
        // Every centre, active or not: a closed centre's past still counts.
        Map<Long, Long> municipalities = scopes.municipalities();
        int counted = 0;
        for (long id : centreId == null ? municipalities.keySet() : List.of(centreId)) {
            counted += rebuildCentre(id, from, to, firstMonth, lastMonth);
        }
        counts.recountCentres(firstMonth, lastMonth, centreId);
        counts.recountScope(MemberCountTables.NATION, municipalities.keySet(), firstMonth, lastMonth);
        for (long municipality : new TreeSet<>(municipalities.values())) {
            counts.recountScope(municipality, new LinkedHashSet<>(MemberScopes.ids(municipalities, municipality)),
                    firstMonth, lastMonth);
        }
        return counted;
    }

    private int rebuildCentre(long centreId, LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth) {
        // From the day before the first month: a session that crossed midnight into it gives it minutes.
        List<CompletedSession> sessions = bookings.completedSessions(centreId, firstMonth.minusDays(1),
                lastMonth.plusMonths(1).minusDays(1));
        Map<LocalDate, DayShare> days = new LinkedHashMap<>();
        Map<List<Object>, MemberUse> uses = new LinkedHashMap<>();
        int counted = 0;
        for (CompletedSession completed : sessions) {
            StationUse.Session session = StationUse.Session.of(completed);
            LocalDate started = session.start().toLocalDate();
            if (!started.isBefore(from) && !started.isAfter(to)) {
                counted++;
            }
            for (DayShare share : StationUse.dayShares(session)) {
                if (!share.day().isBefore(from) && !share.day().isAfter(to)) {
                    days.merge(share.day(), share, DayShare::plus);
                }
            }
            StationUse.memberUse(session)
                    .filter(use -> !use.month().isBefore(firstMonth) && !use.month().isAfter(lastMonth))
                    .ifPresent(use -> uses.merge(List.of(use.month(), use.memberId()), use, MemberUse::earlier));
        }
        tables.addDays(days.values());
        for (MemberUse use : uses.values()) {
            tables.addRebuilt(use, members.profileOf(use.memberId(), use.day()));
        }
        access.recount(centreId, from, to, firstMonth, lastMonth, sessions);
        return counted;
    }

    private static StationUseFigures figures(Iterable<DayShare> days, List<MemberCount> memberCounts) {
        long sessions = 0;
        long guests = 0;
        long minutes = 0;
        long sessionMinutes = 0;
        for (DayShare day : days) {
            sessions += day.sessions();
            guests += day.guestSessions();
            minutes += day.minutes();
            sessionMinutes += day.sessionMinutes();
        }
        long unique = memberCounts.stream().mapToLong(MemberCount::members).sum();
        return new StationUseFigures(sessions, guests, minutes, sessionMinutes, unique,
                MemberCount.bySex(memberCounts), MemberCount.byAgeBand(memberCounts),
                MemberCount.bySexAndAgeBand(memberCounts));
    }
}

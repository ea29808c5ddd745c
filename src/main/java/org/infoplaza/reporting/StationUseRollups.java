package org.infoplaza.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.CompletedSession;
import org.infoplaza.centre.CentreFilter;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.CentreSummary;
import org.infoplaza.member.MemberService;
import org.infoplaza.reporting.RollupTables.MemberCount;
import org.infoplaza.reporting.StationUse.DayShare;
import org.infoplaza.reporting.StationUse.MemberUse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    private static final int CENTRE_PAGE = 200;

    private final RollupTables tables;
    private final BookingService bookings;
    private final MemberService members;
    private final CentreService centres;
    private final AccessRebuild access;

    StationUseRollups(RollupTables tables, BookingService bookings, MemberService members, CentreService centres,
            AccessRebuild access) {
        this.tables = tables;
        this.bookings = bookings;
        this.members = members;
        this.centres = centres;
        this.access = access;
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
     * leaves this module; package-private so that the secretariat never receives raw figures.
     */
    StationUseMonth figuresOf(YearMonth month, Set<Long> centreIds) {
        if (centreIds.isEmpty()) {
            return new StationUseMonth(month, Map.of(), figures(List.of(), List.of()));
        }
        Map<Long, DayShare> days = tables.daySums(centreIds, month.atDay(1), month.atEndOfMonth());
        Map<Long, List<MemberCount>> memberCounts = tables.memberCounts(centreIds, month.atDay(1));
        Map<Long, StationUseFigures> byCentre = new HashMap<>();
        for (long centreId : centreIds) {
            DayShare sums = days.get(centreId);
            byCentre.put(centreId, figures(sums == null ? List.of() : List.of(sums),
                    memberCounts.getOrDefault(centreId, List.of())));
        }
        StationUseFigures together = figures(days.values(), tables.distinctMemberCounts(centreIds, month.atDay(1)));
        return new StationUseMonth(month, byCentre, together);
    }

    /**
     * Recomputes the rollups of the days {@code from} to {@code to} (inclusive) of one centre, or of every
     * centre when {@code centreId} is null, from the completed sessions; unique members for the whole months
     * those days fall in. The access rollups too ({@link AccessRebuild}): bookings for the days, occupancy,
     * purposes, queue waits and registrations for the whole months. Returns how many sessions that started
     * in the period were counted.
     *
     * <p>It deletes before it reads anything: the deletes' locks hold back check-outs that would count in the
     * period until this commits, while the sessions it then reads include every check-out committed before.
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
        access.delete(from, to, firstMonth, lastMonth, centreId);
        int counted = 0;
        for (long id : centreId == null ? allCentreIds() : List.of(centreId)) {
            counted += rebuildCentre(id, from, to, firstMonth, lastMonth);
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
            tables.add(use, members.profileOf(use.memberId(), use.day()));
        }
        access.recount(centreId, from, to, firstMonth, lastMonth, sessions);
        return counted;
    }

    /** Every centre, active or not: a closed centre's past still counts. */
    private List<Long> allCentreIds() {
        List<Long> ids = new ArrayList<>();
        Page<CentreSummary> page;
        int number = 0;
        do {
            page = centres.page(CentreFilter.none(), PageRequest.of(number++, CENTRE_PAGE, Sort.by("id")));
            page.forEach(centre -> ids.add(centre.id()));
        } while (page.hasNext());
        return ids;
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
                MemberCount.bySex(memberCounts), MemberCount.byAgeBand(memberCounts));
    }
}

package org.infoplaza.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.reporting.MonthCycleService;
import org.infoplaza.reporting.StationUseRollups;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's recent past, so that the secretariat's pages, the centres' months, the monthly reports and the
 * public page have figures from the first start: each centre's regular visitors used its stations on every open
 * day of the {@value #MONTHS} months before this one and of this month up to yesterday. The sessions are written
 * as the desk would have closed them (completed, a few no-shows, walk-ins and guests), then counted by the same
 * rebuild an administrator runs (*Recalcular indicadores*), and the finished months are closed as the monthly
 * job closes them. The same seed gives the same past.
 */
@Component
class DemoHistory {

    static final int MONTHS = 3;
    /** The share of a station's opening hours in use, roughly: a lived-in centre, not a full one. */
    static final double OCCUPANCY = 0.4;
    static final long SEED = 2026;
    private static final int[] LENGTHS = {30, 45, 60, 60, 60, 90};
    private static final VisitPurpose[] PURPOSES = {VisitPurpose.EDUCATION, VisitPurpose.EDUCATION,
            VisitPurpose.EDUCATION, VisitPurpose.EMPLOYMENT, VisitPurpose.EMPLOYMENT, VisitPurpose.GOVERNMENT_SERVICES,
            VisitPurpose.HEALTH, VisitPurpose.COMMUNICATION, VisitPurpose.COMMUNICATION, VisitPurpose.ENTREPRENEURSHIP,
            VisitPurpose.TRAINING, VisitPurpose.LEISURE, VisitPurpose.LEISURE, VisitPurpose.OTHER};
    private static final String INSERT = """
            INSERT INTO booking (centre_id, station_id, member_id, kind, status, starts_at, ends_at, checked_in_at,
                checked_out_at, purpose, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    /** A centre, its stations and the members who come regularly. */
    record Regulars(CentreDetails centre, List<StationDetails> stations, List<Long> members) {
    }

    private final JdbcTemplate jdbc;
    private final StationUseRollups stationUse;
    private final MonthCycleService cycle;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, StationUseRollups stationUse, MonthCycleService cycle, Clock clock) {
        this.jdbc = jdbc;
        this.stationUse = stationUse;
        this.cycle = cycle;
        this.clock = clock;
    }

    /** Writes, counts and closes the past; returns the number of sessions written. Runs as the system. */
    int create(List<Regulars> centres) {
        LocalDate today = LocalDate.now(clock.withZone(PanamaTime.ZONE));
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate first = thisMonth.minusMonths(MONTHS).atDay(1);
        Random random = new Random(SEED);
        List<Object[]> rows = new ArrayList<>();
        for (Regulars regulars : centres) {
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                rows.addAll(day(regulars, day, random));
            }
        }
        jdbc.batchUpdate(INSERT, rows);
        for (YearMonth month = YearMonth.from(first); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            stationUse.rebuild(month.atDay(1), month.atEndOfMonth(), null);
            if (month.isBefore(thisMonth)) {
                cycle.close(month);
            }
        }
        return rows.size();
    }

    /**
     * One day at one centre: each station in service takes sessions of 30 to 90 minutes through each opening
     * period, with gaps, for about {@link #OCCUPANCY} of the time. A member is at one station at a time; when
     * the few drawn are busy, the visitor is a guest.
     */
    private List<Object[]> day(Regulars regulars, LocalDate day, Random random) {
        List<OpeningPeriod> periods = regulars.centre().hoursOn(day.getDayOfWeek());
        List<Object[]> rows = new ArrayList<>();
        Map<Long, LocalDateTime> busyUntil = new HashMap<>();
        for (StationDetails station : regulars.stations()) {
            if (!station.inService()) {
                continue;
            }
            for (OpeningPeriod period : periods) {
                LocalDateTime closes = day.atTime(period.closesAt());
                LocalDateTime at = day.atTime(period.opensAt()).plusMinutes(5L * random.nextInt(8));
                while (!at.plusMinutes(30).isAfter(closes)) {
                    int minutes = LENGTHS[random.nextInt(LENGTHS.length)];
                    LocalDateTime ends = at.plusMinutes(minutes).isAfter(closes) ? closes : at.plusMinutes(minutes);
                    if (random.nextDouble() < OCCUPANCY / 0.85) {
                        rows.add(session(regulars, station, at, ends, busyUntil, random));
                    }
                    at = ends.plusMinutes(5L * random.nextInt(4));
                }
            }
        }
        return rows;
    }

    private Object[] session(Regulars regulars, StationDetails station, LocalDateTime starts, LocalDateTime ends,
            Map<Long, LocalDateTime> busyUntil, Random random) {
        Long member = null;
        if (random.nextInt(100) >= 8) {
            for (int draw = 0; draw < 4 && member == null; draw++) {
                // The first members of the list come more often: regulars are not all equally regular.
                int index = (int) (regulars.members().size() * Math.pow(random.nextDouble(), 1.6));
                long candidate = regulars.members().get(index);
                if (!busyUntil.getOrDefault(candidate, LocalDateTime.MIN).isAfter(starts)) {
                    member = candidate;
                }
            }
        }
        String kind = member == null ? "GUEST" : random.nextInt(100) < 40 ? "WALK_IN" : "BOOKING";
        boolean noShow = kind.equals("BOOKING") && random.nextInt(100) < 6;
        if (member != null && !noShow) {
            busyUntil.put(member, ends);
        }
        Timestamp start = Timestamp.valueOf(starts);
        Timestamp end = Timestamp.valueOf(ends);
        LocalDateTime created = kind.equals("BOOKING") ? starts.minusDays(1 + random.nextInt(3)).with(LocalTime.NOON)
                : starts;
        return new Object[] {regulars.centre().id(), station.id(), member, kind, noShow ? "NO_SHOW" : "COMPLETED",
                start, end, noShow ? null : start, noShow ? null : end,
                noShow ? null : PURPOSES[random.nextInt(PURPOSES.length)].name(), Timestamp.valueOf(created)};
    }
}

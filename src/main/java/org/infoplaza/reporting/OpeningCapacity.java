package org.infoplaza.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.centre.OpeningPeriod;

/**
 * The denominator of occupancy: the station-minutes a centre offered in a month, that is its in-service
 * stations times the minutes it was open, counted day by day from its weekly opening hours (split shifts
 * included) and skipping its closure days. Kept per weekday and hour, so the same figures give the monthly
 * rate and the weekday-by-hour grid. Small data (a month of days, a few periods a day), so it is computed
 * when asked, not rolled up.
 *
 * <p>Limits, said plainly: the opening hours and the number of stations in service are today's, since
 * neither keeps a history; a month in which a centre changed its hours or lost a station for repairs is
 * measured against its current set-up.
 *
 * @param minutes station-minutes open, indexed [weekday − 1][hour]; weekday 1 is Monday
 */
record OpeningCapacity(long[][] minutes) {

    static final int WEEKDAYS = 7;
    static final int HOURS = 24;

    /** What {@code stations} stations open on these hours, minus the closures, offer in the month. */
    static OpeningCapacity of(YearMonth month, Collection<OpeningPeriod> hours, Collection<ClosureDetails> closures,
            long stations) {
        long[][] minutes = new long[WEEKDAYS][HOURS];
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate today = day;
            if (closures.stream().anyMatch(closure -> closure.covers(today))) {
                continue;
            }
            int weekday = day.getDayOfWeek().getValue();
            for (OpeningPeriod period : hours) {
                if (period.day() == day.getDayOfWeek()) {
                    addPeriod(minutes[weekday - 1], period.opensAt(), period.closesAt(), stations);
                }
            }
        }
        return new OpeningCapacity(minutes);
    }

    static OpeningCapacity none() {
        return new OpeningCapacity(new long[WEEKDAYS][HOURS]);
    }

    /** Both together: the station-minutes of two centres (a municipality is the sum of its centres). */
    OpeningCapacity plus(OpeningCapacity other) {
        long[][] sum = new long[WEEKDAYS][HOURS];
        for (int d = 0; d < WEEKDAYS; d++) {
            for (int h = 0; h < HOURS; h++) {
                sum[d][h] = minutes[d][h] + other.minutes[d][h];
            }
        }
        return new OpeningCapacity(sum);
    }

    /** Station-minutes offered in the whole month. */
    long total() {
        long total = 0;
        for (long[] day : minutes) {
            for (long hour : day) {
                total += hour;
            }
        }
        return total;
    }

    long at(int weekday, int hour) {
        return minutes[weekday - 1][hour];
    }

    /** Used station-minutes as a share of those offered (0.25 is 25 %), or null when nothing was offered. */
    static Double rate(long usedMinutes, long offeredMinutes) {
        return offeredMinutes == 0 ? null : (double) usedMinutes / offeredMinutes;
    }

    private static void addPeriod(long[] hours, LocalTime opens, LocalTime closes, long stations) {
        int open = opens.toSecondOfDay() / 60;
        int close = closes.toSecondOfDay() / 60;
        for (int hour = open / 60; close > open && hour <= (close - 1) / 60; hour++) {
            int start = Math.max(open, hour * 60);
            int end = Math.min(close, (hour + 1) * 60);
            hours[hour] += (long) (end - start) * stations;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningCapacity that && java.util.Arrays.deepEquals(minutes, that.minutes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(minutes);
    }

    @Override
    public String toString() {
        return "OpeningCapacity" + List.of(java.util.Arrays.deepToString(minutes));
    }
}

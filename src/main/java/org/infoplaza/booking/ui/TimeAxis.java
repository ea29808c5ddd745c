package org.infoplaza.booking.ui;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.infoplaza.centre.OpeningPeriod;

/**
 * The day board's time axis as CSS grid columns: the first column holds the station labels, then each
 * opening period of the day takes one column per 5-minute slot (the unit bookings are made in, so a block
 * starts exactly where it should), and between two periods a narrow closed column shows the lunch gap
 * without spending width on it. Lines are CSS grid line numbers, starting at 1.
 */
final class TimeAxis {

    static final int SLOT_MINUTES = 5;
    static final int SLOTS_PER_MARK = 3;
    static final String SLOT_WIDTH = "1.25rem";
    static final String GAP_WIDTH = "1rem";
    static final String LABEL_WIDTH = "9rem";

    private final List<OpeningPeriod> periods;
    private final List<Integer> firstLines = new ArrayList<>();
    private final int lastLine;

    TimeAxis(List<OpeningPeriod> periods) {
        this.periods = periods.stream().sorted(Comparator.comparing(OpeningPeriod::opensAt)).toList();
        int line = 2;
        for (OpeningPeriod period : this.periods) {
            firstLines.add(line);
            line += slots(period) + 1;
        }
        lastLine = line - (this.periods.isEmpty() ? 0 : 1);
    }

    boolean isEmpty() {
        return periods.isEmpty();
    }

    List<OpeningPeriod> periods() {
        return periods;
    }

    /** The value for {@code grid-template-columns}. */
    String template() {
        StringBuilder template = new StringBuilder(LABEL_WIDTH);
        for (int i = 0; i < periods.size(); i++) {
            if (i > 0) {
                template.append(' ').append(GAP_WIDTH);
            }
            template.append(" repeat(").append(slots(periods.get(i))).append(", ").append(SLOT_WIDTH).append(')');
        }
        return template.toString();
    }

    /** The line after the last slot column: {@code grid-column: 2 / end()} spans the whole axis. */
    int end() {
        return lastLine;
    }

    /** The grid line where a time inside a period (its closing time included) falls. */
    OptionalInt lineOf(LocalTime time) {
        for (int i = 0; i < periods.size(); i++) {
            OpeningPeriod period = periods.get(i);
            if (!time.isBefore(period.opensAt()) && !time.isAfter(period.closesAt())) {
                return OptionalInt.of(firstLines.get(i) + minutesFrom(period.opensAt(), time) / SLOT_MINUTES);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The columns a booking covers on this day, clamped to the opening period it starts in (or the first one
     * it overlaps); empty when it lies outside every period.
     */
    Optional<Span> span(LocalDateTime start, LocalDateTime end) {
        LocalDateTime dayStart = start.truncatedTo(ChronoUnit.DAYS);
        for (int i = 0; i < periods.size(); i++) {
            OpeningPeriod period = periods.get(i);
            LocalDateTime opens = dayStart.with(period.opensAt());
            LocalDateTime closes = dayStart.with(period.closesAt());
            if (start.isBefore(closes) && end.isAfter(opens)) {
                LocalTime from = start.isBefore(opens) ? period.opensAt() : start.toLocalTime();
                LocalTime to = end.isAfter(closes) ? period.closesAt() : end.toLocalTime();
                int first = firstLines.get(i) + minutesFrom(period.opensAt(), from) / SLOT_MINUTES;
                int last = firstLines.get(i) + (minutesFrom(period.opensAt(), to) + SLOT_MINUTES - 1) / SLOT_MINUTES;
                return Optional.of(new Span(first, Math.max(last, first + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The columns a stretch covers in every opening period it overlaps, in order: a room reservation over
     * the lunch gap shows in the morning and in the afternoon.
     */
    List<Span> spans(LocalDateTime start, LocalDateTime end) {
        LocalDateTime dayStart = start.truncatedTo(ChronoUnit.DAYS);
        List<Span> spans = new ArrayList<>();
        for (OpeningPeriod period : periods) {
            LocalDateTime opens = dayStart.with(period.opensAt());
            LocalDateTime closes = dayStart.with(period.closesAt());
            if (start.isBefore(closes) && end.isAfter(opens)) {
                span(start.isBefore(opens) ? opens : start, end.isAfter(closes) ? closes : end).ifPresent(spans::add);
            }
        }
        return spans;
    }

    /** The closed columns between periods, as grid lines (each one column wide). */
    List<Integer> gapLines() {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < periods.size(); i++) {
            gaps.add(firstLines.get(i) - 1);
        }
        return gaps;
    }

    /** The 15-minute marks of the axis with their first grid line, for the header. */
    List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            OpeningPeriod period = periods.get(i);
            int line = firstLines.get(i);
            for (LocalTime t = period.opensAt(); t.isBefore(period.closesAt()); t = t.plusMinutes(SLOT_MINUTES * SLOTS_PER_MARK)) {
                int from = line + minutesFrom(period.opensAt(), t) / SLOT_MINUTES;
                int to = Math.min(from + SLOTS_PER_MARK, line + slots(period));
                marks.add(new Mark(t, from, to));
                if (t.plusMinutes(SLOT_MINUTES * SLOTS_PER_MARK).isBefore(t)) {
                    break;
                }
            }
        }
        return marks;
    }

    private static int slots(OpeningPeriod period) {
        return (int) ((period.minutes() + SLOT_MINUTES - 1) / SLOT_MINUTES);
    }

    private static int minutesFrom(LocalTime from, LocalTime to) {
        return (int) ChronoUnit.MINUTES.between(from, to);
    }

    /** Grid lines {@code from / to} of something placed on the axis. */
    record Span(int from, int to) {
        String css() {
            return from + " / " + to;
        }
    }

    record Mark(LocalTime time, int from, int to) {
        String css() {
            return from + " / " + to;
        }
    }
}

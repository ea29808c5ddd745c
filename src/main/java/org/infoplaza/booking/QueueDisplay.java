package org.infoplaza.booking;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the public screen in a centre shows: the ticket numbers being called (with the station to go to),
 * the numbers still waiting in order, how many stations are free and the estimated wait for someone who
 * takes a ticket now. Numbers only: no names, no member numbers. When the centre is closed now (outside its
 * hours or on a closure day) {@code open} is false and {@code opensAt} says when it opens next, or is null
 * when it does not open within {@value #LOOK_AHEAD_DAYS} days.
 */
public record QueueDisplay(String centreName, List<Called> called, List<Integer> waiting, int freeStations,
        Integer estimatedWaitMinutes, boolean open, LocalDateTime opensAt) {

    /** How far ahead the screen looks for the next opening. */
    public static final int LOOK_AHEAD_DAYS = 14;

    public QueueDisplay {
        called = List.copyOf(called);
        waiting = List.copyOf(waiting);
    }

    /** A ticket number called to a station. */
    public record Called(int number, String stationLabel) {
    }
}

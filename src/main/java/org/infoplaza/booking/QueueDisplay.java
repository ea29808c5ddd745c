package org.infoplaza.booking;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the public screen in a centre shows: the ticket numbers being called (with the station to go to),
 * the numbers still waiting in order, how many stations are free for anyone ({@code freeStations}: no age
 * limits) and, apart, how many free ones are only for some ages ({@code freeForSomeAges}, e.g. one for children
 * up to 12), and the estimated wait for someone who takes a ticket now. Numbers only: no names, no member numbers. When the centre is closed now (outside its
 * hours or on a closure day) {@code open} is false and {@code opensAt} says when it opens next, or is null
 * when it does not open within {@value #LOOK_AHEAD_DAYS} days.
 */
public record QueueDisplay(String centreName, List<Called> called, List<Integer> waiting, int freeStations,
        List<FreeForAges> freeForSomeAges, Integer estimatedWaitMinutes, boolean open, LocalDateTime opensAt) {

    /** How far ahead the screen looks for the next opening. */
    public static final int LOOK_AHEAD_DAYS = 14;

    public QueueDisplay {
        called = List.copyOf(called);
        waiting = List.copyOf(waiting);
        freeForSomeAges = List.copyOf(freeForSomeAges);
    }

    /** How many free stations are for ages {@code minAge}–{@code maxAge} only (either may be null: no limit). */
    public record FreeForAges(Integer minAge, Integer maxAge, int count) {
    }

    /** A ticket number called to a station. */
    public record Called(int number, String stationLabel) {
    }
}

package org.infoplaza.booking;

import java.util.List;

/**
 * What the public screen in a centre shows: the ticket numbers being called (with the station to go to),
 * the numbers still waiting in order, how many stations are free and the estimated wait for someone who
 * takes a ticket now. Numbers only: no names, no member numbers.
 */
public record QueueDisplay(String centreName, List<Called> called, List<Integer> waiting, int freeStations,
        Integer estimatedWaitMinutes) {

    public QueueDisplay {
        called = List.copyOf(called);
        waiting = List.copyOf(waiting);
    }

    /** A ticket number called to a station. */
    public record Called(int number, String stationLabel) {
    }
}

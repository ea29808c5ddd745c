package org.infoplaza.booking;

/**
 * Something on a centre's day changed (a booking made, cancelled, checked in, extended or ended, a session
 * started, a no-show released, the computer room reserved or released), so every open day board of that centre should draw itself again. Published
 * inside the change's transaction; listeners that show it act after commit.
 */
public record BookingsChanged(long centreId) {
}

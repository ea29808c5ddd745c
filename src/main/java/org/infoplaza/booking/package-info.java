/**
 * Station scheduling: bookings, walk-ins, guest sessions, check-in and check-out, under each centre's rules
 * (opening hours, closures, session length, daily minutes, booking horizon, station age limits, consent of
 * minors), and the computer room reserved for workshop sessions ({@code RoomReservations}). No station and
 * no member is ever booked twice for the same time: the database refuses it (see the slot tables in
 * {@code V12__booking_bookings.sql}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre", "station", "member", "member :: finder", "layout", "notification"})
package org.infoplaza.booking;

package org.infoplaza.booking;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.PersonalDataContributor;
import org.infoplaza.member.PersonalDataEntry;
import org.infoplaza.member.PersonalDataRequest;
import org.infoplaza.member.PersonalDataSection;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationService;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's bookings and station sessions (with the reminder mailed for a booking) and walk-in queue tickets,
 * at every centre, for the member's data export. Centres and stations are named as the system reads them, since
 * the person's visits to other centres than the exporting operator's belong in the export too.
 */
@Service
@Order(10)
@Transactional(readOnly = true)
class BookingPersonalData implements PersonalDataContributor {

    private static final Set<Long> NO_IDS = Set.of(-1L);

    private final BookingRepository bookings;
    private final WalkInTicketRepository tickets;
    private final CentreService centres;
    private final StationService stations;
    private final JdbcTemplate jdbc;

    BookingPersonalData(BookingRepository bookings, WalkInTicketRepository tickets, CentreService centres,
            StationService stations, JdbcTemplate jdbc) {
        this.bookings = bookings;
        this.tickets = tickets;
        this.centres = centres;
        this.stations = stations;
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<PersonalDataSection> personalData(PersonalDataRequest request) {
        long memberId = request.memberId();
        Map<Long, String> centreNames = new HashMap<>();
        Map<Long, String> stationLabels = new HashMap<>();
        Map<Long, Instant> reminders = new HashMap<>();
        jdbc.query("SELECT r.booking_id, r.sent_at FROM booking_reminder r JOIN booking b ON b.id = r.booking_id"
                + " WHERE b.member_id = ?", row -> {
                    // Read back as BookingReminders writes it: an Instant through the driver.
                    reminders.put(row.getLong(1), row.getObject(2, Instant.class));
                }, memberId);
        List<PersonalDataEntry> visits = bookings.findOfMember(memberId, true, NO_IDS, Pageable.unpaged()).stream()
                .map(b -> {
                    BookingDetails d = b.toDetails();
                    return PersonalDataEntry.builder()
                            .add("id", "booking.export.id", d.id())
                            .code("kind", "booking.export.kind", d.kind(), "booking.kind.")
                            .code("status", "booking.export.status", d.status(), "booking.status.")
                            .add("centre", "booking.export.centre", centre(centreNames, d.centreId()))
                            .add("station", "booking.export.station", stationLabels.computeIfAbsent(d.stationId(),
                                    id -> SystemAuthentication.call(() -> stations.get(id)).label()))
                            .add("startsAt", "booking.export.starts-at", d.startsAt())
                            .add("endsAt", "booking.export.ends-at", d.endsAt())
                            .add("checkedInAt", "booking.export.checked-in-at", d.checkedInAt())
                            .add("checkedOutAt", "booking.export.checked-out-at", d.checkedOutAt())
                            .code("purpose", "booking.export.purpose", d.purpose(), "booking.purpose.")
                            .add("conflictReason", "booking.export.conflict", d.conflictReason())
                            .add("createdAt", "booking.export.created-at", b.getCreatedAt())
                            .add("reminderSentAt", "booking.export.reminder-sent-at", reminders.get(d.id()))
                            .build();
                })
                .toList();
        List<PersonalDataEntry> queue = tickets.findByMemberIdOrderByIssuedAtDescIdDesc(memberId).stream()
                .map(t -> PersonalDataEntry.builder()
                        .add("day", "booking.export.day", t.getDay())
                        .add("number", "booking.export.ticket-number", t.getNumber())
                        .add("centre", "booking.export.centre", centre(centreNames, t.getCentreId()))
                        .code("purpose", "booking.export.purpose", t.getPurpose(), "booking.purpose.")
                        .code("status", "booking.export.status", t.getStatus(), "booking.export.ticket-status.")
                        .add("issuedAt", "booking.export.issued-at", t.getIssuedAt())
                        .add("closedAt", "booking.export.closed-at", t.getClosedAt())
                        .add("sessionId", "booking.export.session", t.getBookingId())
                        .build())
                .toList();
        return List.of(new PersonalDataSection("stationBookingsAndSessions", "booking.export.bookings", visits),
                new PersonalDataSection("queueTickets", "booking.export.queue-tickets", queue));
    }

    private String centre(Map<Long, String> names, long centreId) {
        return names.computeIfAbsent(centreId, id -> {
            CentreDetails centre = SystemAuthentication.call(() -> centres.get(id));
            return centre.code() + " " + centre.name();
        });
    }
}

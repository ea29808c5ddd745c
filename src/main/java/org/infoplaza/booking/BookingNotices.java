package org.infoplaza.booking;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.notification.CalendarEvent;
import org.infoplaza.notification.MailRequest;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.Recipient;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail to members about their bookings, through the outbox and inside the transaction that caused it:
 * a confirmation with a calendar invitation when the booking is made, a reminder before it starts (sent by
 * {@link BookingReminderJob}) and a notice when it was released because nobody came. Only members with an
 * e-mail address get mail; nothing is stored for the others. Each message is in the member's preferred
 * language. The member's record is read as the system (the booking may be for a member of another
 * centre), and only the given names, address and language leave it.
 */
@Component
class BookingNotices {

    private final Outbox outbox;
    private final MemberService members;
    private final CentreService centres;
    private final StationService stations;

    BookingNotices(Outbox outbox, MemberService members, CentreService centres, StationService stations) {
        this.outbox = outbox;
        this.members = members;
        this.centres = centres;
        this.stations = stations;
    }

    void confirmed(BookingDetails booking) {
        send("booking-confirmation", booking.id(), booking.memberId(), booking.centreId(), booking.stationId(),
                booking.startsAt(), booking.endsAt(), true);
    }

    void reminder(BookingDetails booking) {
        send("booking-reminder", booking.id(), booking.memberId(), booking.centreId(), booking.stationId(),
                booking.startsAt(), booking.endsAt(), false);
    }

    @EventListener
    void on(NoShowReleased released) {
        send("booking-no-show", released.bookingId(), released.memberId(), released.centreId(), released.stationId(),
                released.startsAt(), null, false);
    }

    private void send(String kind, long bookingId, Long memberId, long centreId, long stationId, LocalDateTime start,
            LocalDateTime end, boolean withInvitation) {
        if (memberId == null) {
            return;
        }
        MemberDetails member = SystemAuthentication.call(() -> members.get(memberId));
        if (member.email() == null || member.email().isBlank()) {
            return;
        }
        CentreDetails centre = SystemAuthentication.call(() -> centres.get(centreId));
        String station = SystemAuthentication.call(() -> stations.get(stationId)).label();
        Locale locale = Locale.forLanguageTag(member.preferredLanguage() == null ? "es" : member.preferredLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("name", member.givenNames());
        model.put("centre", centre.name());
        model.put("station", station);
        model.put("start", start.atZone(PanamaTime.ZONE).toInstant());
        CalendarEvent invitation = null;
        if (withInvitation) {
            String where = centre.address() == null ? centre.name() : centre.name() + ", " + centre.address();
            invitation = new CalendarEvent("booking-" + bookingId + "@infoplaza", start.atZone(PanamaTime.ZONE).toInstant(),
                    end.atZone(PanamaTime.ZONE).toInstant(), centre.name() + " · " + station, where, null);
        }
        Recipient recipient = Recipient.member(memberId, member.givenNames(), member.email(), locale);
        outbox.enqueue(new MailRequest(kind, recipient, model, invitation, "booking:" + bookingId));
    }
}

package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.member.Activity;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.finder.MemberFinder;
import org.infoplaza.shared.DomainException;

/**
 * A member arrives without a booking: scan the card (or type the number, Enter), then one tap on the
 * purpose of the visit starts the session on the station free for longest. When no station is free, the
 * desk is handed to {@code onNoStationFree} with the member and the purpose tapped, for the walk-in queue.
 */
class WalkInDialog extends Dialog {

    static final String NO_STATION_FREE = "booking.no-station-free";

    final MemberFinder member;
    final PurposeButtons purposes;
    /** A refusal, under the purpose buttons just tapped. */
    final InlineMessage error = new InlineMessage();

    WalkInDialog(BookingService bookings, MemberService members, long centreId, LocalDate today,
            Consumer<BookingDetails> onStarted, BiConsumer<Long, VisitPurpose> onNoStationFree) {
        setHeaderTitle(getTranslation("board.walk-in.title"));
        purposes = new PurposeButtons(purpose -> start(bookings, centreId, purpose, onStarted, onNoStationFree));
        purposes.setAllEnabled(false);
        member = new MemberFinder(members, Activity.STATION_USE, today, picked -> purposes.setAllEnabled(picked != null));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("board-touch");
        add(member, new Paragraph(getTranslation("board.purpose.tap")), purposes, error);
        getFooter().add(cancel);
        setWidth("min(40rem, 95vw)");
    }

    private void start(BookingService bookings, long centreId, VisitPurpose purpose, Consumer<BookingDetails> onStarted,
            BiConsumer<Long, VisitPurpose> onNoStationFree) {
        long memberId = member.member().orElseThrow().id();
        error.clear();
        try {
            BookingDetails started = bookings.startWalkIn(memberId, centreId, purpose);
            close();
            onStarted.accept(started);
        } catch (DomainException refusal) {
            if (refusal.messageKey().equals(NO_STATION_FREE)) {
                close();
                onNoStationFree.accept(memberId, purpose);
            } else {
                error.show(refusal);
            }
        }
    }
}

package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.shared.DomainException;
import org.infoplaza.station.StationDetails;

/**
 * An unregistered visitor: a station and one tap on the purpose; no personal data is asked or kept. The
 * dialog lists only the stations a guest may take now ({@link BookingService#freeForGuests}: free, for
 * adults, not held for the queue), the one free for longest preselected. With none, it says so and the tap
 * on the purpose gives the guest a ticket in the walk-in queue instead ({@code onQueue}). Should another desk
 * take the chosen station first, the refusal shows under the buttons, with the queue offered beside it.
 */
class GuestDialog extends Dialog {

    static final String STATION_TAKEN = "booking.station.taken";

    final Select<StationDetails> station = new Select<>();
    final Paragraph noneFree = new Paragraph();
    final PurposeButtons purposes;
    final Button queueTicket = new Button();
    final InlineMessage error = new InlineMessage();
    private VisitPurpose lastPurpose;

    GuestDialog(BookingService bookings, long centreId, List<StationDetails> free, Consumer<BookingDetails> onStarted,
            Consumer<VisitPurpose> onQueue) {
        setHeaderTitle(getTranslation("board.guest.title"));
        station.setLabel(getTranslation("board.station"));
        station.setItems(free);
        station.setItemLabelGenerator(StationDetails::label);
        station.setValue(free.isEmpty() ? null : free.getFirst());
        station.setWidthFull();
        station.setVisible(!free.isEmpty());
        noneFree.setText(getTranslation("board.guest.none-free"));
        noneFree.addClassName("board-guest-none-free");
        noneFree.setVisible(free.isEmpty());
        purposes = new PurposeButtons(purpose -> {
            lastPurpose = purpose;
            if (free.isEmpty()) {
                close();
                onQueue.accept(purpose);
                return;
            }
            if (station.getValue() == null) {
                station.setInvalid(true);
                station.setErrorMessage(getTranslation("board.station.required"));
                return;
            }
            error.clear();
            try {
                BookingDetails started = bookings.startGuestSession(centreId, station.getValue().id(), purpose);
                close();
                onStarted.accept(started);
            } catch (DomainException refusal) {
                error.show(refusal);
                queueTicket.setVisible(refusal.messageKey().equals(STATION_TAKEN));
            }
        });
        queueTicket.setText(getTranslation("board.guest.queue"));
        queueTicket.addClassName("board-touch");
        queueTicket.setVisible(false);
        queueTicket.addClickListener(e -> {
            close();
            onQueue.accept(lastPurpose);
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("board-touch");
        add(station, noneFree, new Paragraph(getTranslation(free.isEmpty() ? "board.guest.queue.tap" : "board.purpose.tap")),
                purposes, error);
        getFooter().add(queueTicket, cancel);
        setWidth("min(40rem, 95vw)");
    }
}

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
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.station.StationDetails;

/**
 * An unregistered visitor: a station and one tap on the purpose; no personal data is asked or kept. The guest
 * picks one station, so the dialog meets "that station is taken" rather than "none is free": after such a
 * refusal it offers a guest ticket in the walk-in queue with the purpose tapped ({@code onQueue}), which the
 * queue offers a free station at once if there is one.
 */
class GuestDialog extends Dialog {

    static final String STATION_TAKEN = "booking.station.taken";

    final Select<StationDetails> station = new Select<>();
    final PurposeButtons purposes;
    final Button queueTicket = new Button();
    private VisitPurpose lastPurpose;

    GuestDialog(BookingService bookings, long centreId, List<StationDetails> stations, StationDetails preselected,
            Consumer<BookingDetails> onStarted, Consumer<VisitPurpose> onQueue) {
        setHeaderTitle(getTranslation("board.guest.title"));
        station.setLabel(getTranslation("board.station"));
        List<StationDetails> usable = stations.stream().filter(StationDetails::inService).toList();
        station.setItems(usable);
        station.setItemLabelGenerator(StationDetails::label);
        station.setValue(preselected != null && preselected.inService() ? preselected : usable.isEmpty() ? null : usable.getFirst());
        station.setWidthFull();
        purposes = new PurposeButtons(purpose -> {
            if (station.getValue() == null) {
                station.setInvalid(true);
                station.setErrorMessage(getTranslation("board.station.required"));
                return;
            }
            lastPurpose = purpose;
            try {
                BookingDetails started = bookings.startGuestSession(centreId, station.getValue().id(), purpose);
                close();
                onStarted.accept(started);
            } catch (DomainException refusal) {
                Notifications.refused(refusal);
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
        add(station, new Paragraph(getTranslation("board.purpose.tap")), purposes);
        getFooter().add(queueTicket, cancel);
        setWidth("min(40rem, 95vw)");
    }
}

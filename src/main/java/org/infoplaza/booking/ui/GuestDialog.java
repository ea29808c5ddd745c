package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.station.StationDetails;

/** An unregistered visitor: a station and one tap on the purpose; no personal data is asked or kept. */
class GuestDialog extends Dialog {

    final Select<StationDetails> station = new Select<>();
    final PurposeButtons purposes;

    GuestDialog(BookingService bookings, long centreId, List<StationDetails> stations, StationDetails preselected,
            Consumer<BookingDetails> onStarted) {
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
            Actions.attempt(() -> bookings.startGuestSession(centreId, station.getValue().id(), purpose), started -> {
                close();
                onStarted.accept(started);
            });
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("board-touch");
        add(station, new Paragraph(getTranslation("board.purpose.tap")), purposes);
        getFooter().add(cancel);
        setWidth("min(40rem, 95vw)");
    }
}

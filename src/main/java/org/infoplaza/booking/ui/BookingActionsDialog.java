package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;

/**
 * What the desk can do with one booking on the board: a booking waiting for its member is checked in with
 * one tap on the purpose, or cancelled after a confirmation; a live session is extended by 15 or 30 minutes
 * or checked out. Each button is one service call; a refusal names the rule.
 */
class BookingActionsDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    PurposeButtons checkIn;
    final Button cancelBooking = new Button();
    final Button extend15 = new Button();
    final Button extend30 = new Button();
    final Button checkOut = new Button();
    final Button keep = new Button();

    BookingActionsDialog(BookingService bookings, BookingDetails booking, String title, String details,
            Consumer<String> onDone) {
        setHeaderTitle(title);
        summary.setText(details);
        add(summary);
        if (booking.status() == BookingStatus.BOOKED) {
            checkIn = new PurposeButtons(purpose -> Actions.attempt(() -> bookings.checkIn(booking.id(), purpose),
                    done -> finish(onDone, "board.checked-in")));
            cancelBooking.setText(getTranslation("board.cancel-booking"));
            cancelBooking.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancelBooking.addClickListener(e -> Confirm.destructive(getTranslation("board.cancel-booking.title"),
                    details, getTranslation("board.cancel-booking"),
                    () -> Actions.attempt(() -> bookings.cancel(booking.id(), booking.version()),
                            done -> finish(onDone, "board.cancelled"))));
            add(new Paragraph(getTranslation("board.check-in.tap")), checkIn, touch(cancelBooking));
            if (booking.conflicted()) {
                keep.setText(getTranslation("board.conflict.keep"));
                keep.addClickListener(e -> Actions.attempt(() -> bookings.keepDespiteConflict(booking.id(), booking.version()),
                        done -> finish(onDone, "board.conflict.kept")));
                add(new Paragraph(getTranslation("board.conflict", booking.conflictReason())), touch(keep));
            }
        } else if (booking.status() == BookingStatus.IN_SESSION) {
            extend15.setText(getTranslation("board.extend", 15));
            extend15.addClickListener(e -> Actions.attempt(() -> bookings.extend(booking.id(), 15),
                    done -> finish(onDone, "board.extended")));
            extend30.setText(getTranslation("board.extend", 30));
            extend30.addClickListener(e -> Actions.attempt(() -> bookings.extend(booking.id(), 30),
                    done -> finish(onDone, "board.extended")));
            checkOut.setText(getTranslation("board.check-out"));
            checkOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            checkOut.addClickListener(e -> Actions.attempt(() -> bookings.checkOut(booking.id()),
                    done -> finish(onDone, "board.checked-out")));
            Div buttons = new Div(touch(extend15), touch(extend30), touch(checkOut));
            buttons.addClassName("board-purposes");
            add(buttons);
        }
        Button close = new Button(getTranslation("board.close"), e -> close());
        getFooter().add(touch(close));
        setWidth("min(40rem, 95vw)");
    }

    private void finish(Consumer<String> onDone, String messageKey) {
        close();
        onDone.accept(messageKey);
    }

    private static Button touch(Button button) {
        button.addClassName("board-touch");
        return button;
    }
}

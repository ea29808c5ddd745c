package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.Extensions;
import org.infoplaza.shared.ui.Messages;
import org.infoplaza.shared.ui.Confirm;

/**
 * What the desk can do with one booking on the board: a booking waiting for its member is checked in with
 * one tap on the purpose, or cancelled after a confirmation; a live session is extended by 15 or 30 minutes
 * (only the lengths the rules allow now; with none, the dialog says which rule stops it) or checked out. Each
 * button is one service call; a refusal names the rule, under the buttons.
 */
class BookingActionsDialog extends Dialog {

    /** The extensions the desk may offer, in minutes, when the rules allow them. */
    static final List<Integer> EXTENSIONS = List.of(15, 30);

    final Paragraph summary = new Paragraph();
    PurposeButtons checkIn;
    final Button cancelBooking = new Button();
    final Button extend15 = new Button();
    final Button extend30 = new Button();
    final Button checkOut = new Button();
    final Button keep = new Button();
    /** Why a live session cannot be extended, when it cannot. */
    final Paragraph noExtension = new Paragraph();
    final InlineMessage error = new InlineMessage();

    BookingActionsDialog(BookingService bookings, BookingDetails booking, Extensions extensions, String title,
            String details, Consumer<String> onDone) {
        setHeaderTitle(title);
        summary.setText(details);
        add(summary);
        if (booking.status() == BookingStatus.BOOKED) {
            checkIn = new PurposeButtons(purpose -> error.attempt(() -> bookings.checkIn(booking.id(), purpose),
                    done -> finish(onDone, "board.checked-in")));
            cancelBooking.setText(getTranslation("board.cancel-booking"));
            cancelBooking.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancelBooking.addClickListener(e -> Confirm.destructive(getTranslation("board.cancel-booking.title"),
                    details, getTranslation("board.cancel-booking"),
                    () -> error.attempt(() -> bookings.cancel(booking.id(), booking.version()),
                            done -> finish(onDone, "board.cancelled"))));
            add(new Paragraph(getTranslation("board.check-in.tap")), checkIn, touch(cancelBooking));
            if (booking.conflicted()) {
                keep.setText(getTranslation("board.conflict.keep"));
                keep.addClickListener(e -> error.attempt(() -> bookings.keepDespiteConflict(booking.id(), booking.version()),
                        done -> finish(onDone, "board.conflict.kept")));
                add(new Paragraph(getTranslation("board.conflict", booking.conflictReason())), touch(keep));
            }
        } else if (booking.status() == BookingStatus.IN_SESSION) {
            extend15.setText(getTranslation("board.extend", 15));
            extend15.addClickListener(e -> error.attempt(() -> bookings.extend(booking.id(), 15),
                    done -> finish(onDone, "board.extended")));
            extend30.setText(getTranslation("board.extend", 30));
            extend30.addClickListener(e -> error.attempt(() -> bookings.extend(booking.id(), 30),
                    done -> finish(onDone, "board.extended")));
            checkOut.setText(getTranslation("board.check-out"));
            checkOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            checkOut.addClickListener(e -> error.attempt(() -> bookings.checkOut(booking.id()),
                    done -> finish(onDone, "board.checked-out")));
            extend15.setVisible(extensions.minutes().contains(15));
            extend30.setVisible(extensions.minutes().contains(30));
            Div buttons = new Div(touch(extend15), touch(extend30), touch(checkOut));
            buttons.addClassName("board-purposes");
            add(buttons);
            if (extensions.none()) {
                noExtension.setText(getTranslation("board.extend.none",
                        Messages.translate(extensions.reasonKey(), extensions.reasonArguments().toArray())));
                noExtension.addClassName("board-no-extension");
                add(noExtension);
            }
        }
        add(error);
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

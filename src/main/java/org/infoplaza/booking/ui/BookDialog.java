package org.infoplaza.booking.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.member.Activity;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.finder.MemberFinder;
import org.infoplaza.shared.ui.TimeFields;
import org.infoplaza.station.StationDetails;

/**
 * "Reservar": a member, a station or any free one, a start at a 5-minute mark and a duration. Enter in the
 * station, start or duration field books; Enter in the member field only finds the member (a card scan
 * ends with Enter). The service checks every rule and the refusal names it, under the fields.
 */
class BookDialog extends Dialog {

    final MemberFinder member;
    final Select<StationDetails> station = new Select<>();
    final TimePicker start = new TimePicker();
    final IntegerField duration = new IntegerField();
    final Button book = new Button();
    /** A refusal, under the fields and just above the button pressed. */
    final InlineMessage error = new InlineMessage();

    BookDialog(BookingService bookings, MemberService members, long centreId, LocalDate day,
            List<StationDetails> stations, StationDetails preselected, LocalTime defaultStart, int maxMinutes,
            Consumer<BookingDetails> onBooked) {
        setHeaderTitle(getTranslation("board.book.title"));
        member = new MemberFinder(members, Activity.STATION_USE, day, picked -> { });
        station.setLabel(getTranslation("board.station"));
        station.setEmptySelectionAllowed(true);
        station.setEmptySelectionCaption(getTranslation("board.station.any"));
        station.setItems(stations.stream().filter(StationDetails::inService).toList());
        station.setItemLabelGenerator(s -> s == null ? getTranslation("board.station.any") : s.label());
        station.setValue(preselected);
        station.setWidthFull();
        start.setLabel(getTranslation("board.start"));
        start.setStep(Duration.ofMinutes(5));
        TimeFields.twentyFourHour(start);
        start.setValue(defaultStart);
        duration.setLabel(getTranslation("board.duration"));
        duration.setStep(5);
        duration.setMin(5);
        duration.setMax(maxMinutes);
        duration.setStepButtonsVisible(true);
        duration.setValue(maxMinutes);
        duration.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("board.minutes")));

        book.setText(getTranslation("board.book"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClassName("board-touch");
        book.addClickShortcut(Key.ENTER).listenOn(station, start, duration);
        book.addClickListener(e -> {
            if (member.member().isEmpty()) {
                member.query.setInvalid(true);
                member.query.setErrorMessage(getTranslation("board.member.required"));
                return;
            }
            Long stationId = station.getValue() == null ? null : station.getValue().id();
            error.attempt(() -> bookings.book(new BookingRequest(member.member().get().id(), centreId, stationId,
                    start.getValue() == null ? null : day.atTime(start.getValue()),
                    duration.getValue() == null ? 0 : duration.getValue())), booked -> {
                close();
                onBooked.accept(booked);
            });
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("board-touch");
        add(member, station, start, duration, error);
        getFooter().add(cancel, book);
        setWidth("min(32rem, 95vw)");
    }
}

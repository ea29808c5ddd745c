package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.infoplaza.booking.QueueTicket;
import org.infoplaza.booking.TicketStatus;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.station.StationDetails;

/**
 * Today's walk-in queue on the day board: tickets called to a station (which station, until when, with
 * Accept, Decline and Cancel) and then the waiting ones in order (number, who, purpose, minutes waited,
 * Cancel). Staff see the member's name; a guest's ticket says "Invitado". One service call per action;
 * after each the board draws itself again (and the queue publishes the change to the other boards).
 */
class QueuePanel extends Div {

    final H3 title = new H3();
    final Anchor publicScreen = new Anchor();
    final Span emptyState = new Span();
    final Div tickets = new Div();

    private final WalkInQueue queue;
    private final MemberService members;
    private final Consumer<String> done;
    private final Map<Long, Row> rows = new HashMap<>();

    /** The buttons of one ticket's row, for tests. */
    record Row(QueueTicket ticket, Div element, Button accept, Button decline, Button cancel) {
    }

    QueuePanel(WalkInQueue queue, MemberService members, Consumer<String> done) {
        this.queue = queue;
        this.members = members;
        this.done = done;
        addClassName("board-queue");
        title.setText(getTranslation("board.queue.title"));
        title.addClassName("board-queue-title");
        publicScreen.setText(getTranslation("board.queue.public-screen"));
        publicScreen.setTarget(AnchorTarget.BLANK);
        publicScreen.addClassName("board-queue-screen");
        emptyState.setText(getTranslation("board.queue.empty"));
        emptyState.addClassName("board-queue-empty");
        tickets.addClassName("board-queue-tickets");
        Div header = new Div(title, publicScreen);
        header.addClassName("board-queue-header");
        add(header, emptyState, tickets);
    }

    /** Draws the centre's queue as it stands now: called tickets first, then the waiting ones in order. */
    void show(long centreId, String centreCode, List<StationDetails> stations, LocalDateTime now) {
        publicScreen.setHref("cola/" + centreCode);
        tickets.removeAll();
        rows.clear();
        List<QueueTicket> queued = queue.queue(centreId);
        emptyState.setVisible(queued.isEmpty());
        Map<Long, String> labels = stations.stream().collect(Collectors.toMap(StationDetails::id, StationDetails::label));
        Map<Long, String> names = members.summariesOf(queued.stream().map(QueueTicket::memberId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::fullName, (a, b) -> a));
        queued.stream().filter(t -> t.status() == TicketStatus.OFFERED).forEach(t -> add(t, names, labels, now));
        queued.stream().filter(t -> t.status() == TicketStatus.WAITING).forEach(t -> add(t, names, labels, now));
    }

    private void add(QueueTicket ticket, Map<Long, String> names, Map<Long, String> labels, LocalDateTime now) {
        String number = getTranslation("board.queue.ticket", String.valueOf(ticket.number()));
        String who = ticket.memberId() == null ? getTranslation("booking.kind.GUEST")
                : names.getOrDefault(ticket.memberId(), getTranslation("board.member.unknown"));
        Span numberText = new Span(number);
        numberText.addClassName("board-queue-number");
        Span whoText = new Span(who);
        whoText.addClassName("board-queue-who");
        Span purpose = new Span(getTranslation("booking.purpose." + ticket.purpose().name()));
        purpose.addClassName("board-queue-purpose");
        Div element = new Div(numberText, whoText, purpose);
        element.addClassName("board-queue-ticket");
        Button accept = null;
        Button decline = null;
        if (ticket.status() == TicketStatus.OFFERED) {
            element.addClassName("offered");
            Span offer = new Span(getTranslation("board.queue.offered",
                    labels.getOrDefault(ticket.offeredStationId(), ""),
                    ticket.offerExpiresAt().format(DateTimeFormatter.ofPattern("HH:mm"))));
            offer.addClassName("board-queue-offer");
            element.add(offer);
            accept = button("board.queue.accept", VaadinIcon.CHECK, () -> Actions.attempt(
                    () -> queue.accept(ticket.id(), ticket.version()), session -> done.accept("board.queue.accepted")));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            decline = button("board.queue.decline", VaadinIcon.ARROW_FORWARD, () -> Actions.attempt(
                    () -> queue.decline(ticket.id(), ticket.version()), () -> done.accept("board.queue.declined")));
        } else {
            long waited = Math.max(0, Duration.between(ticket.issuedAt(), now).toMinutes());
            Span wait = new Span(getTranslation("board.queue.waited", String.valueOf(waited)));
            wait.addClassName("board-queue-waited");
            element.add(wait);
        }
        Button cancel = button("board.queue.cancel", VaadinIcon.CLOSE_SMALL, () -> Confirm.destructive(
                getTranslation("board.queue.cancel.title", String.valueOf(ticket.number())),
                getTranslation("board.queue.cancel.text"), getTranslation("board.queue.cancel"),
                () -> Actions.attempt(() -> queue.cancel(ticket.id(), ticket.version()),
                        () -> done.accept("board.queue.cancelled"))));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div();
        actions.addClassName("board-queue-actions");
        for (Button button : new Button[] {accept, decline, cancel}) {
            if (button != null) {
                actions.add(button);
            }
        }
        element.add(actions);
        tickets.add(element);
        rows.put(ticket.id(), new Row(ticket, element, accept, decline, cancel));
    }

    private Button button(String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), new Icon(icon), e -> action.run());
        button.addClassName("board-touch");
        return button;
    }

    /** The rows by ticket id, for tests. */
    Map<Long, Row> rows() {
        return rows;
    }

    /** The rows in the order shown, for tests. */
    List<Row> rowsInOrder() {
        return tickets.getChildren()
                .map(c -> rows.values().stream().filter(r -> r.element() == c).findFirst().orElseThrow())
                .toList();
    }
}

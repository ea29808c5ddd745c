package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.infoplaza.booking.QueueTicket;
import org.infoplaza.booking.TicketStatus;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.shared.ui.Announcer;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.station.StationDetails;

/**
 * Today's walk-in queue on the day board: tickets called to a station (which station, until when, with
 * Accept, Decline and Cancel) and then the waiting ones in order (number, who, purpose, minutes waited,
 * Cancel). Staff see the member's name; a guest's ticket says "Invitado". One service call per action;
 * after each the board draws itself again (and the queue publishes the change to the other boards), and the
 * {@code done} it is given receives the sentence to show; a refusal shows in the panel, under its header.
 */
class QueuePanel extends Div {

    final H2 title = new H2();
    final Anchor publicScreen = new Anchor();
    final Span emptyState = new Span();
    final Div tickets = new Div();
    /** False until the first show: the queue found when the board opens is not announced. */
    private boolean shownOnce;
    /** A refusal of the last button pressed in the panel, right under its header. */
    final InlineMessage error = new InlineMessage();

    private final WalkInQueue queue;
    private final MemberService members;
    private final Consumer<String> done;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private Map<Long, String> labels = Map.of();

    /** One ticket's row: what it shows, its minutes-waited text (null for a called ticket) and its buttons. */
    record Row(QueueTicket ticket, Look look, Div element, Span waited, Button accept, Button decline, Button cancel) {
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
        add(header, emptyState, error, tickets);
    }

    /**
     * Shows the centre's queue as it stands now: called tickets first, then the waiting ones in order. A ticket
     * whose row already shows it (same version, status, visitor, purpose and offer) keeps its row, and only its
     * minutes waited are written: the board's 30-second poll runs this, and a rebuilt row would take the focus
     * from its buttons while the desk is about to press one.
     */
    void show(long centreId, String centreCode, List<StationDetails> stations, LocalDateTime now) {
        publicScreen.setHref("cola/" + centreCode);
        List<QueueTicket> queued = queue.queue(centreId);
        emptyState.setVisible(queued.isEmpty());
        labels = stations.stream().collect(Collectors.toMap(StationDetails::id, StationDetails::label));
        Map<Long, String> names = members.summariesOf(queued.stream().map(QueueTicket::memberId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::fullName, (a, b) -> a));
        List<QueueTicket> ordered = new ArrayList<>();
        queued.stream().filter(t -> t.status() == TicketStatus.OFFERED).forEach(ordered::add);
        queued.stream().filter(t -> t.status() == TicketStatus.WAITING).forEach(ordered::add);
        Map<Long, Row> shown = new LinkedHashMap<>();
        for (QueueTicket ticket : ordered) {
            Look look = look(ticket, names, labels);
            Row row = rows.remove(ticket.id());
            boolean called = look.status() == TicketStatus.OFFERED
                    && (row == null ? shownOnce : row.look().status() != TicketStatus.OFFERED);
            if (called) {
                // A ticket called to a station is said to screen readers too (politely): it changes by itself.
                Announcer.announce(getTranslation("board.announce.called", look.who(), look.offer()));
            }
            if (row != null && row.look().equals(look)) {
                if (row.waited() != null) {
                    // The text node's text, not a new text node: only the new minutes travel.
                    row.waited().getElement().getChild(0).setText(waitedText(ticket, now));
                }
                row = new Row(ticket, look, row.element(), row.waited(), row.accept(), row.decline(), row.cancel());
            } else {
                if (row != null) {
                    tickets.remove(row.element());
                }
                row = row(ticket, look, now);
            }
            shown.put(ticket.id(), row);
        }
        rows.values().forEach(gone -> tickets.remove(gone.element()));
        rows.clear();
        rows.putAll(shown);
        shownOnce = true;
        int index = 0;
        for (Row row : shown.values()) {
            if (tickets.getElement().indexOfChild(row.element().getElement()) != index) {
                tickets.addComponentAtIndex(index, row.element());
            }
            index++;
        }
    }

    /** What a ticket's row shows and acts on, but the minutes waited. */
    record Look(long ticketId, long version, TicketStatus status, String who, VisitPurpose purpose, String offer) {
    }

    private Look look(QueueTicket ticket, Map<Long, String> names, Map<Long, String> labels) {
        String who = ticket.memberId() == null ? getTranslation("booking.kind.GUEST")
                : names.getOrDefault(ticket.memberId(), getTranslation("board.member.unknown"));
        String offer = ticket.status() != TicketStatus.OFFERED ? null : getTranslation("board.queue.offered",
                labels.getOrDefault(ticket.offeredStationId(), ""),
                ticket.offerExpiresAt().format(DateTimeFormatter.ofPattern("HH:mm")));
        return new Look(ticket.id(), ticket.version(), ticket.status(), who, ticket.purpose(), offer);
    }

    private String waitedText(QueueTicket ticket, LocalDateTime now) {
        long waited = Math.max(0, Duration.between(ticket.issuedAt(), now).toMinutes());
        return getTranslation("board.queue.waited", String.valueOf(waited));
    }

    private Row row(QueueTicket ticket, Look look, LocalDateTime now) {
        String number = getTranslation("board.queue.ticket", String.valueOf(ticket.number()));
        Span numberText = new Span(number);
        numberText.addClassName("board-queue-number");
        Span whoText = new Span(look.who());
        whoText.addClassName("board-queue-who");
        Span purpose = new Span(getTranslation("booking.purpose." + ticket.purpose().name()));
        purpose.addClassName("board-queue-purpose");
        Div element = new Div(numberText, whoText, purpose);
        element.addClassName("board-queue-ticket");
        Button accept = null;
        Button decline = null;
        Span wait = null;
        if (ticket.status() == TicketStatus.OFFERED) {
            element.addClassName("offered");
            Span offer = new Span(look.offer());
            offer.addClassName("board-queue-offer");
            element.add(offer);
            accept = button("board.queue.accept", VaadinIcon.CHECK, () -> error.attempt(
                    () -> queue.accept(ticket.id(), ticket.version()), session -> done.accept(getTranslation(
                            "board.queue.accepted", labels.getOrDefault(session.stationId(), ""),
                            session.endsAt().format(DateTimeFormatter.ofPattern("HH:mm"))))));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            decline = button("board.queue.decline", VaadinIcon.ARROW_FORWARD, () -> error.attempt(
                    () -> queue.decline(ticket.id(), ticket.version()),
                    () -> done.accept(getTranslation("board.queue.declined"))));
        } else {
            wait = new Span(waitedText(ticket, now));
            wait.addClassName("board-queue-waited");
            element.add(wait);
        }
        Button cancel = button("board.queue.cancel", VaadinIcon.CLOSE_SMALL, () -> Confirm.destructive(
                getTranslation("board.queue.cancel.title", String.valueOf(ticket.number())),
                getTranslation("board.queue.cancel.text"), getTranslation("board.queue.cancel"),
                () -> error.attempt(() -> queue.cancel(ticket.id(), ticket.version()),
                        () -> done.accept(getTranslation("board.queue.cancelled")))));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div();
        actions.addClassName("board-queue-actions");
        for (Button button : new Button[] {accept, decline, cancel}) {
            if (button != null) {
                actions.add(button);
            }
        }
        element.add(actions);
        return new Row(ticket, look, element, wait, accept, decline, cancel);
    }

    private Button button(String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), new Icon(icon), e -> action.run());
        button.addClassName("board-touch");
        return button;
    }

    /** "Turno 7 — posición 2 — espera estimada 15 min", for the desk to tell the visitor. */
    String ticketText(QueueTicket ticket) {
        String number = String.valueOf(ticket.number());
        if (ticket.status() == TicketStatus.OFFERED) {
            String station = labels.getOrDefault(ticket.offeredStationId(), "");
            return getTranslation("board.queue.issued.offered", number, station);
        }
        return ticket.estimatedWaitMinutes() == null
                ? getTranslation("board.queue.issued.no-estimate", number, String.valueOf(ticket.position()))
                : getTranslation("board.queue.issued", number, String.valueOf(ticket.position()),
                        String.valueOf(ticket.estimatedWaitMinutes()));
    }

    /**
     * Alt+C on the board: the focus on the first ticket's first button (Aceptar for a called ticket), so the
     * desk answers the queue without tabbing; false when nobody is in the queue.
     */
    boolean focusFirstAction() {
        if (!isVisible()) {
            return false;
        }
        return rowsInOrder().stream().findFirst().map(row -> {
            (row.accept() != null ? row.accept() : row.cancel()).focus();
            return true;
        }).orElse(false);
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

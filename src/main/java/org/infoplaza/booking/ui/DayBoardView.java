package org.infoplaza.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.QueueTicket;
import org.infoplaza.booking.RoomReservations;
import org.infoplaza.booking.RoomUse;
import org.infoplaza.booking.TicketStatus;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The front desk's screen: the selected centre's stations as rows over the day's opening hours, with
 * bookings, live sessions and the minutes they have left, guests, out-of-service stations, the computer room
 * reserved for a workshop (a band across every station, labelled) and a "now" line; a closed day says why. Above the grid, today's walk-in queue ({@link QueuePanel}): a walk-in (or guest)
 * who finds no station free gets a numbered ticket there, and a freed station offered to a ticket is
 * accepted or declined from it. Reservar, walk-in and guest buttons and a tap on a booking act on it, one service
 * call each. It refreshes itself every {@value #POLL_SECONDS} seconds (the countdowns) and at once when
 * another operator changes the centre's day (see {@link BoardBroadcaster}). Built from plain server-side
 * elements on a CSS grid from {@code styles/board.css}; wide days scroll sideways on a tablet.
 */
@Route("board")
@Menu(order = 5, title = "nav.board", icon = "vaadin:calendar-clock")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
class DayBoardView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_SECONDS = 30;
    /** The booking id a board item carries, read in the browser when Enter is pressed on it. */
    static final String ITEM_ID = "event.target.dataset.booking";
    private static final int MAX_STATIONS = 500;

    final Button previousDay = new Button(new Icon(VaadinIcon.ANGLE_LEFT));
    final Button nextDay = new Button(new Icon(VaadinIcon.ANGLE_RIGHT));
    final Button today = new Button();
    final DatePicker day = DateFields.panamanian(new DatePicker());
    final Button reserve = new Button();
    final Button walkIn = new Button();
    final Button guest = new Button();
    final Span emptyState = new Span();
    final Div board = new Div();
    final Div scroller = new Div(board);
    final QueuePanel queuePanel;

    /** The dialog opened last, for tests and for closing it when the board is left. */
    BookDialog bookDialog;
    WalkInDialog walkInDialog;
    GuestDialog guestDialog;
    BookingActionsDialog actionsDialog;

    private final BookingService bookings;
    private final WalkInQueue queue;
    private final CentreService centres;
    private final StationService stations;
    private final MemberService members;
    private final BoardBroadcaster broadcaster;
    private final Clock clock;
    private final Long centreId;
    private final RoomReservations rooms;
    private final Map<Long, Div> items = new HashMap<>();
    private final Map<Long, Runnable> itemActions = new HashMap<>();
    private final List<Div> roomBands = new ArrayList<>();
    private CentreDetails centre;
    private List<StationDetails> stationList = List.of();
    private Registration broadcast;
    private Registration poll;

    DayBoardView(BookingService bookings, WalkInQueue queue, CentreService centres, StationService stations,
            MemberService members, BoardBroadcaster broadcaster, CentreContext centreContext, Clock clock,
            RoomReservations rooms) {
        this.bookings = bookings;
        this.rooms = rooms;
        this.queue = queue;
        this.centres = centres;
        this.stations = stations;
        this.members = members;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.centreId = centreContext.currentId().orElse(null);
        addClassName("day-board-view");
        setSizeFull();
        board.addClassName("day-board");
        // One Enter listener for the whole board instead of one per booking: a busy day has over a hundred.
        board.getElement().addEventListener("keydown", e -> openItem(e.getEventData().path(ITEM_ID).asString("")))
                .addEventData(ITEM_ID).setFilter("event.key === 'Enter' && " + ITEM_ID + " !== undefined");
        scroller.addClassName("day-board-scroller");
        emptyState.addClassName("day-board-empty");
        queuePanel = new QueuePanel(queue, members, this::done);
        queuePanel.setVisible(false);
        add(createToolbar(), queuePanel, emptyState, scroller);
        day.setValue(todayDate()); // draws the board through the value change listener
    }

    private HorizontalLayout createToolbar() {
        previousDay.setAriaLabel(getTranslation("board.previous-day"));
        previousDay.addClickListener(e -> day.setValue(day.getValue().minusDays(1)));
        nextDay.setAriaLabel(getTranslation("board.next-day"));
        nextDay.addClickListener(e -> day.setValue(day.getValue().plusDays(1)));
        today.setText(getTranslation("board.today"));
        today.addClickListener(e -> day.setValue(todayDate()));
        day.setAriaLabel(getTranslation("board.day"));
        day.setLocale(getLocale());
        day.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                day.setValue(todayDate());
            } else {
                refresh();
            }
        });
        reserve.setText(getTranslation("board.book.title"));
        reserve.setIcon(new Icon(VaadinIcon.CALENDAR));
        reserve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reserve.addClickListener(e -> openBookDialog(null));
        walkIn.setText(getTranslation("board.walk-in"));
        walkIn.setIcon(new Icon(VaadinIcon.SIGN_IN));
        walkIn.addClickListener(e -> openWalkIn());
        guest.setText(getTranslation("board.guest"));
        guest.setIcon(new Icon(VaadinIcon.USER_CLOCK));
        guest.addClickListener(e -> openGuest(null));
        for (Button button : List.of(previousDay, nextDay, today, reserve, walkIn, guest)) {
            button.addClassName("board-touch");
            button.setEnabled(centreId != null);
        }
        HorizontalLayout toolbar = new HorizontalLayout(previousDay, day, nextDay, today, reserve, walkIn, guest);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.CENTER);
        return toolbar;
    }

    /** Draws the board again from the services: the centre's hours and closures, stations and the day. */
    void refresh() {
        board.removeAll();
        items.clear();
        itemActions.clear();
        roomBands.clear();
        if (centreId == null) {
            showEmpty(getTranslation("board.no-centre"));
            return;
        }
        LocalDate date = day.getValue();
        centre = centres.get(centreId);
        stationList = stations.page(centreId, new StationFilter("", null),
                PageRequest.of(0, MAX_STATIONS, Sort.by("label"))).getContent();
        boolean walkInsPossible = date.equals(todayDate());
        walkIn.setEnabled(walkInsPossible);
        guest.setEnabled(walkInsPossible);
        queuePanel.setVisible(walkInsPossible);
        if (walkInsPossible) {
            queuePanel.show(centreId, centre.code(), stationList, now());
        }
        Optional<ClosureDetails> closure = centres.upcomingClosures(centreId).stream()
                .filter(c -> c.covers(date)).findFirst();
        TimeAxis axis = new TimeAxis(centre.hoursOn(date.getDayOfWeek()));
        if (closure.isPresent()) {
            ClosureDetails c = closure.get();
            showEmpty(getTranslation("board.closed", c.reason() == null || c.reason().isBlank()
                    ? getTranslation("closure.kind." + c.kind().name()) : c.reason()));
            boolean bookedAnyway = bookings.dayOf(centreId, date).stream().anyMatch(b -> b.status().holdsTime());
            if (bookedAnyway && !axis.isEmpty() && !stationList.isEmpty()) {
                // Bookings made before the closure stay visible, flagged, until the desk keeps or cancels them.
                scroller.setVisible(true);
                drawBoard(axis, date);
                reserve.setEnabled(false);
            }
            return;
        }
        if (axis.isEmpty()) {
            showEmpty(getTranslation("board.closed", getTranslation("board.closed.no-hours")));
            return;
        }
        if (stationList.isEmpty()) {
            showEmpty(getTranslation("board.no-stations"));
            return;
        }
        emptyState.setVisible(false);
        scroller.setVisible(true);
        drawBoard(axis, date);
    }

    private void showEmpty(String text) {
        emptyState.setText(text);
        emptyState.setVisible(true);
        scroller.setVisible(false);
        reserve.setEnabled(false);
        walkIn.setEnabled(false);
        guest.setEnabled(false);
    }

    private void drawBoard(TimeAxis axis, LocalDate date) {
        reserve.setEnabled(true);
        board.getStyle().set("grid-template-columns", axis.template());
        board.getStyle().set("grid-template-rows", "auto repeat(" + stationList.size() + ", var(--board-row-height))");
        Div corner = place(new Div(), "board-corner", 1, "1 / 2");
        // Day first, as Panamanians write it: the CLDR short forms for es-PA put the month first.
        corner.setText(date.format(DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", getLocale())));
        for (TimeAxis.Mark mark : axis.marks()) {
            Div header = place(new Div(), mark.time().getMinute() == 0 ? "board-mark hour" : "board-mark", 1, mark.css());
            header.setText(mark.time().format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        for (int gap : axis.gapLines()) {
            Div closed = place(new Div(), "board-gap", 0, gap + " / " + (gap + 1));
            closed.getStyle().set("grid-row", "1 / -1");
            closed.setTitle(getTranslation("board.gap"));
        }
        Map<Long, Integer> rows = new HashMap<>();
        for (int i = 0; i < stationList.size(); i++) {
            StationDetails station = stationList.get(i);
            int row = i + 2;
            rows.put(station.id(), row);
            Div label = place(new Div(), "board-station", row, "1 / 2");
            label.setText(station.label());
            Div lane = place(new Div(), "board-lane", row, "2 / " + axis.end());
            if (station.inService()) {
                lane.getElement().setAttribute("tabindex", "0");
                lane.getElement().setAttribute("role", "button");
                lane.getElement().setAttribute("aria-label", getTranslation("board.book.on", station.label()));
                lane.addClickListener(e -> openBookDialog(station));
            } else {
                label.addClassName("out-of-service");
                lane.addClassName("out-of-service");
                lane.setText(getTranslation("board.out-of-service", station.outOfServiceReason()));
            }
        }
        drawRoomReservations(axis, date);
        List<BookingDetails> dayList = bookings.dayOf(centreId, date).stream()
                .filter(b -> b.status().holdsTime())
                .sorted(Comparator.comparing(BookingDetails::startsAt))
                .toList();
        Map<Long, String> names = names(dayList);
        LocalDateTime now = now();
        for (BookingDetails booking : dayList) {
            Integer row = rows.get(booking.stationId());
            Optional<TimeAxis.Span> span = axis.span(booking.startsAt(), booking.endsAt());
            if (row == null || span.isEmpty()) {
                continue;
            }
            Div item = place(new Div(), "board-item " + css(booking), row, span.get().css());
            String who = who(booking, names);
            String time = timeText(booking, now);
            // One element and one text node per booking, the name on the first line (styled in board.css): every
            // element is kept in each open board's server memory, and a busy day draws well over a hundred items
            // (docs/performance.md, "Memory per operator UI").
            item.setText(who + "\n" + time);
            if (booking.conflicted()) {
                // A closure was added over this booking: the desk decides (keep or cancel), nothing is dropped.
                item.addClassName("conflict");
                Span conflict = new Span(getTranslation("board.conflict", booking.conflictReason()));
                conflict.addClassName("board-item-conflict");
                item.add(conflict);
            }
            item.getElement().setAttribute("tabindex", "0");
            item.getElement().setAttribute("role", "button");
            item.setTitle(who + " · " + time);
            item.getElement().setAttribute("data-booking", String.valueOf(booking.id()));
            item.addClickListener(e -> openActions(booking, who));
            itemActions.put(booking.id(), () -> openActions(booking, who));
            items.put(booking.id(), item);
        }
        if (date.equals(now.toLocalDate())) {
            axis.lineOf(now.toLocalTime()).ifPresent(line -> {
                Div nowLine = place(new Div(), "board-now", 0, line + " / " + (line + 1));
                nowLine.getStyle().set("grid-row", "1 / -1");
                nowLine.getStyle().set("margin-inline-start",
                        "calc(" + TimeAxis.SLOT_WIDTH + " * " + (now.getMinute() % TimeAxis.SLOT_MINUTES) + " / "
                                + TimeAxis.SLOT_MINUTES + ")");
            });
        }
    }

    /**
     * Each reservation of the computer room as one band through every station row, under the bookings (a
     * booking it conflicts with stays on top, red) and over the lanes, so a tap there books nothing.
     */
    private void drawRoomReservations(TimeAxis axis, LocalDate date) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        for (RoomUse use : rooms.dayOf(centreId, date)) {
            LocalDateTime start = use.start().isBefore(date.atStartOfDay()) ? date.atStartOfDay() : use.start();
            LocalDateTime end = use.end().isAfter(date.plusDays(1).atStartOfDay()) ? date.plusDays(1).atStartOfDay()
                    : use.end();
            String range = use.start().format(hours) + "–" + use.end().format(hours);
            for (TimeAxis.Span span : axis.spans(start, end)) {
                Div band = place(new Div(), "board-room", 0, span.css());
                band.getStyle().set("grid-row", "2 / -1");
                Span label = new Span(getTranslation("board.room", use.label()));
                label.addClassName("board-room-label");
                Span time = new Span(range);
                time.addClassName("board-room-time");
                band.add(label, time);
                band.setTitle(getTranslation("board.room.title", use.label(), range));
                band.getElement().setAttribute("role", "note");
                roomBands.add(band);
            }
        }
    }

    private Div place(Div element, String classNames, int row, String columns) {
        for (String className : classNames.split(" ")) {
            element.addClassName(className);
        }
        if (row > 0) {
            element.getStyle().set("grid-row", String.valueOf(row));
        }
        element.getStyle().set("grid-column", columns);
        board.add(element);
        return element;
    }

    private Map<Long, String> names(List<BookingDetails> dayList) {
        List<Long> ids = dayList.stream().map(BookingDetails::memberId).filter(Objects::nonNull).distinct().toList();
        return members.summariesOf(ids).stream()
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::fullName, (a, b) -> a));
    }

    private String who(BookingDetails booking, Map<Long, String> names) {
        if (booking.kind() == BookingKind.GUEST || booking.memberId() == null) {
            return getTranslation("booking.kind.GUEST");
        }
        return names.getOrDefault(booking.memberId(), getTranslation("board.member.unknown"));
    }

    private static String css(BookingDetails booking) {
        String status = switch (booking.status()) {
            case BOOKED -> "booked";
            case IN_SESSION -> "in-session";
            default -> "completed";
        };
        return status + (booking.kind() == BookingKind.GUEST ? " guest" : booking.kind() == BookingKind.WALK_IN ? " walk-in" : "");
    }

    /** "14:00–15:00", and for a live session the minutes it has left. */
    String timeText(BookingDetails booking, LocalDateTime now) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        String range = booking.startsAt().format(hours) + "–" + booking.endsAt().format(hours);
        if (booking.status() == BookingStatus.IN_SESSION) {
            long left = Math.max(0, Duration.between(now, booking.endsAt()).toMinutes());
            return range + " · " + getTranslation("board.time-left", left);
        }
        return range + " · " + getTranslation("booking.status." + booking.status().name());
    }

    private void openBookDialog(StationDetails station) {
        if (centre == null) {
            return;
        }
        bookDialog = new BookDialog(bookings, members, centreId, day.getValue(), stationList, station, defaultStart(),
                centre.rules().maxSessionMinutes(), booked -> done("board.booked"));
        show(bookDialog);
        bookDialog.member.focus();
    }

    private void openWalkIn() {
        walkInDialog = new WalkInDialog(bookings, members, centreId, todayDate(), started -> done("board.walk-in.started"),
                this::issueQueueTicket);
        show(walkInDialog);
        walkInDialog.member.focus();
    }

    private void openGuest(StationDetails station) {
        guestDialog = new GuestDialog(bookings, centreId, stationList, station, started -> done("board.guest.started"),
                purpose -> issueQueueTicket(null, purpose));
        show(guestDialog);
    }

    /** Enter on a board item: the same as tapping it. */
    void openItem(String bookingId) {
        if (bookingId.matches("[0-9]{1,18}")) {
            itemActions.getOrDefault(Long.valueOf(bookingId), () -> { }).run();
        }
    }

    private void openActions(BookingDetails booking, String who) {
        String stationLabel = stationList.stream().filter(s -> s.id() == booking.stationId()).map(StationDetails::label)
                .findFirst().orElse("");
        String title = stationLabel + " · " + who;
        String details = getTranslation("booking.kind." + booking.kind().name()) + " · " + timeText(booking, now());
        actionsDialog = new BookingActionsDialog(bookings, booking, title, details, this::done);
        show(actionsDialog);
    }

    /** Opens a dialog inside the board, and takes it out again when it closes (Escape, a button, or done). */
    private void show(Dialog dialog) {
        add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
    }

    /**
     * No station is free for this visitor ({@code memberId} null for a guest): a numbered ticket in the walk-in
     * queue, with the purpose tapped, and the desk is told the number, the place and the estimated wait (or,
     * when a station freed meanwhile, the station offered to it at once).
     */
    void issueQueueTicket(Long memberId, VisitPurpose purpose) {
        Actions.attempt(() -> queue.issueTicket(memberId, centreId, purpose), ticket -> {
            Notification notification = new Notification(ticketText(ticket), 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
            notification.open();
            refresh();
        });
    }

    /** "Turno 7 — posición 2 — espera estimada 15 min", for the desk to tell the visitor. */
    String ticketText(QueueTicket ticket) {
        String number = String.valueOf(ticket.number());
        if (ticket.status() == TicketStatus.OFFERED) {
            String station = stationList.stream().filter(s -> s.id() == ticket.offeredStationId())
                    .map(StationDetails::label).findFirst().orElse("");
            return getTranslation("board.queue.issued.offered", number, station);
        }
        return ticket.estimatedWaitMinutes() == null
                ? getTranslation("board.queue.issued.no-estimate", number, String.valueOf(ticket.position()))
                : getTranslation("board.queue.issued", number, String.valueOf(ticket.position()),
                        String.valueOf(ticket.estimatedWaitMinutes()));
    }

    private void done(String messageKey) {
        Notifications.success(getTranslation(messageKey));
        refresh();
    }

    /** The next 5-minute mark on today's board; the first opening on another day. */
    private LocalTime defaultStart() {
        LocalDate date = day.getValue();
        LocalDateTime now = now();
        List<LocalTime> opens = centre.hoursOn(date.getDayOfWeek()).stream()
                .map(p -> p.opensAt()).sorted().toList();
        if (date.equals(now.toLocalDate())) {
            LocalDateTime next = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(5 - now.getMinute() % 5);
            return next.toLocalTime();
        }
        return opens.isEmpty() ? LocalTime.of(8, 0) : opens.getFirst();
    }

    /** The bands of the day's room reservations, for tests. */
    List<Div> roomBands() {
        return roomBands;
    }

    /** Board items by booking id, for tests. */
    Map<Long, Div> items() {
        return items;
    }

    private LocalDate todayDate() {
        return LocalDate.now(clock.withZone(PanamaTime.ZONE));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        if (centreId != null) {
            broadcast = broadcaster.register(centreId, ui, this::refresh);
        }
        ui.setPollInterval(POLL_SECONDS * 1000);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (broadcast != null) {
            broadcast.remove();
            broadcast = null;
        }
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board");
    }
}

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
import com.vaadin.flow.dom.Element;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.infoplaza.centre.OpeningPeriod;
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
    /** The items on the board by booking id, in the order they start. */
    private final Map<Long, Drawn> items = new LinkedHashMap<>();
    private final Map<Long, Runnable> itemActions = new HashMap<>();
    private final Map<Long, Integer> rows = new HashMap<>();
    private final List<Div> roomBands = new ArrayList<>();
    /** What the board's frame shows now; null when there is no frame on the board. */
    private Frame frame;
    /** The frame's elements come first on the board, then the items, then the now-line. */
    private int frameSize;
    private Div nowLine;
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

    /**
     * Brings the board up to date from the services: the centre's hours and closures, stations and the day. When
     * the frame (day, hours, stations, room reservations) is the one on screen, it stays, and of the items only
     * what changed is written: a new, moved or ended booking, a status, the minutes a session has left, and the
     * now-line. So the 30-second poll sends a few texts instead of the whole board, a focused item keeps the
     * focus, and the last response each open board keeps in server memory is small (docs/performance.md,
     * "Memory per operator UI").
     */
    void refresh() {
        if (centreId == null) {
            clearBoard();
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
            } else {
                clearBoard();
            }
            return;
        }
        if (axis.isEmpty()) {
            clearBoard();
            showEmpty(getTranslation("board.closed", getTranslation("board.closed.no-hours")));
            return;
        }
        if (stationList.isEmpty()) {
            clearBoard();
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

    /** Takes everything off the board: the next draw starts from an empty frame. */
    private void clearBoard() {
        board.removeAll();
        frame = null;
        rows.clear();
        items.clear();
        itemActions.clear();
        roomBands.clear();
        frameSize = 0;
        nowLine = null;
    }

    private void drawBoard(TimeAxis axis, LocalDate date) {
        reserve.setEnabled(true);
        List<RoomUse> roomUses = rooms.dayOf(centreId, date);
        Frame wanted = new Frame(date, axis.periods(), stationList, roomUses);
        if (!wanted.equals(frame)) {
            clearBoard();
            drawFrame(axis, date, roomUses);
            frame = wanted;
        }
        LocalDateTime now = now();
        drawItems(axis, date, now);
        moveNowLine(axis, date, now);
    }

    /** What stays while the day, its hours, the stations and the room reservations stay: marks, rows, bands. */
    private void drawFrame(TimeAxis axis, LocalDate date, List<RoomUse> roomUses) {
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
        drawRoomReservations(axis, date, roomUses);
        frameSize = board.getElement().getChildCount();
    }

    /**
     * The day's bookings as items after the frame, in the order they start (the keyboard's order). An item
     * already on the board is kept and only what differs from its last look is written; one whose booking no
     * longer holds time leaves.
     */
    private void drawItems(TimeAxis axis, LocalDate date, LocalDateTime now) {
        List<BookingDetails> dayList = bookings.dayOf(centreId, date).stream()
                .filter(b -> b.status().holdsTime())
                .sorted(Comparator.comparing(BookingDetails::startsAt).thenComparing(BookingDetails::id))
                .toList();
        Map<Long, String> names = names(dayList);
        Map<Long, Drawn> drawn = new LinkedHashMap<>();
        itemActions.clear();
        for (BookingDetails booking : dayList) {
            Integer row = rows.get(booking.stationId());
            Optional<TimeAxis.Span> span = axis.span(booking.startsAt(), booking.endsAt());
            if (row == null || span.isEmpty()) {
                continue;
            }
            String who = who(booking, names);
            ItemLook look = new ItemLook("board-item " + css(booking) + (booking.conflicted() ? " conflict" : ""), row,
                    span.get().css(), who + "\n" + timeText(booking, now),
                    booking.conflicted() ? getTranslation("board.conflict", booking.conflictReason()) : null);
            Drawn was = items.remove(booking.id());
            Div item = was == null ? newItem(booking.id()) : was.item();
            writeLook(item, was == null ? null : was.look(), look);
            drawn.put(booking.id(), new Drawn(item, look));
            itemActions.put(booking.id(), () -> openActions(booking, who));
        }
        items.values().forEach(gone -> board.remove(gone.item()));
        items.clear();
        items.putAll(drawn);
        Element boardElement = board.getElement();
        int index = frameSize;
        for (Drawn item : drawn.values()) {
            Element element = item.item().getElement();
            if (!boardElement.equals(element.getParent()) || boardElement.indexOfChild(element) != index) {
                board.addComponentAtIndex(index, item.item());
            }
            index++;
        }
    }

    /** A booking's element: one element and one text node, with its id for the board's Enter listener. */
    private Div newItem(long bookingId) {
        Div item = new Div();
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("data-booking", String.valueOf(bookingId));
        item.addClickListener(e -> openItem(String.valueOf(bookingId)));
        return item;
    }

    /**
     * Writes what differs between an item's last look and its new one ({@code was} null: all of it). The name is
     * on the first line of the one text node (styled in board.css): every element is kept in each open board's
     * server memory, and a busy day draws well over a hundred items.
     */
    private void writeLook(Div item, ItemLook was, ItemLook look) {
        if (was == null) {
            // Added to a new element rather than set: setting first clears, and the clearing would travel too.
            item.addClassNames(look.classNames().split(" "));
        } else if (!was.classNames().equals(look.classNames())) {
            item.setClassName(look.classNames());
        }
        if (was == null || was.row() != look.row()) {
            item.getStyle().set("grid-row", String.valueOf(look.row()));
        }
        if (was == null || !was.columns().equals(look.columns())) {
            item.getStyle().set("grid-column", look.columns());
        }
        if (was == null || !Objects.equals(was.conflict(), look.conflict())) {
            if (was == null) {
                item.getElement().appendChild(Element.createText(look.text()));
            } else {
                item.setText(look.text());
            }
            if (look.conflict() != null) {
                // A closure was added over this booking: the desk decides (keep or cancel), nothing is dropped.
                Span conflict = new Span(look.conflict());
                conflict.addClassName("board-item-conflict");
                item.add(conflict);
            }
        } else if (!was.text().equals(look.text())) {
            // Only the text node's text travels, not a new node.
            item.getElement().getChild(0).setText(look.text());
        }
        if (was == null || !was.text().equals(look.text())) {
            item.setTitle(look.text().replace("\n", " · "));
        }
    }

    /** Today's red line at the current minute, moved (or taken away) at each refresh. */
    private void moveNowLine(TimeAxis axis, LocalDate date, LocalDateTime now) {
        OptionalInt line = date.equals(now.toLocalDate()) ? axis.lineOf(now.toLocalTime()) : OptionalInt.empty();
        if (line.isEmpty()) {
            if (nowLine != null) {
                board.remove(nowLine);
                nowLine = null;
            }
            return;
        }
        if (nowLine == null) {
            nowLine = new Div();
            nowLine.addClassName("board-now");
            nowLine.getStyle().set("grid-row", "1 / -1");
            board.add(nowLine);
        }
        setIfChanged(nowLine, "grid-column", line.getAsInt() + " / " + (line.getAsInt() + 1));
        setIfChanged(nowLine, "margin-inline-start", "calc(" + TimeAxis.SLOT_WIDTH + " * "
                + (now.getMinute() % TimeAxis.SLOT_MINUTES) + " / " + TimeAxis.SLOT_MINUTES + ")");
    }

    private static void setIfChanged(Div element, String property, String value) {
        if (!value.equals(element.getStyle().get(property))) {
            element.getStyle().set(property, value);
        }
    }

    /**
     * Each reservation of the computer room as one band through every station row, under the bookings (a
     * booking it conflicts with stays on top, red) and over the lanes, so a tap there books nothing.
     */
    private void drawRoomReservations(TimeAxis axis, LocalDate date, List<RoomUse> roomUses) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        for (RoomUse use : roomUses) {
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

    /** Board items by booking id, in the order they start, for tests. */
    Map<Long, Div> items() {
        Map<Long, Div> elements = new LinkedHashMap<>();
        items.forEach((id, drawn) -> elements.put(id, drawn.item()));
        return elements;
    }

    /** What the board's frame is drawn from: while it is the same, a refresh keeps the frame on the board. */
    private record Frame(LocalDate date, List<OpeningPeriod> hours, List<StationDetails> stations, List<RoomUse> rooms) {
    }

    /** All a board item shows, so a refresh writes only what differs. {@code conflict} is null without one. */
    private record ItemLook(String classNames, int row, String columns, String text, String conflict) {
    }

    /** A booking's item on the board and the look last written to it. */
    private record Drawn(Div item, ItemLook look) {
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

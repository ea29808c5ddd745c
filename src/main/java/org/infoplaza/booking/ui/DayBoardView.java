package org.infoplaza.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.Extensions;
import org.infoplaza.booking.QueueTicket;
import org.infoplaza.booking.RoomReservations;
import org.infoplaza.booking.TicketStatus;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
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
 * call each; their refusals show where they were pressed ({@link InlineMessage}), and the focus comes back to
 * the board after each, where Alt shortcuts ({@link DeskToolbar}) reach the main actions. Today's board opens
 * with the current time in view and follows it. It refreshes itself every {@value #POLL_SECONDS} seconds (the
 * countdowns) and at once when another operator changes the centre's day (see {@link BoardBroadcaster}). The
 * grid itself is {@link BoardGrid}; it shrinks its rows so a 20-station centre fits a laptop screen.
 */
@Route("board")
@Menu(order = 5, title = "nav.board", icon = "vaadin:calendar-clock")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
class DayBoardView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_SECONDS = 30;
    /** The booking id a board item carries, read in the browser when Enter is pressed on it. */
    static final String ITEM_ID = BoardGrid.ITEM_ID;
    static final String ITEM_KEYS = BoardGrid.ITEM_KEYS;
    private static final int MAX_STATIONS = 500;

    final DeskToolbar toolbar = new DeskToolbar(true);
    final Button previousDay = toolbar.previousDay;
    final Button nextDay = toolbar.nextDay;
    final Button today = toolbar.today;
    final DatePicker day = toolbar.day;
    final Button reserve = toolbar.reserve;
    final Button walkIn = toolbar.walkIn;
    final Button guest = toolbar.guest;
    /** Under the toolbar: a queue ticket's number to read out, or why the ticket was refused. */
    final InlineMessage message = new InlineMessage();
    final Span emptyState = new Span();
    final BoardGrid board;
    final BoardScroller scroller;
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
    private CentreDetails centre;
    private List<StationDetails> stationList = List.of();
    /** The next draw of today brings the current time into view (on opening, "Hoy", Alt+N). */
    private boolean scrollToNow = true;
    private Registration broadcast;
    private Registration poll;

    DayBoardView(BookingService bookings, WalkInQueue queue, CentreService centres, StationService stations,
            MemberService members, BoardBroadcaster broadcaster, CentreContext centreContext, Clock clock,
            RoomReservations rooms) {
        this.bookings = bookings;
        this.queue = queue;
        this.centres = centres;
        this.stations = stations;
        this.members = members;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.centreId = centreContext.currentId().orElse(null);
        addClassName("day-board-view");
        setSizeFull();
        board = new BoardGrid(bookings, members, rooms, this::openBookDialog, this::openActions);
        scroller = new BoardScroller(board);
        emptyState.addClassName("day-board-empty");
        queuePanel = new QueuePanel(queue, members, this::done);
        queuePanel.setVisible(false);
        Tooltip.forComponent(queuePanel.title).withText(getTranslation("board.queue.tooltip"));
        createToolbar();
        add(toolbar, message, queuePanel, emptyState, scroller);
        setFlexGrow(1, scroller);
        day.setValue(todayDate()); // draws the board through the value change listener
    }

    private void createToolbar() {
        List.of(previousDay, nextDay, today, reserve, walkIn, guest).forEach(b -> b.setEnabled(centreId != null));
        previousDay.addClickListener(e -> day.setValue(day.getValue().minusDays(1)));
        nextDay.addClickListener(e -> day.setValue(day.getValue().plusDays(1)));
        today.addClickListener(e -> showNow());
        day.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                day.setValue(todayDate());
            } else {
                scrollToNow = true;
                refresh();
            }
        });
        reserve.addClickListener(e -> openBookDialog(null));
        walkIn.addClickListener(e -> openWalkIn());
        guest.addClickListener(e -> openGuest());
        toolbar.listenOn(this);
        Shortcuts.addShortcutListener(this, () -> {
            if (!queuePanel.focusFirstAction()) {
                focusBoard();
            }
        }, DeskToolbar.QUEUE, KeyModifier.ALT).listenOn(this);
    }

    /** "Hoy" and Alt+N: today's board, scrolled so the current time is in view, with the focus on it. */
    void showNow() {
        scrollToNow = true;
        if (todayDate().equals(day.getValue())) {
            refresh();
        } else {
            day.setValue(todayDate());
        }
        focusBoard();
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
            board.clear();
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
                board.clear();
            }
            return;
        }
        if (axis.isEmpty()) {
            board.clear();
            showEmpty(getTranslation("board.closed", getTranslation("board.closed.no-hours")));
            return;
        }
        if (stationList.isEmpty()) {
            board.clear();
            showEmpty(getTranslation("board.no-stations"));
            return;
        }
        emptyState.setVisible(false);
        scroller.setVisible(true);
        drawBoard(axis, date);
    }

    private void drawBoard(TimeAxis axis, LocalDate date) {
        reserve.setEnabled(true);
        board.draw(centreId, axis, date, stationList, now());
        if (date.equals(todayDate())) {
            scroller.scrollToNow(!scrollToNow);
            scrollToNow = false;
        }
    }

    private void showEmpty(String text) {
        emptyState.setText(text);
        emptyState.setVisible(true);
        scroller.setVisible(false);
        reserve.setEnabled(false);
        walkIn.setEnabled(false);
        guest.setEnabled(false);
    }

    private void openBookDialog(StationDetails station) {
        if (centre == null) {
            return;
        }
        bookDialog = new BookDialog(bookings, members, centreId, day.getValue(), stationList, station, defaultStart(),
                centre.rules().maxSessionMinutes(), booked -> done(getTranslation("board.booked")));
        show(bookDialog);
        bookDialog.member.focus();
    }

    private void openWalkIn() {
        walkInDialog = new WalkInDialog(bookings, members, centreId, todayDate(),
                started -> done(startedText("board.walk-in.started", started)), this::issueQueueTicket);
        show(walkInDialog);
        walkInDialog.member.focus();
    }

    /** The guest dialog lists only the stations a guest may take now; with none, it offers the queue. */
    private void openGuest() {
        guestDialog = new GuestDialog(bookings, centreId, bookings.freeForGuests(centreId),
                started -> done(startedText("board.guest.started", started)), purpose -> issueQueueTicket(null, purpose));
        show(guestDialog);
    }

    private void openActions(BookingDetails booking, String who) {
        String stationLabel = stationList.stream().filter(s -> s.id() == booking.stationId()).map(StationDetails::label)
                .findFirst().orElse("");
        String title = stationLabel + " · " + who;
        String details = getTranslation("booking.kind." + booking.kind().name()) + " · "
                + board.timeText(booking, now());
        Extensions extensions = booking.status() == BookingStatus.IN_SESSION
                ? bookings.extensions(booking.id(), BookingActionsDialog.EXTENSIONS) : null;
        actionsDialog = new BookingActionsDialog(bookings, booking, extensions, title, details,
                key -> done(getTranslation(key)));
        show(actionsDialog);
    }

    /** Opens a dialog inside the board, and takes it out again when it closes (Escape, a button, or done). */
    private void show(Dialog dialog) {
        add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
                focusBoard();
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
        message.attempt(() -> queue.issueTicket(memberId, centreId, purpose), ticket -> {
            refresh();
            message.info(queuePanel.ticketText(ticket));
            focusBoard();
        });
    }

    /** After each action: what happened, the board brought up to date, and the focus back on it. */
    private void done(String text) {
        message.clear();
        Notifications.success(text);
        board.quietly(this::refresh);
        focusBoard();
    }

    /** "Sesión iniciada en PC-03 hasta las 16:45": the desk tells the visitor where to sit and until when. */
    String startedText(String key, BookingDetails session) {
        String station = stationList.stream().filter(s -> s.id() == session.stationId()).map(StationDetails::label)
                .findFirst().orElse("");
        return getTranslation(key, station, session.endsAt().format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** The focus back on the board, where the desk's shortcuts are heard and its arrows and Enter work. */
    void focusBoard() {
        scroller.focus();
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
        return board.roomBands();
    }

    /** Board items by booking id, in the order they start, for tests. */
    Map<Long, Div> items() {
        return board.items();
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
        focusBoard(); // the desk's shortcuts work from the start
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

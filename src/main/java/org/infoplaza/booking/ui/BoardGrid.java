package org.infoplaza.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.RoomReservations;
import org.infoplaza.booking.RoomUse;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.shared.ui.Announcer;
import org.infoplaza.station.StationDetails;

/**
 * The day board's grid: stations as rows (each with its kind and age limits) over the day's opening hours,
 * with bookings, live sessions and the minutes they have left, guests, out-of-service stations, the computer
 * room reserved for a workshop (a band across every station, labelled) and a "now" line. Built from plain
 * server-side elements on a CSS grid from {@code styles/board.css}. A tap (or Enter) on a free lane or a
 * booking is handed to the view ({@code onLane}, {@code onItem}).
 */
class BoardGrid extends Div {

    /** The booking id a board item carries, read in the browser when Enter is pressed on it. */
    static final String ITEM_ID = "event.target.dataset.booking";
    /** The keys that open a board item (a button to assistive technology): Enter and Space. */
    static final String ITEM_KEYS = "(event.key === 'Enter' || event.key === ' ') && " + ITEM_ID + " !== undefined";
    /** Above this many stations the rows are lower and each booking one line (board.css, "dense"). */
    static final int DENSE_FROM = 10;
    /** A session with this many minutes left or fewer is announced as ending soon. */
    static final int ENDING_SOON_MINUTES = 5;

    private final BookingService bookings;
    private final MemberService members;
    private final RoomReservations rooms;
    private final Consumer<StationDetails> onLane;
    private final BiConsumer<BookingDetails, String> onItem;
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
    private long centreId;
    private List<StationDetails> stationList = List.of();
    /** Each booking's status at the last draw, to tell a session that just ended from one that ended long ago. */
    private final Map<Long, BookingStatus> lastStatus = new HashMap<>();
    /** Sessions already announced as ending soon (or found ending soon when the board opened). */
    private final Set<Long> warned = new HashSet<>();
    /** Off while the board redraws after the desk's own action, which the desk already hears about. */
    private boolean announcing = true;

    BoardGrid(BookingService bookings, MemberService members, RoomReservations rooms, Consumer<StationDetails> onLane,
            BiConsumer<BookingDetails, String> onItem) {
        this.bookings = bookings;
        this.members = members;
        this.rooms = rooms;
        this.onLane = onLane;
        this.onItem = onItem;
        addClassName("day-board");
        // One key listener for the whole board instead of one per booking: a busy day has over a hundred. An
        // item is a button to assistive technology, so Space opens it as Enter does (without scrolling the page).
        getElement().addEventListener("keydown", e -> openItem(e.getEventData().path(ITEM_ID).asString("")))
                .addEventData(ITEM_ID)
                .addEventData("event.preventDefault()")
                .setFilter(ITEM_KEYS);
    }

    /** Takes everything off the board: the next draw starts from an empty frame. */
    void clear() {
        removeAll();
        frame = null;
        rows.clear();
        items.clear();
        itemActions.clear();
        roomBands.clear();
        frameSize = 0;
        nowLine = null;
    }

    void draw(long centreId, TimeAxis axis, LocalDate date, List<StationDetails> stations, LocalDateTime now) {
        this.centreId = centreId;
        this.stationList = stations;
        List<RoomUse> roomUses = rooms.dayOf(centreId, date);
        Frame wanted = new Frame(date, axis.periods(), stationList, roomUses);
        if (!wanted.equals(frame)) {
            clear();
            drawFrame(axis, date, roomUses);
            frame = wanted;
        }
        drawItems(axis, date, now);
        moveNowLine(axis, date, now);
    }

    private void drawFrame(TimeAxis axis, LocalDate date, List<RoomUse> roomUses) {
        getStyle().set("grid-template-columns", axis.template());
        getStyle().set("grid-template-rows", "auto repeat(" + stationList.size() + ", var(--board-row-height))");
        setClassName("dense", stationList.size() > DENSE_FROM);
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
            Div label = place(StationLabel.of(station), "board-station", row, "1 / 2");
            Div lane = place(new Div(), "board-lane", row, "2 / " + axis.end());
            if (station.inService()) {
                lane.getElement().setAttribute("tabindex", "0");
                lane.getElement().setAttribute("role", "button");
                lane.getElement().setAttribute("aria-label", getTranslation("board.book.on", station.label()));
                lane.addClickListener(e -> onLane.accept(station));
            } else {
                label.addClassName("out-of-service");
                lane.addClassName("out-of-service");
                lane.setText(getTranslation("board.out-of-service", station.outOfServiceReason()));
            }
        }
        drawRoomReservations(axis, date, roomUses);
        frameSize = getElement().getChildCount();
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
            announceChange(booking, who, now);
            Drawn was = items.remove(booking.id());
            Div item = was == null ? newItem(booking.id()) : was.item();
            writeLook(item, was == null ? null : was.look(), look);
            drawn.put(booking.id(), new Drawn(item, look));
            itemActions.put(booking.id(), () -> onItem.accept(booking, who));
        }
        items.values().forEach(gone -> remove(gone.item()));
        items.clear();
        items.putAll(drawn);
        Element boardElement = getElement();
        int index = frameSize;
        for (Drawn item : drawn.values()) {
            Element element = item.item().getElement();
            if (!boardElement.equals(element.getParent()) || boardElement.indexOfChild(element) != index) {
                addComponentAtIndex(index, item.item());
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
                remove(nowLine);
                nowLine = null;
            }
            return;
        }
        if (nowLine == null) {
            nowLine = new Div();
            nowLine.addClassName("board-now");
            nowLine.getStyle().set("grid-row", "1 / -1");
            add(nowLine);
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
        add(element);
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

    /**
     * Live changes the desk did not make are announced politely to screen readers: a session with
     * {@value #ENDING_SOON_MINUTES} minutes or less left (once), and a session that ended by itself. Nothing is
     * announced for what the board shows when it opens.
     */
    private void announceChange(BookingDetails booking, String who, LocalDateTime now) {
        BookingStatus before = lastStatus.put(booking.id(), booking.status());
        String station = stationList.stream().filter(s -> s.id() == booking.stationId()).map(StationDetails::label)
                .findFirst().orElse("");
        if (booking.status() == BookingStatus.IN_SESSION) {
            long left = Math.max(0, Duration.between(now, booking.endsAt()).toMinutes());
            if (left <= ENDING_SOON_MINUTES && warned.add(booking.id()) && before != null && announcing) {
                Announcer.announce(getTranslation("board.announce.ending", who, station, left));
            }
        } else if (before == BookingStatus.IN_SESSION && booking.status() == BookingStatus.COMPLETED && announcing) {
            Announcer.announce(getTranslation("board.announce.ended", who, station));
        }
    }

    /** Runs a redraw the desk asked for, without announcing what it changed. */
    void quietly(Runnable redraw) {
        announcing = false;
        try {
            redraw.run();
        } finally {
            announcing = true;
        }
    }

    /** Enter on a board item: the same as tapping it. */
    void openItem(String bookingId) {
        if (bookingId.matches("[0-9]{1,18}")) {
            itemActions.getOrDefault(Long.valueOf(bookingId), () -> { }).run();
        }
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

}

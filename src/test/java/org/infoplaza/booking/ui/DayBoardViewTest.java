package org.infoplaza.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingRequest;
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
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The front desk's day board on the fixture centre (Mondays 08:00–12:00 and 13:00–17:00, one-hour sessions),
 * with the clock standing on the next Monday at 09:00: booking, walk-in, guest, check-in with a purpose,
 * extension, check-out and cancellation through the board, a refusal that names its rule, the board
 * refreshing when another operator changes the centre's day, and the walk-in queue: a ticket when no station
 * is free, the offer of a freed station accepted or declined from the queue panel, and a cancelled ticket.
 */
@IntegrationTest
class DayBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    BookingService bookings;

    @Autowired
    MemberService members;

    @Autowired
    StationService stations;

    @Autowired
    BoardBroadcaster broadcaster;

    @Autowired
    CentreService centres;

    @Autowired
    WalkInQueue queue;

    @Autowired
    RoomReservations rooms;

    CentreDetails centre;
    StationDetails pc1;
    StationDetails pc2;
    StaffPrincipal operator;
    MemberDetails ana;
    LocalDate monday;
    DayBoardView view;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        centre = fixtures.centre();
        pc1 = fixtures.station(centre.id(), "PC-01");
        pc2 = fixtures.station(centre.id(), "PC-02");
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        ana = members.register(MemberRegistrations.aMember(centre.id()).named("Ana Lucía", "Batista").build());
        view = navigate(DayBoardView.class);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    private List<BookingDetails> day() {
        return bookings.dayOf(centre.id(), monday);
    }

    /** What a push would run next: the tasks other threads (here: the broadcaster) queued for this UI. */
    private static void runPendingAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private String lastNotification() {
        return $(Notification.class).last().getElement().getProperty("text");
    }

    private List<String> texts(String className) {
        return view.board.getChildren().filter(c -> c.hasClassName(className))
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void the_board_shows_the_split_shift_with_a_closed_gap_the_stations_and_the_now_line() {
        fixtures.station(centre.id(), "PC-03");
        StationDetails broken = stations.page(centre.id(), new org.infoplaza.station.StationFilter("PC-03", null),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        stations.takeOutOfService(broken.id(), broken.version(), "Pantalla rota");
        view.refresh();

        assertThat(view.day.getValue()).isEqualTo(monday);
        assertThat(texts("board-corner")).as("day first, as in Panama").singleElement().asString()
                .endsWith(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(monday));
        assertThat(texts("board-station")).containsExactly("PC-01", "PC-02", "PC-03");
        assertThat(view.board.hasClassName("dense")).as("three stations: roomy rows").isFalse();
        assertThat(texts("board-gap")).hasSize(1);
        assertThat(texts("board-mark")).startsWith("08:00", "08:15").contains("13:00")
                .doesNotContain("12:00", "12:30");
        assertThat(texts("board-lane")).contains("Fuera de servicio: Pantalla rota");
        assertThat(texts("board-now")).hasSize(1);

        test(view.nextDay).click();
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getText()).isEqualTo("Cerrado: el centro no abre este día de la semana");
        test(view.previousDay).click();
        assertThat(view.emptyState.isVisible()).isFalse();
    }

    @Test
    void a_closure_day_is_a_clear_empty_state_with_its_reason_and_takes_no_bookings() {
        SystemAuthentication.run(() -> centres.addClosure(centre.id(), new ClosureData(monday.plusDays(7),
                monday.plusDays(7), ClosureKind.HOLIDAY, "Día de los Mártires")));

        test(view.day).setValue(monday.plusDays(7));

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getText()).isEqualTo("Cerrado: Día de los Mártires");
        assertThat(view.scroller.isVisible()).isFalse();
        assertThat(view.reserve.isEnabled()).isFalse();
        test(view.today).click();
        assertThat(view.day.getValue()).isEqualTo(monday);
        assertThat(view.reserve.isEnabled()).isTrue();
    }

    @Test
    void a_booking_by_card_number_lands_on_the_board_with_the_members_name() {
        test(view.reserve).click();
        BookDialog dialog = view.bookDialog;
        assertThat(dialog.start.getValue()).as("the next 5-minute mark").isEqualTo(LocalTime.of(9, 5));
        assertThat(dialog.duration.getValue()).as("the centre's session length").isEqualTo(60);
        test(dialog.member.query).setValue(ana.memberNumber().toLowerCase());
        assertThat(dialog.member.member()).get().extracting(m -> m.id()).isEqualTo(ana.id());
        test(dialog.station).selectItem("PC-02");
        test(dialog.start).setValue(LocalTime.of(10, 0));
        test(dialog.book).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(day()).singleElement().satisfies(b -> {
            assertThat(b.stationId()).isEqualTo(pc2.id());
            assertThat(b.startsAt()).isEqualTo(monday.atTime(10, 0));
            assertThat(b.endsAt()).isEqualTo(monday.atTime(11, 0));
        });
        assertThat(texts("board-item")).singleElement().asString()
                .contains("Ana Lucía Batista").contains("10:00–11:00").contains("Reservada");
    }

    @Test
    void a_booking_over_the_lunch_gap_is_refused_naming_the_rule_and_nothing_is_saved() {
        test(view.reserve).click();
        BookDialog dialog = view.bookDialog;
        test(dialog.member.query).setValue("Batista");
        test(dialog.start).setValue(LocalTime.of(11, 30));
        test(dialog.book).click();

        assertThat(dialog.error.getText()).as("under the fields, not a toast over them")
                .isEqualTo("El horario pedido no cabe en un turno de apertura del centro");
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(day()).isEmpty();
    }

    @Test
    void a_walk_in_starts_with_one_tap_on_the_purpose_and_shows_its_time_left() {
        test(view.walkIn).click();
        WalkInDialog dialog = view.walkInDialog;
        assertThat(dialog.purposes.of(VisitPurpose.EMPLOYMENT).isEnabled()).isFalse();
        test(dialog.member.query).setValue(ana.memberNumber());
        test(dialog.purposes.of(VisitPurpose.EMPLOYMENT)).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(day()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BookingKind.WALK_IN);
            assertThat(b.status()).isEqualTo(BookingStatus.IN_SESSION);
            assertThat(b.purpose()).isEqualTo(VisitPurpose.EMPLOYMENT);
        });
        assertThat(texts("board-item")).singleElement().asString().contains("Ana Lucía Batista").contains("quedan 60 min");
        assertThat(lastNotification()).as("where to sit and until when").isEqualTo("Sesión iniciada en PC-01 hasta las 10:00");

        clock.standAt(monday.atTime(9, 45));
        view.refresh();
        assertThat(texts("board-item")).singleElement().asString().contains("quedan 15 min");
    }

    private void walkIn(MemberDetails member, VisitPurpose purpose) {
        test(view.walkIn).click();
        test(view.walkInDialog.member.query).setValue(member.memberNumber());
        test(view.walkInDialog.purposes.of(purpose)).click();
    }

    /** Both stations taken by guests from 09:00 to 10:00. */
    private List<BookingDetails> fillBothStations() {
        List<BookingDetails> sessions = List.of(bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.LEISURE),
                bookings.startGuestSession(centre.id(), pc2.id(), VisitPurpose.LEISURE));
        view.refresh();
        return sessions;
    }

    private List<String> queueTexts() {
        return view.queuePanel.rowsInOrder().stream().map(r -> r.element().getElement().getTextRecursively()).toList();
    }

    private QueuePanel.Row queueRow(int index) {
        return view.queuePanel.rowsInOrder().get(index);
    }

    @Test
    void when_no_station_is_free_the_walk_in_gets_a_ticket_with_its_purpose_shown_in_the_queue_panel() {
        assertThat(view.queuePanel.isVisible()).isTrue();
        assertThat(view.queuePanel.emptyState.isVisible()).isTrue();
        assertThat(view.queuePanel.emptyState.getText()).isEqualTo("Nadie espera turno");
        assertThat(view.queuePanel.publicScreen.getHref()).isEqualTo("cola/" + centre.code());
        fillBothStations();

        walkIn(ana, VisitPurpose.EDUCATION);

        assertThat(view.walkInDialog.isOpened()).isFalse();
        assertThat(view.message.getText()).as("under the toolbar until the next action, not a toast over the board")
                .isEqualTo("Turno 1 — posición 1 — espera estimada 60 min");
        assertThat(view.message.hasClassName("info")).isTrue();
        assertThat(queue.queue(centre.id())).singleElement().satisfies(t -> {
            assertThat(t.memberId()).isEqualTo(ana.id());
            assertThat(t.purpose()).isEqualTo(VisitPurpose.EDUCATION);
            assertThat(t.status()).isEqualTo(TicketStatus.WAITING);
        });
        assertThat(day()).hasSize(2).allSatisfy(b -> assertThat(b.kind()).isEqualTo(BookingKind.GUEST));
        assertThat(view.queuePanel.emptyState.isVisible()).isFalse();
        assertThat(queueTexts()).singleElement().asString()
                .contains("Turno 1").contains("Ana Lucía Batista").contains("Educación / tareas").contains("espera 0 min");
        assertThat(queueRow(0).accept()).as("nothing to accept while waiting").isNull();

        MemberDetails beto = members.register(MemberRegistrations.aMember(centre.id()).named("Beto", "Pérez").build());
        clock.standAt(monday.atTime(9, 12));
        walkIn(beto, VisitPurpose.HEALTH);
        assertThat(view.message.getText()).isEqualTo("Turno 2 — posición 2 — espera estimada 48 min");
        assertThat(queueTexts()).hasSize(2);
        assertThat(queueTexts().get(0)).contains("Turno 1").contains("espera 12 min");
        assertThat(queueTexts().get(1)).contains("Turno 2").contains("Beto Pérez").contains("Salud").contains("espera 0 min");
    }

    @Test
    void a_poll_keeps_each_tickets_row_and_its_buttons_and_writes_only_the_minutes_waited() {
        fillBothStations();
        walkIn(ana, VisitPurpose.EDUCATION);
        QueuePanel.Row before = queueRow(0);
        changesUnder(view.queuePanel.tickets.getElement());

        clock.standAt(monday.atTime(9, 7));
        view.refresh(); // what the 30-second poll runs

        QueuePanel.Row after = queueRow(0);
        assertThat(after.element()).as("the same row, so a focused button keeps the focus").isSameAs(before.element());
        assertThat(after.cancel()).isSameAs(before.cancel());
        assertThat(queueTexts()).singleElement().asString().contains("espera 7 min");
        assertThat(changesUnder(view.queuePanel.tickets.getElement())).as("only the minutes waited are written")
                .containsExactly(after.waited().getElement().getChild(0).getNode());

        // Called to a freed station, the ticket's row changes: it gets Accept and Decline.
        bookings.checkOut(day().getFirst().id());
        awaitOfferThenRefresh();
        assertThat(queueRow(0).element()).isNotSameAs(before.element());
        assertThat(queueRow(0).accept()).isNotNull();
    }

    @Test
    void the_queue_is_only_on_todays_board() {
        test(view.nextDay).click();
        assertThat(view.queuePanel.isVisible()).isFalse();
        test(view.today).click();
        assertThat(view.queuePanel.isVisible()).isTrue();
    }

    @Test
    void after_a_check_out_the_head_ticket_is_offered_the_station_and_accept_starts_its_session_on_the_board() {
        BookingDetails onPc1 = fillBothStations().getFirst();
        walkIn(ana, VisitPurpose.EMPLOYMENT);

        clock.standAt(monday.atTime(9, 20));
        test(view.items().get(onPc1.id())).click();
        test(view.actionsDialog.checkOut).click();
        awaitOfferThenRefresh();

        assertThat(queueTexts()).singleElement().asString().contains("Turno 1").contains("Ana Lucía Batista")
                .contains("Llamado a PC-01 hasta las 09:25");
        test(queueRow(0).accept()).click();

        assertThat(lastNotification()).startsWith("Sesión iniciada desde la cola en PC-01 hasta las ");
        assertThat(view.queuePanel.emptyState.isVisible()).isTrue();
        BookingDetails session = day().stream().filter(b -> ana.id() == (b.memberId() == null ? -1 : b.memberId()))
                .findFirst().orElseThrow();
        assertThat(session.kind()).isEqualTo(BookingKind.WALK_IN);
        assertThat(session.status()).isEqualTo(BookingStatus.IN_SESSION);
        assertThat(session.stationId()).isEqualTo(pc1.id());
        assertThat(session.purpose()).isEqualTo(VisitPurpose.EMPLOYMENT);
        assertThat(session.startsAt()).as("the checked-out session keeps its 5-minute slot").isEqualTo(monday.atTime(9, 25));
        assertThat(view.items().get(session.id()).getElement().getTextRecursively()).contains("Ana Lucía Batista");
    }

    @Test
    void a_ticket_called_a_session_ending_and_a_session_ended_are_announced_politely_once() {
        BookingDetails onPc1 = fillBothStations().getFirst();
        Div announcer = $(Div.class).withClassName("live-announcer").single();
        assertThat(announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(announcer.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(announcer.getText()).as("nothing is said for what the board shows when it opens").isEmpty();

        clock.standAt(monday.atTime(9, 56));
        view.refresh(); // the poll
        assertThat(announcer.getText()).as("both, in the board's order").isEqualTo(
                "A la sesión de Invitado en PC-01 le quedan 4 min. A la sesión de Invitado en PC-02 le quedan 4 min");
        String ending = announcer.getText();
        clock.standAt(monday.atTime(9, 57));
        view.refresh();
        assertThat(announcer.getText()).as("said once").isEqualTo(ending);

        walkIn(ana, VisitPurpose.EDUCATION);
        clock.standAt(monday.atTime(10, 1));
        bookings.endDueSessions(centre.id()); // what the job does at the end of a session
        awaitOfferThenRefresh();
        assertThat(announcer.getText()).startsWith("Turno llamado: Ana Lucía Batista. Llamado a PC-01 hasta las ");
        assertThat(bookings.get(onPc1.id()).status()).isEqualTo(BookingStatus.COMPLETED);
    }

    @Test
    void a_session_that_ends_by_itself_is_announced_but_one_the_desk_ends_is_not() {
        List<BookingDetails> sessions = fillBothStations();
        Div announcer = $(Div.class).withClassName("live-announcer").single();
        clock.standAt(monday.atTime(9, 30));
        test(view.items().get(sessions.getFirst().id())).click();
        test(view.actionsDialog.checkOut).click();
        assertThat(announcer.getText()).as("the desk hears its own action from the notification").isEmpty();

        clock.standAt(monday.atTime(10, 1));
        bookings.endDueSessions(centre.id());
        view.refresh(); // the poll
        assertThat(announcer.getText()).isEqualTo("Terminó la sesión de Invitado en PC-02: la estación está libre");
    }

    @Test
    void a_declined_offer_passes_the_station_to_the_next_ticket() {
        BookingDetails onPc1 = fillBothStations().getFirst();
        walkIn(ana, VisitPurpose.EDUCATION);
        MemberDetails beto = members.register(MemberRegistrations.aMember(centre.id()).named("Beto", "Pérez").build());
        walkIn(beto, VisitPurpose.LEISURE);
        clock.standAt(monday.atTime(9, 30));
        bookings.checkOut(onPc1.id());
        awaitOfferThenRefresh();
        assertThat(queueTexts()).hasSize(2);
        assertThat(queueTexts().get(0)).contains("Turno 1").contains("Llamado a PC-01");

        test(queueRow(0).decline()).click();

        assertThat(lastNotification()).isEqualTo("Oferta rechazada: la estación pasa al siguiente turno");
        assertThat(queueTexts()).singleElement().asString().contains("Turno 2").contains("Beto Pérez")
                .contains("Llamado a PC-01 hasta las 09:35");
        assertThat(queue.queue(centre.id())).extracting(QueueTicket::memberId).containsExactly(beto.id());
    }

    @Test
    void a_ticket_leaves_the_queue_only_after_confirmation() {
        fillBothStations();
        walkIn(ana, VisitPurpose.EDUCATION);

        test(queueRow(0).cancel()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("¿Quitar el turno 1 de la cola?");
        assertThat(queue.queue(centre.id())).as("nothing happens before the confirmation").hasSize(1);
        test(confirm).confirm();

        assertThat(lastNotification()).isEqualTo("Turno quitado de la cola");
        assertThat(queue.queue(centre.id())).isEmpty();
        assertThat(view.queuePanel.emptyState.isVisible()).isTrue();
    }

    @Test
    void a_second_ticket_for_the_same_member_is_refused_naming_the_rule() {
        fillBothStations();
        walkIn(ana, VisitPurpose.EDUCATION);

        walkIn(ana, VisitPurpose.LEISURE);

        assertThat(view.message.getText()).isEqualTo("El miembro ya tiene un turno en la cola de hoy");
        assertThat(view.message.isVisible()).isTrue();
        assertThat(queue.queue(centre.id())).singleElement().extracting(QueueTicket::purpose).isEqualTo(VisitPurpose.EDUCATION);
    }

    @Test
    void with_no_station_free_for_a_guest_the_dialog_says_so_and_one_tap_gives_a_guest_ticket() {
        fillBothStations();
        test(view.guest).click();
        GuestDialog dialog = view.guestDialog;
        assertThat(dialog.station.isVisible()).isFalse();
        assertThat(dialog.noneFree.isVisible()).isTrue();

        test(dialog.purposes.of(VisitPurpose.GOVERNMENT_SERVICES)).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.message.getText()).as("under the toolbar until the next action, not a toast over the board")
                .isEqualTo("Turno 1 — posición 1 — espera estimada 60 min");
        assertThat(view.message.hasClassName("info")).isTrue();
        assertThat(queue.queue(centre.id())).singleElement().satisfies(t -> {
            assertThat(t.memberId()).isNull();
            assertThat(t.purpose()).isEqualTo(VisitPurpose.GOVERNMENT_SERVICES);
        });
        assertThat(queueTexts()).singleElement().asString().contains("Turno 1").contains("Invitado");
    }

    @Test
    void the_guest_dialog_preselects_a_free_station_for_adults_and_lists_no_busy_or_childrens_one() {
        SystemAuthentication.call(() -> stations.create(centre.id(), new StationData("PC-03", StationKind.DESKTOP, null, 12, null, 0)));
        bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.EDUCATION);
        view.refresh();

        test(view.guest).click();
        GuestDialog dialog = view.guestDialog;

        assertThat(dialog.station.getValue()).extracting(StationDetails::label).isEqualTo("PC-02");
        assertThat(dialog.station.getListDataView().getItems().map(StationDetails::label).toList())
                .containsExactly("PC-02");
        assertThat(dialog.noneFree.isVisible()).isFalse();
        assertThat(dialog.queueTicket.isVisible()).as("no queue while a station is free").isFalse();
        test(dialog.purposes.of(VisitPurpose.LEISURE)).click();
        assertThat(lastNotification()).isEqualTo("Sesión de invitado iniciada en PC-02 hasta las 10:00");
    }

    @Test
    void a_guest_whose_station_another_desk_took_meanwhile_is_told_under_the_buttons_and_offered_the_queue() {
        test(view.guest).click();
        GuestDialog dialog = view.guestDialog;
        test(dialog.station).selectItem("PC-01");
        bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.LEISURE);

        test(dialog.purposes.of(VisitPurpose.OTHER)).click();

        assertThat(dialog.error.getText()).isEqualTo("La estación ya está reservada a esa hora");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(dialog.queueTicket.isVisible()).isTrue();
    }

    @Test
    void a_ticket_issued_at_another_desk_reaches_the_open_board_without_a_reload() {
        fillBothStations();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        queue.issueTicket(ana.id(), centre.id(), VisitPurpose.OTHER);
        runPendingAccessTasks();

        assertThat(queueTexts()).singleElement().asString().contains("Turno 1").contains("Ana Lucía Batista");
    }

    @Test
    void a_guest_session_records_no_member() {
        test(view.guest).click();
        test(view.guestDialog.station).selectItem("PC-02");
        test(view.guestDialog.purposes.of(VisitPurpose.GOVERNMENT_SERVICES)).click();

        assertThat(day()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BookingKind.GUEST);
            assertThat(b.memberId()).isNull();
            assertThat(b.stationId()).isEqualTo(pc2.id());
            assertThat(b.purpose()).isEqualTo(VisitPurpose.GOVERNMENT_SERVICES);
        });
        assertThat(texts("board-item")).singleElement().asString().startsWith("Invitado");
    }

    @Test
    void a_booking_is_checked_in_with_its_purpose_extended_and_checked_out_from_the_board() {
        BookingDetails booked = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(9, 0), 30));
        view.refresh();

        test(view.items().get(booked.id())).click();
        test(view.actionsDialog.checkIn.of(VisitPurpose.EDUCATION)).click();
        assertThat(bookings.get(booked.id())).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.IN_SESSION);
            assertThat(b.purpose()).isEqualTo(VisitPurpose.EDUCATION);
        });
        assertThat(lastNotification()).isEqualTo("Llegada registrada: la sesión está en curso");

        test(view.items().get(booked.id())).click();
        test(view.actionsDialog.extend15).click();
        assertThat(bookings.get(booked.id()).endsAt()).isEqualTo(monday.atTime(9, 45));
        assertThat(texts("board-item")).singleElement().asString().contains("09:00–09:45").contains("quedan 45 min");

        clock.standAt(monday.atTime(9, 20));
        test(view.items().get(booked.id())).click();
        test(view.actionsDialog.checkOut).click();
        assertThat(bookings.get(booked.id())).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.COMPLETED);
            assertThat(b.endsAt()).isEqualTo(monday.atTime(9, 20));
        });
        assertThat(texts("board-item")).singleElement().asString().contains("Terminada");
    }

    @Test
    void a_booking_is_one_element_on_the_board_and_enter_on_it_opens_its_actions() {
        BookingDetails booked = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(9, 0), 30));
        view.refresh();

        // Every element stays in each open board's server memory (docs/performance.md): a booking is one
        // element with one text node, the name on its first line.
        Element item = view.items().get(booked.id()).getElement();
        assertThat(item.getChildren()).allMatch(Element::isTextNode).hasSize(1);
        assertThat(item.getText()).startsWith("Ana Lucía Batista\n09:00–09:30");

        // Enter (or Space) on an item reaches the board's one keyboard listener with the item's booking id.
        assertThat(DayBoardView.ITEM_KEYS).contains("'Enter'", "' '");
        ObjectNode enter = JsonNodeFactory.instance.objectNode()
                .put(DayBoardView.ITEM_ID, item.getAttribute("data-booking"))
                .put(DayBoardView.ITEM_KEYS, true);
        view.board.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(view.board.getElement(), "keydown", enter));
        assertThat(view.actionsDialog).isNotNull();
        assertThat(view.actionsDialog.isOpened()).isTrue();
    }

    @Test
    void a_poll_keeps_the_board_and_writes_only_the_minutes_left_and_the_now_line() {
        MemberDetails beto = members.register(MemberRegistrations.aMember(centre.id()).named("Beto", "Castillo").build());
        BookingDetails later = bookings.book(new BookingRequest(ana.id(), centre.id(), pc2.id(), monday.atTime(14, 0), 60));
        BookingDetails live = bookings.startWalkIn(beto.id(), centre.id(), VisitPurpose.LEISURE);
        view.refresh();
        List<Element> before = view.board.getElement().getChildren().toList();
        Div liveItem = view.items().get(live.id());
        Div nowLine = (Div) view.board.getChildren().filter(c -> c.hasClassName("board-now")).findFirst().orElseThrow();
        String nowColumn = nowLine.getStyle().get("grid-column");
        changesOnTheBoard(); // what the response after the refresh above carried

        clock.standAt(monday.atTime(9, 25));
        view.refresh(); // what the 30-second poll runs

        assertThat(view.board.getElement().getChildren().toList()).as("the same elements, in the same order")
                .containsExactlyElementsOf(before);
        assertThat(liveItem.getElement().getText()).contains("Beto Castillo").contains("quedan 35 min");
        assertThat(liveItem.getTitle()).hasValueSatisfying(title -> assertThat(title).contains("quedan 35 min"));
        assertThat(view.items().get(later.id()).getElement().getText()).contains("14:00–15:00");
        assertThat(nowLine.getStyle().get("grid-column")).isNotEqualTo(nowColumn);
        // The next response carries the live item's title and text and the moved line, nothing new.
        assertThat(changesOnTheBoard()).containsExactlyInAnyOrder(liveItem.getElement().getNode(),
                liveItem.getElement().getChild(0).getNode(), nowLine.getElement().getNode());
    }

    @Test
    void a_new_booking_takes_its_place_in_start_order_and_a_cancelled_one_leaves_without_redrawing_the_others() {
        BookingDetails eleven = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(11, 0), 60));
        BookingDetails halfPastNine = bookings.book(new BookingRequest(ana.id(), centre.id(), pc2.id(),
                monday.atTime(9, 30), 30));
        view.refresh();
        Div elevenItem = view.items().get(eleven.id());
        Div halfPastNineItem = view.items().get(halfPastNine.id());
        assertThat(boardItems()).containsExactly(halfPastNineItem, elevenItem);

        MemberDetails beto = members.register(MemberRegistrations.aMember(centre.id()).named("Beto", "Castillo").build());
        BookingDetails ten = bookings.book(new BookingRequest(beto.id(), centre.id(), pc1.id(), monday.atTime(10, 0), 60));
        view.refresh();
        assertThat(view.items().keySet()).containsExactly(halfPastNine.id(), ten.id(), eleven.id());
        assertThat(boardItems()).as("the keyboard's order is the order they start, the others kept")
                .containsExactly(halfPastNineItem, view.items().get(ten.id()), elevenItem);
        changesOnTheBoard();

        clock.standAt(monday.atTime(9, 30));
        bookings.extend(bookings.checkIn(halfPastNine.id(), VisitPurpose.EDUCATION).id(), 15);
        bookings.cancel(ten.id(), bookings.get(ten.id()).version());
        view.refresh();
        assertThat(boardItems()).containsExactly(halfPastNineItem, elevenItem);
        assertThat(halfPastNineItem.hasClassName("in-session")).isTrue();
        assertThat(halfPastNineItem.getElement().getText()).contains("09:30–10:15");
        assertThat(changesOnTheBoard()).as("the eleven o'clock booking is not written again")
                .doesNotContain(elevenItem.getElement().getNode(), elevenItem.getElement().getChild(0).getNode());
    }

    private List<Div> boardItems() {
        return view.board.getChildren().filter(c -> c.hasClassName("board-item")).map(Div.class::cast).toList();
    }

    /** The board's nodes that the next response would write, taken out of the UI's state tree as a response does. */
    private Set<StateNode> changesOnTheBoard() {
        return changesUnder(view.board.getElement());
    }

    /** The nodes below {@code root} that the next response would write; all pending changes are taken out. */
    private Set<StateNode> changesUnder(Element root) {
        Set<StateNode> below = new HashSet<>();
        root.getChildren().forEach(child -> collect(child, below));
        Set<StateNode> changed = new HashSet<>();
        view.getUI().orElseThrow().getInternals().getStateTree().collectChanges(change -> {
            if (below.contains(change.getNode())) {
                changed.add(change.getNode());
            }
        });
        return changed;
    }

    private static void collect(Element element, Set<StateNode> nodes) {
        nodes.add(element.getNode());
        element.getChildren().forEach(child -> collect(child, nodes));
    }

    @Test
    void a_session_at_the_limit_is_offered_no_extension_and_the_dialog_says_why() {
        BookingDetails session = bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.LEISURE);
        view.refresh();

        test(view.items().get(session.id())).click();

        assertThat(view.actionsDialog.extend15.isVisible()).isFalse();
        assertThat(view.actionsDialog.extend30.isVisible()).isFalse();
        assertThat(view.actionsDialog.noExtension.getText())
                .isEqualTo("No se puede extender: Una sesión puede durar como máximo 60 minutos en este centro");
        assertThat(view.actionsDialog.checkOut.isVisible()).isTrue();
    }

    @Test
    void a_session_is_offered_only_the_extensions_that_fit() {
        BookingDetails booked = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(9, 0), 45));
        bookings.checkIn(booked.id(), VisitPurpose.EDUCATION);
        view.refresh();

        test(view.items().get(booked.id())).click();

        assertThat(view.actionsDialog.extend15.isVisible()).isTrue();
        assertThat(view.actionsDialog.extend30.isVisible()).as("60 minutes at most").isFalse();
        assertThat(view.actionsDialog.noExtension.getText()).isEmpty();
    }

    @Test
    void a_booking_is_cancelled_after_confirmation_and_leaves_the_board() {
        BookingDetails booked = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(14, 0), 60));
        view.refresh();

        test(view.items().get(booked.id())).click();
        test(view.actionsDialog.cancelBooking).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(bookings.get(booked.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(texts("board-item")).isEmpty();
    }

    @Test
    void a_closure_added_over_a_booking_flags_it_on_the_board_and_the_desk_keeps_it() {
        BookingDetails booked = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(14, 0), 60));
        org.infoplaza.security.SystemAuthentication.run(() -> centres.addClosure(centre.id(),
                new org.infoplaza.centre.ClosureData(monday, monday, org.infoplaza.centre.ClosureKind.HOLIDAY,
                        "Fumigación")));
        view.refresh();

        assertThat(view.emptyState.getText()).isEqualTo("Cerrado: Fumigación");

        assertThat(view.items().get(booked.id()).hasClassName("conflict")).isTrue();
        assertThat(texts("board-item")).singleElement().asString().contains("Conflicto: Fumigación");

        test(view.items().get(booked.id())).click();
        test(view.actionsDialog.keep).click();

        assertThat(bookings.get(booked.id()).conflicted()).isFalse();
        assertThat(bookings.get(booked.id()).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(view.items().get(booked.id()).hasClassName("conflict")).isFalse();
    }

    @Test
    void another_operators_booking_reaches_the_open_board_without_a_reload() {
        assertThat(broadcaster.boardsOf(centre.id())).isEqualTo(1);
        assertThat(texts("board-item")).isEmpty();

        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(15, 0), 60));
        runPendingAccessTasks();

        assertThat(texts("board-item")).singleElement().asString().contains("Ana Lucía Batista").contains("15:00–16:00");
    }

    @Test
    void a_board_of_another_centre_is_not_told_and_a_left_board_unregisters() {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        bookings.startGuestSession(other.id(), fixtures.station(other.id(), "PC-09").id(), VisitPurpose.OTHER);
        runPendingAccessTasks();
        assertThat(texts("board-item")).isEmpty();

        SignedIn.as(operator);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(broadcaster.boardsOf(centre.id())).isZero();
    }

    @Test
    void a_workshop_reserving_the_room_shows_as_a_labelled_band_across_the_stations_and_flags_the_booking_under_it() {
        BookingDetails booked = bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), monday.atTime(10, 30), 30));
        assertThat(view.roomBands()).isEmpty();

        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));
        rooms.reserve(centre.id(), List.of(new RoomUse(Fixtures.unique("workshop-session"), monday.atTime(10, 0),
                monday.atTime(11, 0), "Taller de Excel")));
        SignedIn.as(operator);
        runPendingAccessTasks();

        assertThat(view.roomBands()).singleElement().satisfies(band -> {
            assertThat(band.getElement().getTextRecursively()).contains("Sala reservada: Taller de Excel")
                    .contains("10:00–11:00");
            assertThat(band.getStyle().get("grid-row")).as("through every station row").isEqualTo("2 / -1");
            assertThat(band.getStyle().get("grid-column")).as("08:00 is line 2; 10:00 is 24 slots later")
                    .isEqualTo("26 / 38");
        });
        assertThat(view.items().get(booked.id()).hasClassName("conflict")).isTrue();
        assertThat(texts("board-item")).singleElement().asString().contains("Conflicto: Taller de Excel");
    }

    @Test
    void a_walk_in_while_the_room_is_reserved_is_refused_naming_the_workshop() {
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));
        rooms.reserve(centre.id(), List.of(new RoomUse(Fixtures.unique("workshop-session"), monday.atTime(9, 0),
                monday.atTime(10, 30), "Taller de Excel")));
        SignedIn.as(operator);
        view.refresh();

        walkIn(ana, VisitPurpose.EDUCATION);

        assertThat(view.walkInDialog.error.getText()).as("under the purpose buttons, not over them")
                .isEqualTo("La sala de cómputo está reservada para un taller (Taller de Excel) de 09:00 a 10:30");
        assertThat(view.walkInDialog.isOpened()).isTrue();
        assertThat(day()).isEmpty();
        assertThat(view.queuePanel.rowsInOrder()).as("no ticket: the room is taken, not the stations").isEmpty();
    }

    @Test
    void each_station_shows_its_kind_and_age_limits() {
        SystemAuthentication.call(() -> stations.create(centre.id(), new StationData("PC-03", StationKind.LAPTOP, null, 12, null, 0)));
        view.refresh();

        Div kids = view.board.getChildren().filter(c -> c.hasClassName("board-station"))
                .map(Div.class::cast).filter(c -> c.getElement().getTextRecursively().startsWith("PC-03"))
                .findFirst().orElseThrow();
        assertThat(kids.getElement().getTextRecursively()).isEqualTo("PC-03≤12");
        assertThat(kids.hasClassName("age-limited")).isTrue();
        assertThat(kids.getTitle()).contains("PC-03: Laptop, edades: Hasta 12 años");
    }

    @Test
    void a_centre_of_twenty_stations_gets_the_dense_board_that_fits_a_laptop_screen() {
        for (int i = 3; i <= 20; i++) {
            fixtures.station(centre.id(), "PC-%02d".formatted(i));
        }
        view.refresh();

        assertThat(texts("board-station")).hasSize(20);
        assertThat(view.board.hasClassName("dense")).isTrue();
        assertThat(view.board.getStyle().get("grid-template-rows")).isEqualTo("auto repeat(20, var(--board-row-height))");
    }

    @Test
    void todays_board_opens_with_now_in_view_follows_it_and_alt_n_brings_it_back() {
        assertThat(scripts(view.scroller)).as("on opening").anySatisfy(script -> {
            assertThat(script.getInvocation().getExpression()).contains("board-now");
            assertThat(script.getInvocation().getParameters().getFirst()).as("not following: at once").isEqualTo(false);
        });

        view.refresh(); // the poll
        assertThat(scripts(view.scroller)).as("following: only when now reaches the edge").singleElement()
                .satisfies(script -> assertThat(script.getInvocation().getParameters().getFirst()).isEqualTo(true));

        test(view.nextDay).click();
        assertThat(scripts(view.scroller)).as("no now on another day").isEmpty();
        ShortcutsKt._fireShortcut(view, DeskToolbar.NOW, KeyModifier.ALT);
        assertThat(view.day.getValue()).isEqualTo(monday);
        assertThat(scripts(view.scroller)).extracting(script -> script.getInvocation().getExpression())
                .anyMatch(js -> js.contains("board-now")).anyMatch(js -> js.contains("focus"));
    }

    @Test
    void the_desks_main_actions_have_alt_shortcuts_named_in_their_tooltips_heard_only_on_the_board() {
        assertThat(view.walkIn.getTooltip().getText()).endsWith("(Alt+S)");
        assertThat(view.reserve.getTooltip().getText()).endsWith("(Alt+R)");
        assertThat(view.guest.getTooltip().getText()).endsWith("(Alt+I)");
        assertThat(view.today.getTooltip().getText()).endsWith("(Alt+N)");
        assertThat(view.walkIn.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Alt+S");

        fireShortcut(DeskToolbar.WALK_IN, KeyModifier.ALT);
        assertThat(view.walkInDialog).as("not UI-wide").isNull();

        ShortcutsKt._fireShortcut(view, DeskToolbar.WALK_IN, KeyModifier.ALT);
        assertThat(view.walkInDialog.isOpened()).isTrue();
        test(view.walkInDialog.member.query).setValue(ana.memberNumber());
        scripts(view.scroller);
        test(view.walkInDialog.purposes.of(VisitPurpose.EDUCATION)).click();
        assertThat(scripts(view.scroller)).as("the focus back on the board")
                .anyMatch(script -> script.getInvocation().getExpression().contains("this.focus"));

        ShortcutsKt._fireShortcut(view, DeskToolbar.GUEST, KeyModifier.ALT);
        assertThat(view.guestDialog.isOpened()).isTrue();
        view.guestDialog.close();
        ShortcutsKt._fireShortcut(view, DeskToolbar.BOOK, KeyModifier.ALT);
        assertThat(view.bookDialog.isOpened()).isTrue();
    }

    @Test
    void alt_c_puts_the_focus_on_the_first_ticket_of_the_queue() {
        fillBothStations();
        walkIn(ana, VisitPurpose.EDUCATION);
        scripts(view.scroller);

        ShortcutsKt._fireShortcut(view, DeskToolbar.QUEUE, KeyModifier.ALT);

        assertThat(scripts(queueRow(0).cancel())).anyMatch(script -> script.getInvocation().getExpression().contains("focus"));
    }

    /** The scripts the server will run on this component's element in the browser at the next response. */
    private static List<PendingJavaScriptInvocation> scripts(com.vaadin.flow.component.Component owner) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getOwner() == owner.getElement().getNode()).toList();
    }

    /**
     * The freed station is offered to the queue moments after the check-out commits, on the task executor
     * (see {@code FreedStations}); the board then hears of it as of any change. Waits for the offer, then
     * refreshes as that change would.
     */
    private void awaitOfferThenRefresh() {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> queue.queue(centre.id()).stream()
                .anyMatch(ticket -> ticket.status() == TicketStatus.OFFERED));
        view.refresh();
    }
}

package org.infoplaza.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.VisitPurpose;
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
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front desk's day board on the fixture centre (Mondays 08:00–12:00 and 13:00–17:00, one-hour sessions),
 * with the clock standing on the next Monday at 09:00: booking, walk-in, guest, check-in with a purpose,
 * extension, check-out and cancellation through the board, a refusal that names its rule, and the board
 * refreshing when another operator changes the centre's day.
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
        assertThat(texts("board-station")).containsExactly("PC-01", "PC-02", "PC-03");
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

        assertThat(lastNotification()).isEqualTo("El horario pedido no cabe en un turno de apertura del centro");
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

        clock.standAt(monday.atTime(9, 45));
        view.refresh();
        assertThat(texts("board-item")).singleElement().asString().contains("quedan 15 min");
    }

    @Test
    void when_no_station_is_free_the_walk_in_is_offered_the_queue_and_nothing_is_saved() {
        bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.LEISURE);
        bookings.startGuestSession(centre.id(), pc2.id(), VisitPurpose.LEISURE);
        test(view.walkIn).click();
        test(view.walkInDialog.member.query).setValue(ana.memberNumber());
        test(view.walkInDialog.purposes.of(VisitPurpose.EDUCATION)).click();

        assertThat(lastNotification()).isEqualTo("No hay ninguna estación libre");
        assertThat(day()).hasSize(2).allSatisfy(b -> assertThat(b.kind()).isEqualTo(BookingKind.GUEST));
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
    void an_extension_past_the_session_limit_is_refused_naming_the_rule() {
        BookingDetails session = bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.LEISURE);
        view.refresh();

        test(view.items().get(session.id())).click();
        test(view.actionsDialog.extend30).click();

        assertThat(lastNotification()).isEqualTo("Una sesión puede durar como máximo 60 minutos en este centro");
        assertThat(bookings.get(session.id()).endsAt()).isEqualTo(session.endsAt());
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
}

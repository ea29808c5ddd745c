package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.AtOnce;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The computer room reserved for workshop sessions: while a reservation holds it, every way of putting
 * someone on a station at that time is refused naming the workshop; bookings made before are flagged, never
 * cancelled; a reservation moves by its reference and is released with it; only the centre's staff may touch
 * it; and a booking racing a reservation is either refused or flagged. The centre is open on Mondays
 * 08:00–12:00 and 13:00–17:00; the clock stands on the next Monday at 09:00.
 */
@IntegrationTest
@RecordApplicationEvents
class RoomReservationsIntegrationTest {

    static final String EXCEL = "Taller de Excel básico";

    @Autowired
    RoomReservations rooms;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WalkInQueue queue;

    CentreDetails centre;
    StationDetails pc1;
    StationDetails pc2;
    StaffPrincipal operator;
    StaffPrincipal facilitator;
    long ana;
    long beto;
    String sessions;

    @BeforeEach
    void setUp() {
        sessions = Fixtures.unique("workshop-session");
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        pc1 = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        pc2 = BookingDesk.station(stations, centre.id(), "PC-02", null, null);
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(operator);
        ana = BookingDesk.adult(members, centre.id());
        beto = BookingDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    /** A reference unique to this test run, like "workshop-session:42" (tests share the database). */
    String ref(String session) {
        return sessions + ":" + session;
    }

    RoomUse use(String reference, LocalDateTime start, LocalDateTime end) {
        return new RoomUse(reference, start, end, EXCEL);
    }

    /** The station a walk-in did not take. */
    StationDetails other(BookingDetails session) {
        return session.stationId() == pc1.id() ? pc2 : pc1;
    }

    BookingDetails book(long memberId, StationDetails station, LocalDateTime start, int minutes) {
        return bookings.book(new BookingRequest(memberId, centre.id(), station.id(), start, minutes));
    }

    /** Reserves as the centre's facilitator, the way the workshop module will. */
    void reserve(RoomUse... uses) {
        SignedIn.as(facilitator);
        try {
            rooms.reserve(centre.id(), List.of(uses));
        } finally {
            SignedIn.as(operator);
        }
    }

    void release(String... references) {
        SignedIn.as(facilitator);
        try {
            rooms.release(List.of(references));
        } finally {
            SignedIn.as(operator);
        }
    }

    static void assertRoomRefusal(ThrowingCallable call, String from, String to) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("booking.room.reserved");
            assertThat(e.arguments()).containsExactly(EXCEL, from, to);
        });
    }

    // --- the rules refuse every overlapping use of a station

    @Test
    void a_booking_over_a_reservation_is_refused_naming_the_workshop_and_one_next_to_it_is_not() {
        reserve(use(ref("1"), mondayAt(15, 0), mondayAt(17, 0)));

        assertRoomRefusal(() -> book(ana, pc1, mondayAt(14, 30), 60), "15:00", "17:00");
        assertRoomRefusal(() -> book(ana, pc2, mondayAt(16, 0), 30), "15:00", "17:00");
        assertThat(BookingDesk.bookingRows(jdbc, centre.id())).isZero();
        assertThat(BookingDesk.stationSlots(jdbc, centre.id())).isZero();

        assertThat(book(ana, pc1, mondayAt(14, 0), 60).endsAt()).isEqualTo(mondayAt(15, 0));
    }

    @Test
    void walk_ins_and_guest_sessions_end_where_the_reservation_begins_and_are_refused_inside_it() {
        reserve(use(ref("1"), mondayAt(10, 0), mondayAt(11, 0)));
        clock.standAt(mondayAt(9, 30));

        BookingDetails walkIn = bookings.startWalkIn(ana, centre.id(), VisitPurpose.EDUCATION);
        assertThat(walkIn.endsAt()).isEqualTo(mondayAt(10, 0));
        assertThat(bookings.startGuestSession(centre.id(), other(walkIn).id(), VisitPurpose.LEISURE).endsAt())
                .isEqualTo(mondayAt(10, 0));

        clock.standAt(mondayAt(9, 57));
        assertRoomRefusal(() -> bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION), "10:00", "11:00");

        clock.standAt(mondayAt(10, 10));
        long rows = BookingDesk.bookingRows(jdbc, centre.id());
        assertRoomRefusal(() -> bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION), "10:00", "11:00");
        assertRoomRefusal(() -> bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.LEISURE), "10:00", "11:00");
        assertRoomRefusal(() -> bookings.startOfferedSession(beto, centre.id(), pc1.id(), VisitPurpose.EDUCATION),
                "10:00", "11:00");
        assertRoomRefusal(() -> bookings.startOfferedSession(null, centre.id(), pc1.id(), VisitPurpose.EDUCATION),
                "10:00", "11:00");
        assertThat(BookingDesk.bookingRows(jdbc, centre.id())).isEqualTo(rows);

        clock.standAt(mondayAt(11, 0));
        assertThat(bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION).startsAt()).isEqualTo(mondayAt(11, 0));
    }

    @Test
    void an_offered_session_ends_where_the_reservation_begins() {
        reserve(use(ref("1"), mondayAt(9, 30), mondayAt(11, 0)));

        BookingDetails session = bookings.startOfferedSession(ana, centre.id(), pc1.id(), VisitPurpose.EDUCATION);

        assertThat(session.endsAt()).isEqualTo(mondayAt(9, 30));
    }

    @Test
    void an_extension_into_the_reservation_is_refused_and_one_up_to_it_is_not() {
        reserve(use(ref("1"), mondayAt(10, 0), mondayAt(11, 0)));
        BookingDetails session = bookings.startWalkIn(ana, centre.id(), VisitPurpose.EDUCATION);
        assertThat(session.endsAt()).isEqualTo(mondayAt(10, 0));
        BookingDetails booking = book(beto, other(session), mondayAt(9, 30), 15);

        assertThat(bookings.extend(booking.id(), 15).endsAt()).isEqualTo(mondayAt(10, 0));
        assertRoomRefusal(() -> bookings.extend(booking.id(), 5), "10:00", "11:00");
        assertRoomRefusal(() -> bookings.extend(session.id(), 30), "10:00", "11:00");
        assertThat(bookings.get(booking.id()).endsAt()).isEqualTo(mondayAt(10, 0));
        assertThat(BookingDesk.stationSlots(jdbc, centre.id())).isEqualTo(12 + 6);
    }

    @Test
    void the_walk_in_queue_counts_no_station_free_while_the_room_is_reserved() {
        assertThat(queue.display(centre.code()).freeStations()).isEqualTo(2);

        reserve(use(ref("1"), mondayAt(9, 0), mondayAt(10, 0)));

        assertThat(queue.display(centre.code()).freeStations()).isZero();
    }

    // --- bookings made before are flagged, never cancelled

    @Test
    void bookings_made_before_are_flagged_with_the_label_and_sessions_and_other_times_are_left_alone() {
        clock.standAt(mondayAt(13, 30));
        BookingDetails running = bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION);
        BookingDetails overlapping = book(ana, other(running), mondayAt(14, 0), 60);
        BookingDetails after = book(ana, other(running), mondayAt(15, 30), 30);
        events.clear();

        reserve(use(ref("7"), mondayAt(14, 30), mondayAt(15, 30)));

        assertThat(bookings.get(overlapping.id())).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(b.conflicted()).isTrue();
            assertThat(b.conflictReason()).isEqualTo(EXCEL);
            assertThat(b.version()).isGreaterThan(overlapping.version());
        });
        assertThat(bookings.get(running.id()).conflictReason()).isNull();
        assertThat(bookings.get(after.id()).conflictReason()).isNull();
        assertThat(bookings.conflicts(centre.id())).extracting(BookingDetails::id).containsExactly(overlapping.id());
        assertThat(events.stream(BookingsChanged.class)).contains(new BookingsChanged(centre.id()));

        BookingDetails flagged = bookings.get(overlapping.id());
        assertThat(bookings.keepDespiteConflict(flagged.id(), flagged.version()).conflicted()).isFalse();
    }

    @Test
    void the_preview_lists_bookings_and_running_sessions_with_station_and_time_and_changes_nothing() {
        BookingDetails running = bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION);
        StationDetails free = other(running);
        BookingDetails booked = book(ana, free, mondayAt(14, 0), 60);
        BookingDetails toCancel = book(ana, free, mondayAt(16, 0), 30);
        BookingDetails cancelled = bookings.cancel(toCancel.id(), toCancel.version());
        SignedIn.as(facilitator);

        List<RoomConflict> conflicts = rooms.conflicts(centre.id(), List.of(
                use(ref("1"), mondayAt(9, 30), mondayAt(10, 0)),
                use(ref("2"), mondayAt(14, 30), mondayAt(16, 30))));

        assertThat(conflicts).containsExactly(
                new RoomConflict(ref("1"), running.id(), other(booked).label(), mondayAt(9, 0),
                        mondayAt(10, 30), BookingStatus.IN_SESSION),
                new RoomConflict(ref("2"), booked.id(), free.label(), mondayAt(14, 0), mondayAt(15, 0),
                        BookingStatus.BOOKED));
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(rooms.dayOf(centre.id(), monday())).isEmpty();
        SignedIn.as(operator);
        assertThat(bookings.get(booked.id()).conflictReason()).isNull();
    }

    // --- moving and releasing by reference

    @Test
    void reserving_a_reference_again_moves_the_reservation_and_its_flags() {
        BookingDetails early = book(ana, pc1, mondayAt(14, 0), 60);
        BookingDetails late = book(beto, pc2, mondayAt(16, 0), 60);
        reserve(use(ref("3"), mondayAt(14, 0), mondayAt(15, 0)));
        assertThat(bookings.get(early.id()).conflicted()).isTrue();

        reserve(new RoomUse(ref("3"), mondayAt(16, 0), mondayAt(17, 0), EXCEL));

        assertThat(rooms.dayOf(centre.id(), monday()))
                .containsExactly(new RoomUse(ref("3"), mondayAt(16, 0), mondayAt(17, 0), EXCEL));
        assertThat(bookings.get(early.id()).conflicted()).isFalse();
        assertThat(bookings.get(late.id()).conflictReason()).isEqualTo(EXCEL);
        assertThat(book(ana, pc2, mondayAt(13, 0), 60).status()).isEqualTo(BookingStatus.BOOKED);
        assertRoomRefusal(() -> book(ana, pc1, mondayAt(16, 30), 30), "16:00", "17:00");
    }

    @Test
    void a_renamed_reservation_at_the_same_time_relabels_its_flags_and_leaves_kept_bookings_alone() {
        BookingDetails first = book(ana, pc1, mondayAt(14, 0), 60);
        BookingDetails second = book(beto, pc2, mondayAt(14, 0), 60);
        reserve(use(ref("3"), mondayAt(14, 0), mondayAt(15, 0)));
        BookingDetails flagged = bookings.get(second.id());
        bookings.keepDespiteConflict(flagged.id(), flagged.version());

        reserve(new RoomUse(ref("3"), mondayAt(14, 0), mondayAt(15, 0), "Taller de Word"));

        assertThat(bookings.get(first.id()).conflictReason()).isEqualTo("Taller de Word");
        assertThat(bookings.get(second.id()).conflicted()).isFalse();
        assertThat(rooms.dayOf(centre.id(), monday())).extracting(RoomUse::label).containsExactly("Taller de Word");
    }

    @Test
    void releasing_drops_the_reservation_and_its_flags_but_not_those_of_another_one() {
        BookingDetails booked = book(ana, pc1, mondayAt(14, 0), 60);
        reserve(use(ref("4"), mondayAt(14, 0), mondayAt(15, 0)),
                use(ref("5"), mondayAt(14, 30), mondayAt(16, 0)));
        assertThat(bookings.get(booked.id()).conflictReason()).isEqualTo(EXCEL);
        events.clear();

        release(ref("4"), ref("unknown"));

        assertThat(rooms.dayOf(centre.id(), monday())).extracting(RoomUse::reference)
                .containsExactly(ref("5"));
        assertThat(bookings.get(booked.id()).conflicted()).as("still in conflict with session 5").isTrue();
        assertThat(events.stream(BookingsChanged.class)).contains(new BookingsChanged(centre.id()));

        release(ref("5"));

        assertThat(rooms.dayOf(centre.id(), monday())).isEmpty();
        assertThat(bookings.get(booked.id()).conflicted()).isFalse();
        assertThat(book(beto, pc2, mondayAt(15, 0), 60).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void a_reservation_is_undone_with_the_callers_transaction() {
        BookingDetails booked = book(ana, pc1, mondayAt(14, 0), 60);
        SignedIn.as(facilitator);
        TransactionTemplate workshopSave = new TransactionTemplate(transactions);

        workshopSave.executeWithoutResult(status -> {
            rooms.reserve(centre.id(), List.of(use(ref("6"), mondayAt(14, 0), mondayAt(15, 0))));
            assertThat(rooms.dayOf(centre.id(), monday())).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(rooms.dayOf(centre.id(), monday())).isEmpty();
        SignedIn.as(operator);
        assertThat(bookings.get(booked.id()).conflicted()).isFalse();
    }

    @Test
    void invalid_uses_are_refused_with_their_rule() {
        assertThatThrownBy(() -> reserve(use(ref("1"), mondayAt(15, 0), mondayAt(15, 0))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.room.times.invalid"));
        assertThatThrownBy(() -> reserve(use(" ", mondayAt(14, 0), mondayAt(15, 0))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.room.reference.invalid"));
        assertThatThrownBy(() -> reserve(new RoomUse(ref("1"), mondayAt(14, 0), mondayAt(15, 0), ""))).
                isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.room.label.invalid"));
        assertThatThrownBy(() -> reserve(use(ref("1"), mondayAt(14, 0), mondayAt(15, 0)),
                use(ref("1"), mondayAt(16, 0), mondayAt(17, 0))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.room.reference.twice"));
        assertThat(rooms.dayOf(centre.id(), monday())).isEmpty();
    }

    // --- scope

    @Test
    void staff_of_another_centre_cannot_see_reserve_or_release_and_other_roles_not_at_all() {
        reserve(use(ref("8"), mondayAt(14, 0), mondayAt(15, 0)));
        CentreDetails other = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        StaffPrincipal stranger = fixtures.staff(Role.FACILITATOR, other.id());
        List<RoomUse> uses = List.of(use(ref("9"), mondayAt(16, 0), mondayAt(17, 0)));

        SignedIn.as(stranger);
        assertThatThrownBy(() -> rooms.reserve(centre.id(), uses)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rooms.conflicts(centre.id(), uses)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rooms.dayOf(centre.id(), monday())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rooms.release(List.of(ref("8")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rooms.reserve(other.id(),
                List.of(use(ref("8"), mondayAt(14, 0), mondayAt(15, 0)))))
                .as("a reference of a centre out of scope is not found either").isInstanceOf(NotFoundException.class);

        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> rooms.dayOf(centre.id(), monday())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(operator);
        assertThat(rooms.dayOf(centre.id(), monday())).extracting(RoomUse::reference).containsExactly(ref("8"));
    }

    // --- the race

    /**
     * Desks book the stations while a facilitator reserves the room for the same hour, all released at once,
     * for several hours of the day: every desk is either refused naming the workshop or its booking is
     * flagged; no booking is left unflagged inside the reserved time.
     */
    @Test
    void a_booking_racing_a_reservation_is_either_refused_or_flagged() throws Exception {
        int desks = 6;
        List<StationDetails> pcs = new ArrayList<>(List.of(pc1, pc2));
        List<Long> people = new ArrayList<>(List.of(ana, beto));
        for (int i = 2; i < desks; i++) {
            pcs.add(BookingDesk.station(stations, centre.id(), "PC-%02d".formatted(i + 1), null, null));
            people.add(BookingDesk.adult(members, centre.id()));
        }
        List<StaffPrincipal> staff = new ArrayList<>(Collections.nCopies(desks, operator));
        staff.add(facilitator);
        int refused = 0;
        for (int hour : List.of(10, 11, 13, 14, 15, 16)) {
            LocalDateTime start = mondayAt(hour, 0);
            List<Callable<Object>> actions = new ArrayList<>();
            for (int i = 0; i < desks; i++) {
                // 15 minutes in each of the six rounds: well within the members' 120 minutes a day.
                BookingRequest request = new BookingRequest(people.get(i), centre.id(), pcs.get(i).id(), start, 15);
                actions.add(() -> bookings.book(request));
            }
            actions.add(() -> {
                rooms.reserve(centre.id(), List.of(use(ref("h" + hour), start, start.plusHours(1))));
                return null;
            });

            List<AtOnce.Outcome<Object>> outcomes = AtOnce.race(staff, actions);

            assertThat(outcomes.getLast().refused()).as("the reservation").isFalse();
            for (AtOnce.Outcome<Object> outcome : outcomes.subList(0, desks)) {
                if (outcome.refused()) {
                    refused++;
                    assertThat(outcome.refusal().messageKey()).isEqualTo("booking.room.reserved");
                } else {
                    BookingDetails booked = (BookingDetails) outcome.value();
                    assertThat(bookings.get(booked.id()).conflictReason()).as("booking %s", booked.id()).isEqualTo(EXCEL);
                }
            }
            assertThat(bookings.dayOf(centre.id(), monday()))
                    .filteredOn(b -> b.startsAt().isBefore(start.plusHours(1)) && b.endsAt().isAfter(start))
                    .allSatisfy(b -> assertThat(b.conflicted()).isTrue());
        }
        assertThat(BookingDesk.bookingRows(jdbc, centre.id()) + refused).isEqualTo(6L * desks);
    }
}

package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every booking rule refuses with its own message and saves nothing; bookings, walk-ins and guest sessions
 * hold exactly the slots they use; check-in, check-out, extension and cancellation keep the slot tables in
 * step. The centre is open on Mondays 08:00–12:00 and 13:00–17:00; the clock stands on the next Monday.
 */
@IntegrationTest
@RecordApplicationEvents
class BookingServiceIntegrationTest {

    /** Sessions up to 90 minutes, 120 minutes a day, 10 minutes' grace, two weeks ahead. */
    static final CentreRules RULES = new CentreRules(90, 120, 10, 14);

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    Slots slots;

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

    CentreDetails centre;
    StationDetails pc1;
    StationDetails pc2;
    StaffPrincipal operator;
    long ana;
    long beto;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, RULES);
        pc1 = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        pc2 = BookingDesk.station(stations, centre.id(), "PC-02", null, null);
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        ana = BookingDesk.adult(members, centre.id());
        beto = BookingDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    BookingDetails book(long memberId, StationDetails station, LocalDateTime start, int minutes) {
        return bookings.book(new BookingRequest(memberId, centre.id(), station == null ? null : station.id(), start,
                minutes));
    }

    /** The call is refused with this rule, and the centre's bookings and slots are as they were. */
    void assertRefused(ThrowingCallable call, String messageKey) {
        long rows = BookingDesk.bookingRows(jdbc, centre.id());
        long stationSlots = BookingDesk.stationSlots(jdbc, centre.id());
        long memberSlots = BookingDesk.memberSlots(jdbc, centre.id());
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(BookingDesk.bookingRows(jdbc, centre.id())).isEqualTo(rows);
        assertThat(BookingDesk.stationSlots(jdbc, centre.id())).isEqualTo(stationSlots);
        assertThat(BookingDesk.memberSlots(jdbc, centre.id())).isEqualTo(memberSlots);
    }

    // --- booking and its slots

    @Test
    void a_booking_holds_one_slot_per_five_minutes_on_the_station_and_for_the_member() {
        BookingDetails booking = book(ana, pc1, mondayAt(14, 0), 60);

        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.kind()).isEqualTo(BookingKind.BOOKING);
        assertThat(booking.endsAt()).isEqualTo(mondayAt(15, 0));
        assertThat(slots.heldBy(booking.id())).hasSize(12)
                .startsWith(mondayAt(14, 0)).endsWith(mondayAt(14, 55));
        assertThat(slots.heldByMember(booking.id())).isEqualTo(slots.heldBy(booking.id()));
        assertThat(bookings.dayOf(centre.id(), monday())).containsExactly(booking);
        assertThat(bookings.dayOf(centre.id(), monday().plusDays(1))).isEmpty();
    }

    @Test
    void a_booking_in_the_past_is_refused() {
        assertRefused(() -> book(ana, pc1, mondayAt(8, 30), 30), "booking.start.past");
    }

    @Test
    void a_duration_of_zero_negative_or_not_a_multiple_of_five_is_refused() {
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0), 0), "booking.duration.invalid");
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0), -30), "booking.duration.invalid");
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0), 22), "booking.duration.invalid");
    }

    @Test
    void a_booking_longer_than_the_centres_session_limit_is_refused() {
        assertRefused(() -> book(ana, pc1, mondayAt(9, 0), 95), "booking.duration.too-long");
        assertThat(book(ana, pc1, mondayAt(9, 0), 90).endsAt()).isEqualTo(mondayAt(10, 30));
    }

    @Test
    void a_booking_must_start_on_a_five_minute_mark() {
        assertRefused(() -> book(ana, pc1, mondayAt(10, 3), 30), "booking.start.not-on-slot");
    }

    @Test
    void a_booking_beyond_the_booking_horizon_is_refused() {
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0).plusWeeks(3), 30), "booking.horizon");
        assertThat(book(ana, pc1, mondayAt(10, 0).plusWeeks(2), 30).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void a_booking_must_fit_inside_one_opening_period() {
        assertRefused(() -> book(ana, pc1, mondayAt(7, 0).plusDays(7), 30), "booking.outside-hours");
        // 11:30–12:30 runs into the lunch break between the two periods.
        assertRefused(() -> book(ana, pc1, mondayAt(11, 30), 60), "booking.outside-hours");
        assertRefused(() -> book(ana, pc1, mondayAt(16, 30), 45), "booking.outside-hours");
        // The fixture centre is closed on Tuesdays.
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0).plusDays(1), 30), "booking.outside-hours");
        assertThat(book(ana, pc1, mondayAt(11, 30), 30).endsAt()).isEqualTo(mondayAt(12, 0));
    }

    @Test
    void a_booking_on_a_closure_day_is_refused() {
        SystemAuthentication.run(() -> centres.addClosure(centre.id(),
                new ClosureData(monday().plusDays(7), monday().plusDays(7), ClosureKind.HOLIDAY, "Fiesta")));
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0).plusDays(7), 30), "booking.closed-day");
    }

    @Test
    void a_station_out_of_service_or_of_another_centre_is_refused() {
        stations.takeOutOfService(pc1.id(), pc1.version(), "Pantalla rota");
        assertRefused(() -> book(ana, pc1, mondayAt(10, 0), 30), "booking.station.out-of-service");

        CentreDetails other = BookingDesk.centre(fixtures, centres, RULES);
        StationDetails elsewhere = BookingDesk.station(stations, other.id(), "PC-01", null, null);
        SignedIn.as(Role.ADMIN);
        assertRefused(() -> book(ana, elsewhere, mondayAt(10, 0), 30), "booking.station.other-centre");
    }

    @Test
    void a_deactivated_centre_takes_no_bookings_walk_ins_or_guests() {
        CentreDetails current = SystemAuthentication.call(() -> centres.get(centre.id()));
        SystemAuthentication.run(() -> centres.setActive(centre.id(), current.version(), false));
        clock.standAt(mondayAt(10, 0));

        assertRefused(() -> book(ana, pc1, mondayAt(11, 0), 30), "booking.centre.inactive");
        assertRefused(() -> bookings.startWalkIn(ana, centre.id(), VisitPurpose.OTHER), "booking.centre.inactive");
        assertRefused(() -> bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.OTHER),
                "booking.centre.inactive");
    }

    @Test
    void a_station_refuses_members_outside_its_age_limits() {
        StationDetails kids = BookingDesk.station(stations, centre.id(), "NINOS", 6, 12);
        StationDetails adults = BookingDesk.station(stations, centre.id(), "ADULTOS", 18, null);
        long minor = BookingDesk.minorWithStationConsent(members, centre.id());

        assertRefused(() -> book(ana, kids, mondayAt(10, 0), 30), "booking.station.too-old");
        assertRefused(() -> book(minor, adults, mondayAt(10, 0), 30), "booking.station.too-young");
    }

    @Test
    void a_member_of_another_centre_can_be_booked_on_a_visit() {
        CentreDetails home = fixtures.centre();
        long visitor = SystemAuthentication.call(() -> BookingDesk.adult(members, home.id()));

        BookingDetails booked = book(visitor, pc1, mondayAt(10, 0), 30);

        assertThat(booked.memberId()).isEqualTo(visitor);
        assertThat(booked.centreId()).isEqualTo(centre.id());
    }

    @Test
    void a_minor_needs_valid_consent_to_use_the_stations() {
        long withoutStationConsent = BookingDesk.minorWithoutStationConsent(members, centre.id());
        long consented = BookingDesk.minorWithStationConsent(members, centre.id());

        assertRefused(() -> book(withoutStationConsent, pc1, mondayAt(10, 0), 30), "member.eligibility.no-consent.STATION_USE");
        assertThat(book(consented, pc1, mondayAt(10, 0), 30).status()).isEqualTo(BookingStatus.BOOKED);

        members.revokeConsent(consented, ConsentPurpose.STATION_USE);
        assertRefused(() -> book(consented, pc1, mondayAt(13, 0), 30), "member.eligibility.no-consent.STATION_USE");
    }

    @Test
    void the_daily_minutes_count_bookings_and_sessions_but_not_cancelled_ones() {
        book(ana, pc1, mondayAt(9, 0), 60);
        BookingDetails second = book(ana, pc1, mondayAt(10, 0), 60);

        assertRefused(() -> book(ana, pc2, mondayAt(13, 0), 5), "booking.daily-limit");

        bookings.cancel(second.id(), second.version());
        assertThat(book(ana, pc2, mondayAt(13, 0), 60).status()).isEqualTo(BookingStatus.BOOKED);
        assertRefused(() -> book(ana, pc2, mondayAt(14, 0), 5), "booking.daily-limit");
    }

    @Test
    void a_station_booked_at_an_overlapping_time_is_refused() {
        book(ana, pc1, mondayAt(10, 0), 60);
        assertRefused(() -> book(beto, pc1, mondayAt(10, 55), 30), "booking.station.taken");
        assertThat(book(beto, pc1, mondayAt(11, 0), 30).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void a_member_cannot_hold_two_overlapping_bookings() {
        book(ana, pc1, mondayAt(10, 0), 60);
        assertRefused(() -> book(ana, pc2, mondayAt(10, 30), 30), "booking.member.taken");
    }

    @Test
    void the_slot_tables_refuse_a_double_booking_even_when_the_checks_are_bypassed() {
        BookingDetails first = book(ana, pc1, mondayAt(10, 0), 30);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // Slots claimed past every check of the service: the primary keys refuse them.
        assertRefused(() -> transaction.executeWithoutResult(status -> slots.claim(first.id(), pc1.id(), null,
                Slots.between(mondayAt(10, 25), mondayAt(10, 40)))), "booking.station.taken");
        assertRefused(() -> transaction.executeWithoutResult(status -> slots.claim(first.id(), pc2.id(), ana,
                Slots.between(mondayAt(10, 0), mondayAt(10, 5)))), "booking.member.taken");
        assertThat(slots.heldBy(first.id())).hasSize(6);
    }

    @Test
    void any_free_station_picks_a_free_one_that_fits_the_members_age() {
        BookingDesk.station(stations, centre.id(), "PC-00", 6, 12);
        book(beto, pc1, mondayAt(10, 0), 60);

        BookingDetails booked = book(ana, null, mondayAt(10, 0), 30);

        assertThat(booked.stationId()).isEqualTo(pc2.id());
        long carla = BookingDesk.adult(members, centre.id());
        assertRefused(() -> book(carla, null, mondayAt(10, 15), 30), "booking.no-station-free");
    }

    @Test
    void an_operator_of_another_centre_cannot_book_here_and_other_roles_not_at_all() {
        CentreDetails other = BookingDesk.centre(fixtures, centres, RULES);
        SignedIn.as(Role.OPERATOR, other.id());
        assertThatThrownBy(() -> book(ana, pc1, mondayAt(10, 0), 30)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bookings.dayOf(centre.id(), monday())).isInstanceOf(NotFoundException.class);
        SignedIn.as(Role.FACILITATOR, centre.id());
        assertThatThrownBy(() -> book(ana, pc1, mondayAt(10, 0), 30)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(operator);
        assertThat(bookings.dayOf(centre.id(), monday())).isEmpty();
    }

    // --- cancel

    @Test
    void cancelling_frees_the_time_for_someone_else_and_refuses_a_stale_or_second_cancel() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 60);
        assertRefused(() -> bookings.cancel(booking.id(), booking.version() + 1), "error.concurrent-edit");

        BookingDetails cancelled = bookings.cancel(booking.id(), booking.version());

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(slots.heldBy(booking.id())).isEmpty();
        assertThat(slots.heldByMember(booking.id())).isEmpty();
        assertThat(events.stream(BookingCancelled.class)).extracting(BookingCancelled::bookingId).containsExactly(booking.id());
        assertThat(book(beto, pc1, mondayAt(10, 0), 60).status()).isEqualTo(BookingStatus.BOOKED);
        assertRefused(() -> bookings.cancel(booking.id(), cancelled.version()), "booking.cancel.not-booked");
    }

    // --- check-in

    @Test
    void check_in_turns_the_booking_into_a_session_with_the_purpose_of_the_visit() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 60);
        clock.standAt(mondayAt(10, 4));

        BookingDetails session = bookings.checkIn(booking.id(), VisitPurpose.EMPLOYMENT);

        assertThat(session.status()).isEqualTo(BookingStatus.IN_SESSION);
        assertThat(session.purpose()).isEqualTo(VisitPurpose.EMPLOYMENT);
        assertThat(session.checkedInAt()).isEqualTo(mondayAt(10, 4));
        assertThat(session.endsAt()).isEqualTo(mondayAt(11, 0));
        assertRefused(() -> bookings.checkIn(booking.id(), VisitPurpose.EMPLOYMENT), "booking.check-in.already");
    }

    @Test
    void check_in_is_refused_too_early_too_late_or_without_a_purpose() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 60);

        clock.standAt(mondayAt(9, 44));
        assertRefused(() -> bookings.checkIn(booking.id(), VisitPurpose.EDUCATION), "booking.check-in.too-early");
        clock.standAt(mondayAt(10, 11));
        assertRefused(() -> bookings.checkIn(booking.id(), VisitPurpose.EDUCATION), "booking.check-in.too-late");
        clock.standAt(mondayAt(9, 45));
        assertRefused(() -> bookings.checkIn(booking.id(), null), "booking.purpose.required");
        assertThat(bookings.checkIn(booking.id(), VisitPurpose.EDUCATION).status()).isEqualTo(BookingStatus.IN_SESSION);
    }

    @Test
    void check_in_of_a_cancelled_or_completed_booking_is_refused_with_the_reason() {
        BookingDetails cancelled = book(ana, pc1, mondayAt(10, 0), 30);
        bookings.cancel(cancelled.id(), cancelled.version());
        BookingDetails done = book(beto, pc2, mondayAt(10, 0), 30);
        clock.standAt(mondayAt(10, 0));
        bookings.checkIn(done.id(), VisitPurpose.LEISURE);
        bookings.checkOut(done.id());

        assertRefused(() -> bookings.checkIn(cancelled.id(), VisitPurpose.LEISURE), "booking.check-in.cancelled");
        assertRefused(() -> bookings.checkIn(done.id(), VisitPurpose.LEISURE), "booking.check-in.completed");
    }

    @Test
    void check_in_is_refused_when_the_station_went_out_of_service_or_consent_was_withdrawn() {
        long minor = BookingDesk.minorWithStationConsent(members, centre.id());
        BookingDetails minorsBooking = book(minor, pc2, mondayAt(10, 0), 30);
        BookingDetails adultsBooking = book(ana, pc1, mondayAt(10, 0), 30);
        StationDetails broken = stations.get(pc1.id());
        stations.takeOutOfService(broken.id(), broken.version(), "Sin red");
        members.revokeConsent(minor, ConsentPurpose.STATION_USE);
        clock.standAt(mondayAt(10, 0));

        assertRefused(() -> bookings.checkIn(adultsBooking.id(), VisitPurpose.OTHER), "booking.station.out-of-service");
        assertRefused(() -> bookings.checkIn(minorsBooking.id(), VisitPurpose.OTHER), "member.eligibility.no-consent.STATION_USE");
        assertThat(bookings.get(minorsBooking.id()).status()).isEqualTo(BookingStatus.BOOKED);
    }

    // --- no-show

    @Test
    void a_booking_not_checked_in_within_the_grace_period_is_released_and_its_time_freed() {
        BookingDetails late = book(ana, pc1, mondayAt(10, 0), 60);
        BookingDetails arrived = book(beto, pc2, mondayAt(10, 0), 60);
        BookingDetails later = book(beto, pc2, mondayAt(11, 0), 30);
        clock.standAt(mondayAt(10, 5));
        bookings.checkIn(arrived.id(), VisitPurpose.EDUCATION);

        clock.standAt(mondayAt(10, 10));
        assertThat(bookings.releaseNoShows(centre.id())).isEmpty();
        clock.standAt(mondayAt(10, 11));
        assertThat(bookings.releaseNoShows(centre.id())).extracting(BookingDetails::id).containsExactly(late.id());

        assertThat(bookings.get(late.id()).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(slots.heldBy(late.id())).isEmpty();
        assertThat(slots.heldByMember(late.id())).isEmpty();
        assertThat(events.stream(NoShowReleased.class)).extracting(NoShowReleased::bookingId).containsExactly(late.id());
        assertThat(bookings.get(later.id()).status()).isEqualTo(BookingStatus.BOOKED);
        assertRefused(() -> bookings.checkIn(late.id(), VisitPurpose.EDUCATION), "booking.check-in.no-show");
        // The released time counts no more: the member may walk in now, on the station she had booked.
        assertThat(bookings.startWalkIn(ana, centre.id(), VisitPurpose.EDUCATION).stationId()).isEqualTo(pc1.id());
    }

    // --- check-out

    @Test
    void check_out_ends_the_session_now_and_frees_the_slots_after_the_current_one() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 60);
        clock.standAt(mondayAt(10, 0));
        bookings.checkIn(booking.id(), VisitPurpose.HEALTH);
        clock.standAt(mondayAt(10, 23));

        BookingDetails done = bookings.checkOut(booking.id());

        assertThat(done.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(done.checkedOutAt()).isEqualTo(mondayAt(10, 23));
        assertThat(done.endsAt()).isEqualTo(mondayAt(10, 23));
        assertThat(slots.heldBy(booking.id())).hasSize(5).endsWith(mondayAt(10, 20));
        assertThat(slots.heldByMember(booking.id())).hasSize(5);
        assertThat(events.stream(SessionEnded.class)).singleElement().satisfies(e -> {
            assertThat(e.bookingId()).isEqualTo(booking.id());
            assertThat(e.purpose()).isEqualTo(VisitPurpose.HEALTH);
            assertThat(e.endedAt()).isEqualTo(mondayAt(10, 23));
        });
        // The freed time is bookable at once, and the used 23 minutes are what counts for the day.
        assertThat(book(beto, pc1, mondayAt(10, 25), 35).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(book(ana, pc2, mondayAt(13, 0), 90).status()).isEqualTo(BookingStatus.BOOKED);
        assertRefused(() -> bookings.checkOut(booking.id()), "booking.check-out.not-in-session");
    }

    @Test
    void a_booking_not_checked_in_cannot_be_checked_out() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 60);
        assertRefused(() -> bookings.checkOut(booking.id()), "booking.check-out.not-in-session");
    }

    // --- extend

    @Test
    void extending_claims_the_following_slots_when_they_are_free() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 60);

        BookingDetails longer = bookings.extend(booking.id(), 15);

        assertThat(longer.endsAt()).isEqualTo(mondayAt(11, 15));
        assertThat(slots.heldBy(booking.id())).hasSize(15).endsWith(mondayAt(11, 10));
        assertThat(slots.heldByMember(booking.id())).hasSize(15);
    }

    @Test
    void extending_is_refused_when_the_station_or_the_member_is_booked_right_after() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 30);
        book(beto, pc1, mondayAt(10, 30), 30);
        book(ana, pc2, mondayAt(10, 45), 30);

        assertRefused(() -> bookings.extend(booking.id(), 5), "booking.station.taken");
        BookingDetails other = book(ana, pc1, mondayAt(11, 30), 15);
        BookingDetails onPc2 = bookings.dayOf(centre.id(), monday()).stream()
                .filter(b -> b.stationId() == pc2.id() && b.startsAt().equals(mondayAt(10, 45))).findFirst().orElseThrow();
        assertRefused(() -> bookings.extend(onPc2.id(), 30), "booking.member.taken");
        assertThat(bookings.get(booking.id()).endsAt()).isEqualTo(mondayAt(10, 30));
        assertThat(bookings.get(onPc2.id()).endsAt()).isEqualTo(mondayAt(11, 15));
        assertThat(slots.heldBy(other.id())).hasSize(3);
    }

    @Test
    void extending_is_refused_past_the_session_limit_the_opening_period_or_the_daily_minutes() {
        BookingDetails morning = book(ana, pc1, mondayAt(10, 0), 60);
        assertRefused(() -> bookings.extend(morning.id(), 35), "booking.duration.too-long");
        assertRefused(() -> bookings.extend(morning.id(), 7), "booking.duration.invalid");
        BookingDetails late = book(beto, pc2, mondayAt(11, 30), 30);
        assertRefused(() -> bookings.extend(late.id(), 5), "booking.outside-hours");
        book(ana, pc2, mondayAt(13, 0), 45);
        assertRefused(() -> bookings.extend(morning.id(), 20), "booking.daily-limit");
        assertThat(bookings.extend(morning.id(), 15).endsAt()).isEqualTo(mondayAt(11, 15));
    }

    @Test
    void the_desk_is_offered_only_the_extensions_the_rules_allow_and_told_why_when_there_is_none() {
        BookingDetails hour = book(ana, pc1, mondayAt(10, 0), 75);
        BookingDetails full = book(beto, pc2, mondayAt(10, 0), 90);

        assertThat(bookings.extensions(hour.id(), List.of(15, 30)).minutes()).as("90 minutes at most").containsExactly(15);
        Extensions none = bookings.extensions(full.id(), List.of(30, 15));
        assertThat(none.minutes()).isEmpty();
        assertThat(none.reasonKey()).isEqualTo("booking.duration.too-long");
        assertThat(none.reasonArguments()).containsExactly(90);
        assertRefused(() -> bookings.extend(full.id(), 15), "booking.duration.too-long");

        long carla = BookingDesk.adult(members, centre.id());
        book(carla, pc1, mondayAt(11, 15), 30);
        Extensions taken = bookings.extensions(hour.id(), List.of(15, 30));
        assertThat(taken.minutes()).isEmpty();
        assertThat(taken.reasonKey()).isEqualTo("booking.station.taken");
        assertThat(bookings.get(hour.id()).endsAt()).as("asking changes nothing").isEqualTo(mondayAt(11, 15));
    }

    @Test
    void a_cancelled_booking_cannot_be_extended() {
        BookingDetails booking = book(ana, pc1, mondayAt(10, 0), 30);
        bookings.cancel(booking.id(), booking.version());
        assertRefused(() -> bookings.extend(booking.id(), 15), "booking.extend.not-active");
    }

    // --- walk-in

    @Test
    void a_walk_in_gets_the_station_free_longest_now_up_to_the_session_limit() {
        book(beto, pc1, mondayAt(10, 30), 30);
        clock.standAt(mondayAt(10, 8));

        BookingDetails session = bookings.startWalkIn(ana, centre.id(), VisitPurpose.GOVERNMENT_SERVICES);

        assertThat(session.kind()).isEqualTo(BookingKind.WALK_IN);
        assertThat(session.status()).isEqualTo(BookingStatus.IN_SESSION);
        assertThat(session.stationId()).isEqualTo(pc2.id());
        assertThat(session.startsAt()).isEqualTo(mondayAt(10, 8));
        assertThat(session.endsAt()).isEqualTo(mondayAt(11, 38));
        // Started at 10:08, it holds from 10:05 to the slot that contains 11:38.
        assertThat(slots.heldBy(session.id())).hasSize(19)
                .startsWith(mondayAt(10, 5)).endsWith(mondayAt(11, 35));
    }

    @Test
    void a_walk_in_ends_before_the_next_booking_on_the_station() {
        book(beto, pc1, mondayAt(10, 30), 30);
        long carla = BookingDesk.adult(members, centre.id());
        book(carla, pc2, mondayAt(10, 45), 30);
        clock.standAt(mondayAt(10, 8));

        BookingDetails session = bookings.startWalkIn(ana, centre.id(), VisitPurpose.LEISURE);

        assertThat(session.stationId()).isEqualTo(pc2.id());
        assertThat(session.endsAt()).isEqualTo(mondayAt(10, 45));
        assertThat(slots.heldBy(session.id())).endsWith(mondayAt(10, 40));
    }

    @Test
    void a_walk_in_ends_at_closing_time_or_when_the_daily_minutes_run_out() {
        book(ana, pc1, mondayAt(9, 0), 60);
        book(ana, pc1, mondayAt(13, 0), 30);
        clock.standAt(mondayAt(10, 8));
        BookingDetails limited = bookings.startWalkIn(ana, centre.id(), VisitPurpose.EDUCATION);
        assertThat(limited.endsAt()).isEqualTo(mondayAt(10, 38));

        clock.standAt(mondayAt(11, 40));
        BookingDetails closing = bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION);
        assertThat(closing.endsAt()).isEqualTo(mondayAt(12, 0));
    }

    @Test
    void a_walk_in_is_refused_when_no_station_is_free_outside_hours_or_over_the_daily_minutes() {
        clock.standAt(mondayAt(10, 0));
        bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.LEISURE);
        bookings.startWalkIn(beto, centre.id(), VisitPurpose.LEISURE);
        assertRefused(() -> bookings.startWalkIn(ana, centre.id(), VisitPurpose.LEISURE), "booking.no-station-free");

        clock.standAt(mondayAt(12, 30));
        assertRefused(() -> bookings.startWalkIn(ana, centre.id(), VisitPurpose.LEISURE), "booking.outside-hours");
        clock.standAt(mondayAt(13, 0));
        bookings.startWalkIn(beto, centre.id(), VisitPurpose.LEISURE);
        clock.standAt(mondayAt(14, 30));
        assertRefused(() -> bookings.startWalkIn(beto, centre.id(), VisitPurpose.LEISURE), "booking.daily-limit");
    }

    @Test
    void a_minor_without_consent_cannot_walk_in() {
        long minor = BookingDesk.minorWithoutStationConsent(members, centre.id());
        clock.standAt(mondayAt(10, 0));
        assertRefused(() -> bookings.startWalkIn(minor, centre.id(), VisitPurpose.EDUCATION), "member.eligibility.no-consent.STATION_USE");
    }

    // --- guests

    @Test
    void a_guest_counts_as_an_adult_and_is_never_given_a_childrens_station() {
        StationDetails kids = BookingDesk.station(stations, centre.id(), "NINOS", null, 12);
        BookingDesk.station(stations, centre.id(), "MAYORES", 60, null);
        book(ana, pc1, mondayAt(10, 30), 30);
        clock.standAt(mondayAt(10, 2));

        assertRefused(() -> bookings.startGuestSession(centre.id(), kids.id(), VisitPurpose.OTHER),
                "booking.station.not-for-guests");
        assertThat(bookings.freeForGuests(centre.id())).as("no age limits first, free for longest first, no children's")
                .extracting(StationDetails::label).containsExactly("PC-02", "PC-01", "MAYORES");

        bookings.startGuestSession(centre.id(), pc2.id(), VisitPurpose.OTHER);
        assertThat(bookings.freeForGuests(centre.id())).extracting(StationDetails::label)
                .containsExactly("PC-01", "MAYORES");
    }

    @Test
    void a_guest_session_records_no_member_and_keeps_the_station_until_the_next_booking() {
        book(ana, pc1, mondayAt(10, 30), 30);
        clock.standAt(mondayAt(10, 2));

        BookingDetails guest = bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.COMMUNICATION);

        assertThat(guest.kind()).isEqualTo(BookingKind.GUEST);
        assertThat(guest.memberId()).isNull();
        assertThat(guest.endsAt()).isEqualTo(mondayAt(10, 30));
        assertThat(slots.heldBy(guest.id())).hasSize(6);
        assertThat(slots.heldByMember(guest.id())).isEmpty();
        assertRefused(() -> bookings.startGuestSession(centre.id(), pc1.id(), VisitPurpose.OTHER), "booking.station.taken");

        clock.standAt(mondayAt(10, 14));
        bookings.checkOut(guest.id());
        assertThat(slots.heldBy(guest.id())).hasSize(3);
    }
}

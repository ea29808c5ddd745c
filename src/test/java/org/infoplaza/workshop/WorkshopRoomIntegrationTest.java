package org.infoplaza.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.workshop.WorkshopDesk.monday;
import static org.infoplaza.workshop.WorkshopDesk.mondayAt;
import static org.infoplaza.workshop.WorkshopDesk.tuesdaysAndThursdays;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.station.StationData;
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

/**
 * Sessions of a course that uses the computer room reserve it on the booking board: the desk cannot book a
 * station over them, bookings made before are shown to the facilitator before saving and flagged for the
 * desk afterwards, and a cancelled session frees the room.
 */
@IntegrationTest
class WorkshopRoomIntegrationTest {

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

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

    CentreDetails centre;
    CourseDetails roomCourse;
    StaffPrincipal facilitator;
    StaffPrincipal operator;
    long stationId;
    long member;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        CourseData data = WorkshopDesk.courseData(Fixtures.unique("Alfabetización"));
        roomCourse = WorkshopDesk.course(courses, new CourseData(data.title(), Track.DIGITAL_SKILLS, null, null, null, 4,
                new BigDecimal("8"), 80, true, List.of(), 0));
        stationId = SystemAuthentication.call(() -> stations.create(centre.id(),
                new StationData("PC-01", StationKind.DESKTOP, null, null, null, 0))).id();
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        member = WorkshopDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    LocalDateTime tuesdayAt(int hour) {
        return monday().plusDays(1).atTime(hour, 0);
    }

    @Test
    void the_facilitator_sees_the_bookings_a_room_session_would_overlap_before_saving_and_the_desk_sees_them_flagged() {
        BookingDetails booked = bookings.book(new BookingRequest(member, centre.id(), stationId, tuesdayAt(15), 60));
        SignedIn.as(facilitator);
        SessionPlan plan = cohorts.plan(centre.id(), tuesdaysAndThursdays(1));

        List<RoomClash> clashes = cohorts.roomClashes(centre.id(), roomCourse.id(), plan.sessions());

        assertThat(clashes).singleElement().satisfies(clash -> {
            assertThat(clash.start()).isEqualTo(tuesdayAt(15));
            assertThat(clash.stationLabel()).isEqualTo("PC-01");
        });
        CohortDetails cohort = cohorts.create(WorkshopDesk.cohortData(roomCourse.id(), centre.id(), 10, facilitator.id()),
                plan.sessions());

        SignedIn.as(operator);
        BookingDetails flagged = bookings.get(booked.id());
        assertThat(flagged.conflictReason()).contains(roomCourse.title()).contains(cohort.name());
    }

    @Test
    void the_desk_cannot_book_a_station_while_a_session_holds_the_room_and_can_once_it_is_cancelled() {
        SignedIn.as(facilitator);
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(roomCourse.id(), centre.id(), 10, facilitator.id()), tuesdaysAndThursdays(1));
        SignedIn.as(operator);

        assertThatThrownBy(() -> bookings.book(new BookingRequest(member, centre.id(), stationId, tuesdayAt(16), 30)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.room.reserved"));

        SessionDetails tuesday = cohort.sessions().getFirst();
        cohorts.cancelSession(tuesday.id(), tuesday.version());
        assertThat(bookings.book(new BookingRequest(member, centre.id(), stationId, tuesdayAt(16), 30)).id()).isPositive();
    }

    @Test
    void a_course_without_the_computer_room_reserves_nothing() {
        SignedIn.as(facilitator);
        CourseDetails talk = WorkshopDesk.course(courses);
        WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(talk.id(), centre.id(), 10, facilitator.id()),
                tuesdaysAndThursdays(1));
        SignedIn.as(operator);

        assertThat(bookings.book(new BookingRequest(member, centre.id(), stationId, tuesdayAt(16), 30)).id()).isPositive();
    }
}

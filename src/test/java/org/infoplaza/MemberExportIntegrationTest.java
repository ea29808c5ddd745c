package org.infoplaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.reporting.PdfText;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.Phase;
import org.infoplaza.workshop.QuestionnaireService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member export holds everything kept about the person, whichever module keeps it: a teenager books a
 * station and uses it, walks in at another centre, follows a workshop (enrolment, attendance, questionnaires),
 * earns a certificate and gets mail, and the statistics count her; staff open the record. The JSON export made by an operator of her home
 * centre then holds each of these, at both centres, and the PDF shows the same in the reader's language.
 */
@IntegrationTest
class MemberExportIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    CertificateService certificates;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    CentreDetails home;
    CentreDetails elsewhere;
    StationDetails station;
    StationDetails stationElsewhere;
    StaffPrincipal operator;
    MemberDetails teen;
    BookingDetails booked;
    BookingDetails walkIn;
    CourseDetails course;
    CertificateDetails certificate;

    @BeforeEach
    void aTeenagerUsesTheCentres() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        home = WorkshopDesk.centre(fixtures, centres);
        elsewhere = WorkshopDesk.centre(fixtures, centres);
        station = fixtures.station(home.id(), "PC-EXP-1");
        stationElsewhere = fixtures.station(elsewhere.id(), "PC-EXP-9");
        operator = fixtures.staff(Role.OPERATOR, home.id());
        SignedIn.as(operator);
        teen = members.register(MemberRegistrations.aMember(home.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15)
                        .minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withStationConsent().withWorkshopConsent()
                .withEmail(Fixtures.unique("teen").toLowerCase(Locale.ROOT) + "@example.org").build());
        members.get(teen.id()); // a minor's record opened: an audit entry

        // A booking at 10:00, used: checked in and out (a station session).
        booked = bookings.book(new BookingRequest(teen.id(), home.id(), station.id(), WorkshopDesk.mondayAt(10, 0), 60));
        clock.standAt(WorkshopDesk.mondayAt(10, 2));
        bookings.checkIn(booked.id(), VisitPurpose.EDUCATION);
        clock.standAt(WorkshopDesk.mondayAt(10, 50));
        bookings.checkOut(booked.id());
        // A walk-in at another centre, by that centre's operator.
        clock.standAt(WorkshopDesk.mondayAt(14, 0));
        SignedIn.as(fixtures.staff(Role.OPERATOR, elsewhere.id()));
        walkIn = bookings.startWalkIn(teen.id(), elsewhere.id(), VisitPurpose.EMPLOYMENT);
        clock.standAt(WorkshopDesk.mondayAt(14, 30));
        bookings.checkOut(walkIn.id());

        // A workshop of ten sessions: eight attended, questionnaires at the first and last, a certificate.
        clock.standAt(WorkshopDesk.mondayAt(15, 0));
        course = WorkshopDesk.course(courses);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, home.id());
        SignedIn.as(facilitator);
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(course.id(), home.id(), 30, facilitator.id()), WorkshopDesk.tuesdaysAndThursdays(5));
        enrolments.enrol(cohort.id(), teen.id());
        List<SessionDetails> sessions = cohort.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            clock.standAt(sessions.get(i).startsAt());
            attendance.mark(sessions.get(i).id(), teen.id(), i < 8 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
            if (i == 0) {
                questionnaires.record(sessions.get(i).id(), teen.id(), Phase.PRE, List.of(2, 3));
            }
        }
        questionnaires.record(sessions.getLast().id(), teen.id(), Phase.POST, List.of(4, 5));
        clock.standAt(sessions.getLast().endsAt().plusHours(1));
        certificate = certificates.issue(cohort.id(), teen.id());
        SignedIn.as(operator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_json_export_holds_the_bookings_sessions_workshops_certificate_mail_and_audit_entries() {
        JsonNode json = JsonMapper.builder().build().readTree(privacy.exportJson(teen.id(), Locale.ENGLISH));

        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("member").get("memberNumber").asString()).isEqualTo(teen.memberNumber());

        JsonNode visits = json.get("stationBookingsAndSessions");
        assertThat(visits).hasSize(2);
        JsonNode walkInVisit = visits.get(0);
        assertThat(walkInVisit.get("id").asLong()).isEqualTo(walkIn.id());
        assertThat(walkInVisit.get("kind").get("code").asString()).isEqualTo("WALK_IN");
        assertThat(walkInVisit.get("centre").asString()).contains(elsewhere.code()).contains(elsewhere.name());
        assertThat(walkInVisit.get("station").asString()).isEqualTo("PC-EXP-9");
        assertThat(walkInVisit.get("purpose").get("code").asString()).isEqualTo("EMPLOYMENT");
        JsonNode bookedVisit = visits.get(1);
        assertThat(bookedVisit.get("id").asLong()).isEqualTo(booked.id());
        assertThat(bookedVisit.get("kind").get("label").asString()).isEqualTo("Booking");
        assertThat(bookedVisit.get("status").get("code").asString()).isEqualTo("COMPLETED");
        assertThat(bookedVisit.get("station").asString()).isEqualTo("PC-EXP-1");
        assertThat(bookedVisit.get("startsAt").asString()).isEqualTo(WorkshopDesk.mondayAt(10, 0).toString());
        assertThat(bookedVisit.get("checkedInAt").asString()).isEqualTo(WorkshopDesk.mondayAt(10, 2).toString());
        assertThat(bookedVisit.get("checkedOutAt").asString()).isEqualTo(WorkshopDesk.mondayAt(10, 50).toString());
        assertThat(bookedVisit.get("purpose").get("label").asString()).isEqualTo("Education / homework");
        assertThat(json.get("queueTickets")).isEmpty();

        assertThat(json.get("workshopEnrolments")).singleElement().satisfies(enrolment -> {
            assertThat(enrolment.get("course").asString()).isEqualTo(course.title());
            assertThat(enrolment.get("centre").asString()).contains(home.code());
            assertThat(enrolment.get("status").get("code").asString()).isEqualTo("ENROLLED");
            assertThat(enrolment.get("enrolledAt").isNull()).isFalse();
        });
        JsonNode marks = json.get("workshopAttendance");
        assertThat(marks).hasSize(10);
        assertThat(marks.valueStream().filter(m -> m.get("status").get("code").asString().equals("PRESENT")))
                .hasSize(8);
        assertThat(marks.get(0).get("status").get("label").asString()).as("newest first: the last session")
                .isEqualTo("Absent");
        assertThat(json.get("certificates")).singleElement().satisfies(issued -> {
            assertThat(issued.get("code").asString()).isEqualTo(certificate.code());
            assertThat(issued.get("course").asString()).isEqualTo(course.title());
            assertThat(issued.get("hours").decimalValue()).isEqualByComparingTo(certificate.hours());
            assertThat(issued.get("revokedAt").isNull()).isTrue();
        });
        JsonNode answers = json.get("questionnaireAnswers");
        assertThat(answers).hasSize(4);
        assertThat(answers.valueStream().map(a -> a.get("phase").get("code").asString() + ":"
                + a.get("statement").asString() + "=" + a.get("answer").asInt()))
                .containsExactlyInAnyOrder("PRE:Sé cómo calmarme cuando me enojo=2", "PRE:Puedo decir que no sin pelear=3",
                        "POST:Sé cómo calmarme cuando me enojo=4", "POST:Puedo decir que no sin pelear=5");

        JsonNode mail = json.get("mail");
        assertThat(mail).isNotEmpty();
        assertThat(mail.valueStream().map(m -> m.get("kind").asString())).contains("booking-confirmation");
        assertThat(mail.valueStream()).allSatisfy(m -> assertThat(m.get("recipientEmail").asString())
                .isEqualTo(teen.email()));

        String month = YearMonth.from(WorkshopDesk.monday()).toString();
        assertThat(json.get("statisticsStationUse").valueStream().map(r -> r.get("month").asString() + " "
                + r.get("centre").asString().split(" ")[0] + " " + r.get("ageBand").get("code").asString()))
                .containsExactlyInAnyOrder(month + " " + home.code() + " AGE_15_17",
                        month + " " + elsewhere.code() + " AGE_15_17");
        assertThat(json.get("statisticsTraining")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("group").asString()).startsWith(course.title());
            assertThat(r.get("attended").isBoolean()).isTrue();
        });

        JsonNode audit = json.get("auditLog");
        assertThat(audit.valueStream().map(a -> a.get("action").get("code").asString()))
                .contains("DETAILS_VIEWED", "REGISTERED");
        assertThat(audit.valueStream()).allSatisfy(a -> assertThat(a.get("happenedAt").asString()).isNotBlank());
    }

    @Test
    void the_pdf_export_shows_the_same_sections_in_the_readers_language() throws Exception {
        String spanish = flat(PdfText.of(privacy.exportPdf(teen.id(), Translations.SPANISH)));

        assertThat(spanish).contains("Reservas y sesiones en estaciones", "Turnos en la cola de espera",
                "Inscripciones en talleres", "Asistencia a talleres", "Certificados",
                "Respuestas a cuestionarios de talleres", "Correos enviados o por enviar",
                "Filas de estadística: uso de estaciones por mes", "Registro de auditoría");
        assertThat(spanish).contains("PC-EXP-1", "PC-EXP-9", elsewhere.code(), course.title(), certificate.code(),
                "Presente", "Ausente", "Educación / tareas", "Sé cómo calmarme cuando me enojo · Respuesta (1 a 5): 2",
                "Reserva confirmada", "Vio los datos (menor)", "Registró al miembro");
        assertThat(spanish).doesNotContain("!booking.", "!workshop.", "!outbox.", "!privacy.");

        String english = flat(PdfText.of(privacy.exportPdf(teen.id(), Locale.ENGLISH)));
        assertThat(english).contains("Station bookings and sessions", "Workshop enrolments", "Workshop attendance",
                "Certificates", "Audit log", "Present", "Education / homework", certificate.code())
                .doesNotContain("!booking.", "!workshop.", "!outbox.", "!privacy.");
    }

    /** The text as one line: the PDF breaks long lines at a space or after a hyphen. */
    private static String flat(String text) {
        return text.replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ");
    }
}

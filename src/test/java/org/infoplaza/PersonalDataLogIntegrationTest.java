package org.infoplaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberDocuments;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.OutboxDrill;
import org.infoplaza.notification.OutboxFilter;
import org.infoplaza.notification.OutboxMessageDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CertificateDesk;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application log holds nothing that identifies a member or a guardian. A day like the demo's runs through
 * the real services (registrations of an adult and a minor with a guardian, look-ups, bookings and sessions,
 * a no-show, a workshop with attendance and a certificate, mail delivery to a mail server that is down,
 * documents, exports, an anonymisation, a sign-in typed with a member's e-mail, a refused duplicate row), and
 * the whole captured output is searched for the people's names, e-mail addresses, phones, documents and member
 * numbers.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogIntegrationTest {

    private static final Locale ES = Locale.forLanguageTag("es-PA");

    @Autowired
    MemberService members;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    MemberDocuments documents;

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
    CertificateService certificates;

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    /** Every string that would identify one of the people of this test. */
    final List<String> personal = new ArrayList<>();

    @BeforeEach
    void standOnMonday() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_day_at_the_centres_leaves_no_name_address_phone_document_or_member_number_in_the_log(CapturedOutput log) {
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        StationDetails station = fixtures.station(centre.id(), "PC-LOG-1");
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        String cedula = MemberRegistrations.aCedula();
        MemberDetails adult = members.register(MemberRegistrations.aMember(centre.id())
                .named("Zuleika", "Quiroztegui Arosemena").withCedula(cedula)
                .withEmail("zuleika.quiroztegui@example.org").build());
        MemberDetails teen = members.register(MemberRegistrations.aMember(centre.id())
                .named("Yaritza", "Bethancourt Ñañez")
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40))
                .withStationConsent().withWorkshopConsent()
                .guardedBy("Rosaura Villaverde", "6789-1234", "rosaura.villaverde@example.org")
                .withEmail("yaritza.bethancourt@example.org").build());
        personal.addAll(List.of("Zuleika", "Quiroztegui", "Arosemena", "zuleika.quiroztegui@example.org", cedula,
                adult.memberNumber(), "Yaritza", "Bethancourt", "Ñañez", "yaritza.bethancourt@example.org",
                "Rosaura", "Villaverde", "rosaura.villaverde@example.org", "6789-1234", teen.memberNumber()));

        // The desk finds them and opens their records; the card and the consent form are printed.
        members.findByNumber(adult.memberNumber());
        members.search(new MemberFilter("Quiroztegui"), Pageable.ofSize(10));
        members.get(teen.id());
        documents.memberCard(teen.id(), ES);
        documents.consentForm(teen.id(), ES);
        // The same cédula again is refused.
        assertThatThrownBy(() -> members.register(MemberRegistrations.aMember(centre.id()).withCedula(cedula).build()))
                .isInstanceOf(RuntimeException.class);

        // A booking used, a walk-in, a booking nobody came to (its notice is mailed).
        BookingDetails booked = bookings.book(new BookingRequest(adult.id(), centre.id(), station.id(),
                WorkshopDesk.mondayAt(10, 0), 60));
        clock.standAt(WorkshopDesk.mondayAt(10, 1));
        bookings.checkIn(booked.id(), VisitPurpose.EMPLOYMENT);
        clock.standAt(WorkshopDesk.mondayAt(10, 55));
        bookings.checkOut(booked.id());
        clock.standAt(WorkshopDesk.mondayAt(11, 0));
        BookingDetails walkIn = bookings.startWalkIn(teen.id(), centre.id(), VisitPurpose.EDUCATION);
        clock.standAt(WorkshopDesk.mondayAt(11, 40));
        bookings.checkOut(walkIn.id());
        bookings.book(new BookingRequest(adult.id(), centre.id(), station.id(), WorkshopDesk.mondayAt(14, 0), 60));
        clock.standAt(WorkshopDesk.mondayAt(14, 40));
        bookings.releaseNoShows(centre.id());

        // A workshop: the teenager attends eight of ten sessions and is issued a certificate.
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
        CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock,
                WorkshopDesk.course(courses).id(), centre.id(), facilitator.id(), Map.of(teen.id(), 8));
        certificates.issue(cohort.id(), teen.id());
        certificates.sheet(cohort.id());

        // The mail server is down: the members' mail fails its first attempt.
        List<Long> mail = SystemAuthentication.call(() -> outbox.page(OutboxFilter.none(), PageRequest.of(0, 2000))
                .stream().filter(m -> personal.contains(m.recipientEmail())).map(OutboxMessageDetails::id).toList());
        assertThat(mail).isNotEmpty();
        OutboxDrill.attempt(context, mail);

        // Someone types a member's e-mail as a username.
        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("zuleika.quiroztegui@example.org", "a-wrong-password")))
                .isInstanceOf(AuthenticationException.class);

        // Exports, then the adult asks to be forgotten.
        SignedIn.as(operator);
        privacy.exportJson(teen.id(), ES);
        privacy.exportPdf(adult.id(), ES);
        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        privacy.anonymise(adult.id());

        assertThat(log.getAll()).as("the log of the whole day").doesNotContain(personal);
    }

    @Test
    void a_row_the_database_refuses_is_not_quoted_in_the_log(CapturedOutput log) {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        String cedula = MemberRegistrations.aCedula();
        MemberDetails member = members.register(MemberRegistrations.aMember(centre.id()).withCedula(cedula).build());

        // Two desks racing can get past the service's own check; then the unique key refuses the second row, and
        // the database's message quotes the refused values.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> entityManager.createNativeQuery(
                "UPDATE member SET id_type = 'CEDULA', id_number = ? WHERE id <> ? AND anonymised_at IS NULL"
                        + " ORDER BY id DESC LIMIT 1")
                .setParameter(1, cedula).setParameter(2, member.id()).executeUpdate()))
                .isInstanceOf(RuntimeException.class).hasMessageContaining(cedula);

        assertThat(log.getAll()).doesNotContain(cedula);
    }
}

package org.infoplaza.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Certificates of a held cohort of ten sessions with an 80 % threshold: who may be issued one, the codes,
 * the public verification (which never names the person), revocation and re-issue, the PDF, and the scope
 * rules. The clock stands an hour after the last session unless a test says otherwise.
 */
@IntegrationTest
class CertificateServiceIntegrationTest {

    private static final Locale ES = Locale.forLanguageTag("es-PA");

    @Autowired
    CertificateService certificates;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    CentreService centres;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    CentreDetails centre;
    CourseDetails course;
    StaffPrincipal facilitator;
    StaffPrincipal operator;
    long eight;
    long seven;
    CohortDetails cohort;

    @BeforeEach
    void setUp() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        eight = teen();
        seven = teen();
        SignedIn.as(facilitator);
        cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(), centre.id(),
                facilitator.id(), Map.of(eight, 8, seven, 7));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    /** A 15-year-old with the guardian's workshop consent, born on a day of their own so no duplicate is suspected. */
    long teen() {
        return SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withWorkshopConsent().build()).id());
    }

    void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    // --- issuing ---

    @Test
    void a_member_at_the_threshold_is_issued_a_certificate_and_one_just_below_is_refused() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);

        assertThat(issued.memberId()).isEqualTo(eight);
        assertThat(issued.courseTitle()).isEqualTo(course.title());
        assertThat(issued.hours()).isEqualByComparingTo(new BigDecimal("20.0"));
        assertThat(issued.firstDay()).isEqualTo(cohort.sessions().getFirst().startsAt().toLocalDate());
        assertThat(issued.lastDay()).isEqualTo(cohort.sessions().getLast().startsAt().toLocalDate());
        assertThat(issued.centreName()).isEqualTo(centre.name());
        assertThat(issued.facilitators()).isEqualTo(facilitator.displayName());
        assertThat(issued.revoked()).isFalse();
        assertRefused(() -> certificates.issue(cohort.id(), seven), "certificates.issue.not-completed");
        assertThat(certificates.list(cohort.id())).extracting(CertificateDetails::memberId).containsExactly(eight);
    }

    @Test
    void nothing_is_issued_before_the_last_session_is_over() {
        clock.standAt(cohort.sessions().getLast().endsAt().minusMinutes(1));

        assertRefused(() -> certificates.issue(cohort.id(), eight), "certificates.issue.not-finished");
        assertRefused(() -> certificates.issueAll(cohort.id()), "certificates.issue.not-finished");
        assertThat(certificates.sheet(cohort.id()).finished()).isFalse();
    }

    @Test
    void someone_not_enrolled_is_refused() {
        long stranger = teen();

        assertRefused(() -> certificates.issue(cohort.id(), stranger), "certificates.issue.not-enrolled");
    }

    @Test
    void a_member_holds_one_certificate_per_cohort_and_issue_all_skips_those_who_have_one() {
        long ten = teen();
        long nine = teen();
        long five = teen();
        SignedIn.as(facilitator);
        CohortDetails other = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(),
                centre.id(), facilitator.id(), Map.of(ten, 10, nine, 9, five, 5));
        CertificateDetails first = certificates.issue(other.id(), ten);

        assertRefused(() -> certificates.issue(other.id(), ten), "certificates.issue.already");
        List<CertificateDetails> issued = certificates.issueAll(other.id());

        assertThat(issued).extracting(CertificateDetails::memberId).containsExactly(nine);
        assertThat(certificates.issueAll(other.id())).isEmpty();
        assertThat(certificates.sheet(other.id()).lines()).filteredOn(l -> l.memberId() == ten).singleElement()
                .satisfies(l -> assertThat(l.certificate().code()).isEqualTo(first.code()));
    }

    // --- codes and verification ---

    @Test
    void codes_are_twelve_unambiguous_characters_in_groups_of_four_and_never_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            codes.add(CertificateCodes.generate());
        }

        assertThat(codes).hasSize(5000)
                .allMatch(code -> code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"));
        assertThat(certificates.issue(cohort.id(), eight).code()).matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){2}");
    }

    @Test
    void a_valid_code_verifies_without_sign_in_even_typed_in_lower_case_with_spaces_or_without_dashes() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);
        SignedIn.nobody();
        String plain = issued.code().replace("-", "");

        for (String typed : List.of(issued.code(), issued.code().toLowerCase(Locale.ROOT), plain,
                " " + plain.substring(0, 6) + " " + plain.substring(6).toLowerCase(Locale.ROOT) + " ",
                "-" + issued.code() + "-")) {
            assertThat(certificates.verify(typed)).as(typed).hasValueSatisfying(v -> {
                assertThat(v.valid()).isTrue();
                assertThat(v.code()).isEqualTo(issued.code());
                assertThat(v.courseTitle()).isEqualTo(course.title());
                assertThat(v.hours()).isEqualByComparingTo("20");
                assertThat(v.firstDay()).isEqualTo(issued.firstDay());
                assertThat(v.lastDay()).isEqualTo(issued.lastDay());
                assertThat(v.centreName()).isEqualTo(centre.name());
                assertThat(v.issuedOn()).isEqualTo(LocalDate.now(clock));
            });
        }
    }

    @Test
    void forged_mistyped_or_malformed_codes_are_simply_not_found() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);
        SignedIn.nobody();
        char last = issued.code().charAt(issued.code().length() - 1);
        String oneWrong = issued.code().substring(0, issued.code().length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(certificates.verify(oneWrong)).isEmpty();
        assertThat(certificates.verify(issued.code().substring(1))).isEmpty();
        assertThat(certificates.verify("ABCD-EFGH-JKL0")).isEmpty();
        assertThat(certificates.verify("' OR 1=1 --")).isEmpty();
        assertThat(certificates.verify("")).isEmpty();
        assertThat(certificates.verify(null)).isEmpty();
    }

    @Test
    void the_verification_carries_nothing_about_the_person() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);
        MemberSummary member = members.summariesOf(List.of(eight)).getFirst();
        SignedIn.nobody();

        CertificateVerification verification = certificates.verify(issued.code()).orElseThrow();

        assertThat(Arrays.stream(CertificateVerification.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("code", "revoked", "courseTitle", "hours", "firstDay", "lastDay", "centreName",
                        "issuedOn");
        assertThat(verification.toString()).doesNotContain(member.givenNames(), member.surnames(),
                member.memberNumber());
    }

    // --- revocation ---

    @Test
    void a_revoked_certificate_verifies_as_revoked_and_a_new_one_gets_a_new_code() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);
        SignedIn.as(operator);

        CertificateDetails revoked = certificates.revoke(issued.id(), "Error en la asistencia");

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokeReason()).isEqualTo("Error en la asistencia");
        assertThat(certificates.verify(issued.code())).hasValueSatisfying(v -> assertThat(v.revoked()).isTrue());
        assertRefused(() -> certificates.revoke(issued.id(), "Otra vez"), "certificates.revoke.already");
        assertRefused(() -> certificates.pdf(issued.id(), ES), "certificates.pdf.revoked");

        CertificateDetails again = certificates.issue(cohort.id(), eight);

        assertThat(again.code()).isNotEqualTo(issued.code());
        assertThat(certificates.verify(again.code())).hasValueSatisfying(v -> assertThat(v.valid()).isTrue());
        assertThat(certificates.verify(issued.code())).hasValueSatisfying(v -> assertThat(v.revoked()).isTrue());
        assertThat(certificates.list(cohort.id())).hasSize(2);
        assertThat(certificates.sheet(cohort.id()).lines()).filteredOn(l -> l.memberId() == eight).singleElement()
                .satisfies(l -> {
                    assertThat(l.certificate().code()).isEqualTo(again.code());
                    assertThat(l.issuable()).isFalse();
                });
    }

    @Test
    void revoking_needs_a_reason_and_is_not_for_facilitators() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);

        assertThatThrownBy(() -> certificates.revoke(issued.id(), "Error")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(operator);
        assertRefused(() -> certificates.revoke(issued.id(), "  "), "certificates.revoke.reason.required");
        assertRefused(() -> certificates.revoke(issued.id(), "x".repeat(CertificateService.MAX_REASON + 1)),
                "certificates.revoke.reason.length");
        assertThat(certificates.verify(issued.code())).hasValueSatisfying(v -> assertThat(v.valid()).isTrue());
    }

    // --- scope ---

    @Test
    void another_facilitator_or_an_operator_of_another_centre_finds_nothing() {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);

        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));
        assertThatThrownBy(() -> certificates.issue(cohort.id(), eight)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.list(cohort.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.pdf(issued.id(), ES)).isInstanceOf(NotFoundException.class);

        CentreDetails elsewhere = WorkshopDesk.centre(fixtures, centres);
        SignedIn.as(fixtures.staff(Role.OPERATOR, elsewhere.id()));
        assertThatThrownBy(() -> certificates.issueAll(cohort.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.revoke(issued.id(), "Error")).isInstanceOf(NotFoundException.class);

        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        assertThatThrownBy(() -> certificates.list(cohort.id())).isInstanceOf(AccessDeniedException.class);
    }

    // --- the document ---

    @Test
    void the_pdf_names_the_member_the_course_and_the_code_in_spanish_or_english() throws Exception {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);
        String name = members.summariesOf(List.of(eight)).getFirst().fullName();

        String spanish = text(certificates.pdf(issued.id(), ES));
        String english = text(certificates.pdf(issued.id(), Locale.ENGLISH));

        assertThat(spanish).contains("Certificado de participación", name, course.title(), "20 horas",
                centre.name(), facilitator.displayName(), issued.code());
        assertThat(english).contains("Certificate of completion", name, course.title(), "20 hours",
                issued.code()).doesNotContain("Certificado de participación");
    }

    @Test
    void the_qr_code_in_the_pdf_reads_back_as_the_verification_address() throws Exception {
        CertificateDetails issued = certificates.issue(cohort.id(), eight);

        PdfReader reader = new PdfReader(certificates.pdf(issued.id(), ES));
        PdfDictionary images = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        PRStream image = images.getKeys().stream()
                .map(key -> (PRStream) PdfReader.getPdfObject(images.get(key)))
                .filter(stream -> PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE)))
                .findFirst().orElseThrow();
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] grey = PdfReader.getStreamBytes(image);
        reader.close();

        assertThat(decode(grey, width, height)).isEqualTo("http://localhost:8080/verificar/" + issued.code());
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    private static String decode(byte[] grey, int width, int height) throws Exception {
        LuminanceSource source = new LuminanceSource(width, height) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] out = row != null && row.length >= width ? row : new byte[width];
                System.arraycopy(grey, y * width, out, 0, width);
                return out;
            }

            @Override
            public byte[] getMatrix() {
                return grey;
            }
        };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}

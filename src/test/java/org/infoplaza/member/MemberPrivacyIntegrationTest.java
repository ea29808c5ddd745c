package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class MemberPrivacyIntegrationTest {

    private static final Locale ES = Locale.forLanguageTag("es-PA");
    private static final Pageable NEWEST_FIRST = PageRequest.of(0, 50,
            Sort.by(Sort.Order.desc("happenedAt"), Sort.Order.desc("id")));

    @Autowired
    MemberService members;

    @Autowired
    MemberDocuments documents;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalDataContributor> contributors;

    CentreDetails centre;
    StaffPrincipal operator;
    StaffPrincipal admin;
    MemberDetails adult;
    MemberDetails minor;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        admin = fixtures.staff(Role.ADMIN, centre.id());
        SignedIn.as(operator);
        adult = members.register(aMember(centre.id()).withCedula(MemberRegistrations.aCedula()).build());
        minor = members.register(aMember(centre.id()).minor().withConsent().build());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<AuditEntryDetails> log(MemberDetails member) {
        return SystemAuthentication.call(() -> privacy.auditLog(
                new AuditFilter(member.memberNumber(), "", null, null), NEWEST_FIRST).getContent());
    }

    private List<AuditAction> actions(MemberDetails member) {
        return log(member).stream().map(AuditEntryDetails::action).toList();
    }

    @Test
    void opening_a_minors_details_is_logged_with_who_and_when_but_an_adults_is_not() {
        members.get(minor.id());
        members.get(adult.id());

        assertThat(actions(minor)).containsExactly(AuditAction.DETAILS_VIEWED, AuditAction.REGISTERED);
        assertThat(log(minor).getFirst()).satisfies(entry -> {
            assertThat(entry.staffId()).isEqualTo(operator.id());
            assertThat(entry.staffUsername()).isEqualTo(operator.getUsername());
            assertThat(entry.memberNumber()).isEqualTo(minor.memberNumber());
            assertThat(entry.happenedAt()).isNotNull();
        });
        assertThat(actions(adult)).containsExactly(AuditAction.REGISTERED);
    }

    @Test
    void changes_of_any_member_and_printed_documents_of_minors_are_logged() {
        members.revokeConsent(adult.id(), ConsentPurpose.PHOTOS);
        documents.consentForm(minor.id(), ES);
        documents.memberCard(adult.id(), ES);

        assertThat(actions(adult)).containsExactly(AuditAction.CONSENT_REVOKED, AuditAction.REGISTERED);
        assertThat(actions(minor)).containsExactly(AuditAction.CONSENT_FORM_PRINTED, AuditAction.DETAILS_VIEWED,
                AuditAction.REGISTERED);
    }

    @Test
    void the_log_filters_by_staff_and_days_and_is_for_admins_only() {
        members.get(minor.id());
        SignedIn.as(admin);
        LocalDate today = LocalDate.now(PanamaTime.ZONE);

        assertThat(privacy.auditLog(new AuditFilter(minor.memberNumber(), operator.getUsername(), today, today),
                NEWEST_FIRST)).hasSize(2);
        assertThat(privacy.countAuditLog(new AuditFilter(minor.memberNumber(), admin.getUsername(), null, null)))
                .isZero();
        assertThat(privacy.countAuditLog(new AuditFilter(minor.memberNumber(), "", today.plusDays(1), null))).isZero();
        assertThat(privacy.countAuditLog(new AuditFilter(minor.memberNumber(), "", null, today.minusDays(1)))).isZero();

        SignedIn.as(operator);
        assertThatThrownBy(() -> privacy.auditLog(AuditFilter.none(), NEWEST_FIRST))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_json_export_holds_every_field_the_guardian_and_the_consents_in_the_staff_language() {
        JsonNode json = JsonMapper.builder().build().readTree(privacy.exportJson(minor.id(), Locale.ENGLISH));

        JsonNode member = json.get("member");
        assertThat(json.get("language").asString()).isEqualTo("en");
        assertThat(member.get("memberNumber").asString()).isEqualTo(minor.memberNumber());
        assertThat(member.get("givenNames").asString()).isEqualTo(minor.givenNames());
        assertThat(member.get("surnames").asString()).isEqualTo(minor.surnames());
        assertThat(member.get("dateOfBirth").asString()).isEqualTo(minor.dateOfBirth().toString());
        assertThat(member.get("sex").get("code").asString()).isEqualTo("FEMALE");
        assertThat(member.get("sex").get("label").asString()).isEqualTo("Female");
        assertThat(member.get("phone").asString()).isEqualTo("6000-0000");
        assertThat(member.get("community").asString()).isEqualTo("Barrio Sur");
        assertThat(member.get("homeCentre").get("code").asString()).isEqualTo(centre.code());
        assertThat(member.get("registeredBy").asLong()).isEqualTo(operator.id());
        assertThat(member.get("lastActiveOn").asString()).isEqualTo(today().toString());
        assertThat(member.has("idNumber")).isTrue();
        assertThat(json.get("guardian").get("name").asString()).isEqualTo("María Gil");
        assertThat(json.get("guardian").get("relationship").asString()).isEqualTo("Madre");
        assertThat(json.get("consents")).singleElement().satisfies(consent -> {
            assertThat(consent.get("purpose").get("code").asString()).isEqualTo("DATA_PROCESSING");
            assertThat(consent.get("purpose").get("label").asString()).isEqualTo("Data processing");
            assertThat(consent.get("givenBy").get("code").asString()).isEqualTo("GUARDIAN");
            assertThat(consent.get("grantedAt").asString()).isEqualTo(today().toString());
            assertThat(consent.get("textVersion").asString()).isEqualTo(ConsentData.CURRENT_TEXT_VERSION);
            assertThat(consent.get("minorAssent").asBoolean()).isTrue();
        });
        assertThat(actions(minor)).first().isEqualTo(AuditAction.EXPORTED_JSON);
    }

    @Test
    void the_pdf_export_opens_and_reads_in_the_staff_language() throws IOException {
        byte[] pdf = privacy.exportPdf(minor.id(), ES);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains(minor.memberNumber(), minor.givenNames(), minor.surnames(),
                "Datos personales", "María Gil", "Madre", "Tratamiento de datos", "Barrio Sur", "Femenino");
        assertThat(actions(minor)).first().isEqualTo(AuditAction.EXPORTED_PDF);
        // An adult's export is logged too: it hands out all their data.
        privacy.exportPdf(adult.id(), Locale.ENGLISH);
        assertThat(actions(adult)).first().isEqualTo(AuditAction.EXPORTED_PDF);
    }

    @Test
    void exports_are_scoped_like_the_member_details() {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        assertThatThrownBy(() -> privacy.exportJson(minor.id(), ES)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> privacy.exportPdf(minor.id(), ES)).isInstanceOf(NotFoundException.class);
        SignedIn.as(fixtures.staff(Role.SECRETARIAT, other.id()));
        assertThatThrownBy(() -> privacy.exportJson(minor.id(), ES)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_modules_that_contribute_to_the_export_answer_only_staff_who_may_export() {
        PersonalDataRequest request = new PersonalDataRequest(minor.id());
        assertThat(contributors).isNotEmpty();
        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        for (PersonalDataContributor contributor : contributors) {
            assertThatThrownBy(() -> contributor.personalData(request)).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        for (PersonalDataContributor contributor : contributors) {
            assertThatThrownBy(() -> contributor.personalData(request))
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        }
    }

    @Test
    void anonymisation_removes_personal_data_and_keeps_the_statistics() {
        SignedIn.as(admin);
        privacy.anonymise(minor.id());

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM member WHERE id = ?", minor.id());
        assertThat(row.get("given_names")).isEqualTo(Member.ANONYMOUS);
        assertThat(row.get("surnames")).isEqualTo(Member.ANONYMOUS);
        assertThat(row.get("normalised_name")).isEqualTo("");
        assertThat(row.get("id_type")).isEqualTo("NONE");
        assertThat(row.get("id_number")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("community")).isNull();
        assertThat(row.get("school_grade")).isNull();
        assertThat(row.get("anonymised_at")).isNotNull();
        LocalDate born = jdbc.queryForObject("SELECT date_of_birth FROM member WHERE id = ?", LocalDate.class, minor.id());
        assertThat(born.getYear()).isEqualTo(minor.dateOfBirth().getYear());
        assertThat(born.getDayOfYear()).isIn(1, LocalDate.of(born.getYear(), 7, 1).getDayOfYear());
        // Kept for the anonymous statistics.
        assertThat(row.get("sex")).isEqualTo("FEMALE");
        assertThat(((Number) row.get("home_centre_id")).longValue()).isEqualTo(centre.id());
        assertThat(row.get("member_number")).isEqualTo(minor.memberNumber());
        assertThat(row.get("registered_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM guardian WHERE member_id = ?", Integer.class, minor.id()))
                .isZero();
        assertThat(jdbc.queryForList("SELECT purpose FROM consent WHERE member_id = ?", String.class, minor.id()))
                .containsExactly("DATA_PROCESSING");
        assertThat(actions(minor)).first().isEqualTo(AuditAction.ANONYMISED);
    }

    @Test
    void an_anonymised_member_cannot_be_found_opened_exported_or_taken_for_a_duplicate() {
        MemberRegistrations person = aMember(centre.id()).minor().withConsent();
        MemberDetails saved = members.register(person.build());
        SignedIn.as(admin);
        privacy.anonymise(saved.id());

        assertThat(members.count(new MemberFilter(person.givenNames()))).isZero();
        assertThat(members.search(MemberFilter.none(), Pageable.ofSize(500)).getContent())
                .extracting(MemberSummary::id).doesNotContain(saved.id());
        assertThat(members.findByNumber(saved.memberNumber())).isEmpty();
        assertThatThrownBy(() -> members.get(saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> privacy.exportJson(saved.id(), ES)).isInstanceOf(NotFoundException.class);
        // The same person registering again is not suspected to be the anonymised row.
        MemberDetails again = members.register(person.build());
        assertThat(again.id()).isNotEqualTo(saved.id());
    }

    @Test
    void anonymising_twice_changes_nothing_and_logs_once() {
        SignedIn.as(admin);
        privacy.anonymise(adult.id());
        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM member WHERE id = ?", adult.id());

        privacy.anonymise(adult.id());

        assertThat(jdbc.queryForMap("SELECT * FROM member WHERE id = ?", adult.id())).isEqualTo(first);
        assertThat(actions(adult)).containsExactly(AuditAction.ANONYMISED, AuditAction.REGISTERED);
    }

    @Test
    void operators_may_not_anonymise() {
        assertThatThrownBy(() -> privacy.anonymise(minor.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(members.get(minor.id()).givenNames()).isEqualTo(minor.givenNames());
    }

    @Test
    void the_retention_job_anonymises_members_inactive_for_longer_than_the_retention_period_in_batches() {
        MemberDetails old = members.register(aMember(centre.id()).build());
        MemberDetails recent = members.register(aMember(centre.id()).build());
        jdbc.update("UPDATE member SET last_active_on = ? WHERE id IN (?, ?)", today().minusYears(5).minusDays(1),
                minor.id(), old.id());
        jdbc.update("UPDATE member SET last_active_on = ? WHERE id = ?", today().minusYears(5), recent.id());
        Clock fixed = Clock.fixed(today().atTime(2, 30).atZone(PanamaTime.ZONE).toInstant(), PanamaTime.ZONE);
        SignedIn.nobody();

        int anonymised = new MemberRetentionJob(privacy, fixed, 5, 1).run();

        assertThat(anonymised).isEqualTo(2);
        assertThat(anonymisedAt(minor)).isNotNull();
        assertThat(anonymisedAt(old)).isNotNull();
        assertThat(anonymisedAt(recent)).isNull();
        assertThat(anonymisedAt(adult)).isNull();
        assertThat(log(old).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ANONYMISED);
            assertThat(entry.staffUsername()).isEqualTo("system");
        });
        assertThat(new MemberRetentionJob(privacy, fixed, 5, 1).run()).as("nothing left to do").isZero();
    }

    private Object anonymisedAt(MemberDetails member) {
        return jdbc.queryForObject("SELECT anonymised_at FROM member WHERE id = ?", Object.class, member.id());
    }
}

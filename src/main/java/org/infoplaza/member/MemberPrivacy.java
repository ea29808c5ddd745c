package org.infoplaza.member;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-protection rights of members (Law 81 of 2019) and the audit log that shows who used their data.
 * <ul>
 * <li>Access and portability: everything stored about one member, as JSON or as a readable PDF, in the
 * staff member's language, for admins and the operators of the member's home centre: the member's record,
 * guardian and consents, what the other modules keep about them (collected from every
 * {@link PersonalDataContributor}: bookings and sessions, queue tickets, workshops, certificates, mail, the
 * statistics rows that name them) and the audit log's entries about them. The JSON structure is documented in {@code docs/member-export.md}.</li>
 * <li>Cancellation: anonymisation, on request by an admin or by the retention rule, removes what identifies
 * the person and keeps what the anonymous statistics count. An anonymised member can no longer be found,
 * opened or exported, and is never a duplicate candidate.</li>
 * <li>The audit log, for admins: who read a minor's record or changed anyone's, and when.</li>
 * </ul>
 * Exports and anonymisations are themselves written to the audit log, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class MemberPrivacy {

    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("3000-01-01T00:00:00Z");
    /** The version of the JSON export's structure; raised when a field changes meaning or goes. */
    static final int FORMAT_VERSION = 2;
    /** The JSON export's own top-level keys, which no section may take. */
    private static final Set<String> RESERVED_SECTIONS = Set.of("formatVersion", "exportedAt", "language", "member",
            "guardian", "consents");

    private final MemberRepository members;
    private final GuardianRepository guardians;
    private final ConsentRepository consents;
    private final MemberAuditRepository auditEntries;
    private final MemberAudit audit;
    private final GeographyService geography;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PersonalDataContributor> contributors;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    MemberPrivacy(MemberRepository members, GuardianRepository guardians, ConsentRepository consents,
            MemberAuditRepository auditEntries, MemberAudit audit, CentreService centres, GeographyService geography,
            CurrentUser currentUser, Translations translations, ApplicationEventPublisher events,
            ObjectProvider<PersonalDataContributor> contributors, Clock clock) {
        this.geography = geography;
        this.members = members;
        this.guardians = guardians;
        this.consents = consents;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.centres = centres;
        this.currentUser = currentUser;
        this.translations = translations;
        this.events = events;
        this.contributors = contributors;
        this.clock = clock;
    }

    /**
     * Everything stored about the member, as UTF-8 JSON: every field of the member, their guardian and consents,
     * the other modules' records of them and the audit log's entries about them ({@code docs/member-export.md}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public byte[] exportJson(long memberId, Locale locale) {
        Map<String, Object> content = exportContent(memberId, locale);
        audit.changed(memberId, AuditAction.EXPORTED_JSON);
        return json.writeValueAsBytes(content);
    }

    /** The same content as {@link #exportJson} as a document to hand to the person. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public byte[] exportPdf(long memberId, Locale locale) {
        Member member = scoped(memberId);
        MemberDetails details = details(member);
        List<PersonalDataSection> sections = sections(memberId);
        audit.changed(memberId, AuditAction.EXPORTED_PDF);
        return pdf(member, details, sections, locale);
    }

    /**
     * Removes the member's personal data for good (see {@link Member#anonymise}) and deletes their guardian.
     * Anonymising an anonymised member changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void anonymise(long memberId) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(member.getHomeCentreId());
        anonymise(member);
    }

    /**
     * One batch of the retention rule: anonymises up to {@code batchSize} members whose last activity was
     * before {@code cutoff}, oldest first, and returns how many it anonymised.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int anonymiseInactiveBefore(LocalDate cutoff, int batchSize) {
        List<Long> ids = members.findInactiveSince(cutoff, PageRequest.of(0, batchSize));
        members.findAllById(ids).forEach(this::anonymise);
        return ids.size();
    }

    /** The audit log, newest first unless the page asks otherwise. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AuditEntryDetails> auditLog(AuditFilter filter, Pageable pageable) {
        return auditEntries.search(normalise(filter.memberNumber()).toUpperCase(Locale.ROOT),
                normalise(filter.staffUsername()), from(filter), to(filter), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countAuditLog(AuditFilter filter) {
        return auditLog(filter, PageRequest.of(0, 1)).getTotalElements();
    }

    private void anonymise(Member member) {
        if (member.isAnonymised()) {
            return;
        }
        member.anonymise(clock.instant());
        guardians.deleteByMemberId(member.getId());
        members.flush();
        audit.changed(member.getId(), AuditAction.ANONYMISED);
        events.publishEvent(new MemberAnonymised(member.getId()));
    }

    private Member scoped(long memberId) {
        Member member = members.findById(memberId).filter(m -> !m.isAnonymised()).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(member.getHomeCentreId());
        return member;
    }

    private MemberDetails details(Member member) {
        return member.toDetails(guardians.findFirstByMemberIdOrderById(member.getId()).map(Guardian::toData).orElse(null),
                consents.findByMemberIdOrderById(member.getId()).stream().map(Consent::toDetails).toList());
    }

    /**
     * What the other modules keep about the member, then the audit log's entries about them (before this
     * export's own entry). The request is made here, after {@link #scoped} checked the caller may export.
     */
    private List<PersonalDataSection> sections(long memberId) {
        PersonalDataRequest request = new PersonalDataRequest(memberId);
        List<PersonalDataSection> sections = new ArrayList<>();
        contributors.orderedStream().forEach(contributor -> sections.addAll(contributor.personalData(request)));
        sections.add(auditSection(memberId));
        Set<String> names = new HashSet<>(RESERVED_SECTIONS);
        for (PersonalDataSection section : sections) {
            if (!names.add(section.name())) {
                throw new IllegalStateException("Two parts of the member export are named " + section.name());
            }
        }
        return sections;
    }

    private PersonalDataSection auditSection(long memberId) {
        List<PersonalDataEntry> entries = auditEntries.findByMemberIdOrderByHappenedAtDescIdDesc(memberId).stream()
                .map(entry -> PersonalDataEntry.builder()
                        .add("happenedAt", "privacy.audit.when", entry.getHappenedAt())
                        .code("action", "privacy.action", entry.getAction(), "privacy.action.")
                        .add("staffUsername", "privacy.audit.staff", entry.getStaffUsername())
                        .build())
                .toList();
        return new PersonalDataSection("auditLog", "privacy.export.audit-log", entries);
    }

    private Map<String, Object> exportContent(long memberId, Locale locale) {
        Member member = scoped(memberId);
        MemberDetails d = details(member);
        CentreDetails centre = centres.get(d.homeCentreId());
        List<PersonalDataSection> sections = sections(memberId);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("exportedAt", clock.instant().toString());
        root.put("language", locale.getLanguage());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("memberNumber", d.memberNumber());
        m.put("givenNames", d.givenNames());
        m.put("surnames", d.surnames());
        m.put("dateOfBirth", text(d.dateOfBirth()));
        m.put("sex", coded(d.sex(), "member.sex.", locale));
        m.put("idType", coded(d.idType(), "member.id-type.", locale));
        m.put("idNumber", d.idNumber());
        m.put("phone", d.phone());
        m.put("email", d.email());
        m.put("preferredLanguage", d.preferredLanguage());
        m.put("schoolStatus", coded(d.schoolStatus(), "member.school-status.", locale));
        m.put("schoolGrade", d.schoolGrade());
        m.put("occupationStatus", coded(d.occupationStatus(), "member.occupation.", locale));
        m.put("homeCentre", Map.of("id", centre.id(), "code", centre.code(), "name", centre.name()));
        m.put("municipality", municipality(d.municipalityId()));
        m.put("corregimiento", corregimiento(d.corregimientoId()));
        m.put("ethnicity", d.ethnicity().stream().map(e -> coded(e, "member.ethnicity.", locale)).toList());
        m.put("disability", coded(d.disability(), "member.disability.", locale));
        m.put("community", d.community());
        m.put("registeredAt", text(d.registeredAt()));
        m.put("registeredBy", d.registeredBy());
        m.put("lastActiveOn", text(member.getLastActiveOn()));
        root.put("member", m);
        if (d.guardian() == null) {
            root.put("guardian", null);
        } else {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", d.guardian().name());
            g.put("relationship", d.guardian().relationship());
            g.put("phone", d.guardian().phone());
            g.put("email", d.guardian().email());
            root.put("guardian", g);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (ConsentDetails c : d.consents()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", c.id());
            entry.put("purpose", coded(c.purpose(), "member.consent.purpose.", locale));
            entry.put("givenBy", coded(c.givenBy(), "privacy.consent.party.", locale));
            entry.put("grantedAt", text(c.grantedAt()));
            entry.put("channel", coded(c.channel(), "member.consent.channel.", locale));
            entry.put("textVersion", c.textVersion());
            entry.put("recordedBy", c.recordedBy());
            entry.put("minorAssent", c.minorAssent());
            entry.put("expiresOn", text(c.expiresOn()));
            entry.put("revokedAt", text(c.revokedAt()));
            list.add(entry);
        }
        root.put("consents", list);
        ExportSections writer = new ExportSections(translations, locale);
        for (PersonalDataSection section : sections) {
            root.put(section.name(), writer.json(section));
        }
        return root;
    }

    private byte[] pdf(Member member, MemberDetails d, List<PersonalDataSection> sections, Locale locale) {
        CentreDetails centre = centres.get(d.homeCentreId());
        DateTimeFormatter day = PanamaTime.dateFormat(locale);
        DateTimeFormatter moment = PanamaTime.dateTimeFormat(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 40, 40);
        Font title = new Font(Font.HELVETICA, 15, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 9.5f);
        Font bold = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t("privacy.export.title", locale, d.memberNumber()));
            document.open();
            Paragraph head = new Paragraph(t("privacy.export.title", locale, d.memberNumber()), title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph sub = new Paragraph(t("privacy.export.subtitle", locale, "Infoplaza " + centre.name(),
                    moment.format(clock.instant())), small);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(8);
            document.add(sub);
            document.add(new Paragraph(t("privacy.export.intro", locale), body));

            document.add(section(t("privacy.export.member", locale), heading));
            PdfPTable fields = new PdfPTable(new float[] {2, 3});
            fields.setWidthPercentage(100);
            row(fields, t("member.number", locale), d.memberNumber(), bold, body);
            row(fields, t("member.given-names", locale), d.givenNames(), bold, body);
            row(fields, t("member.surnames", locale), d.surnames(), bold, body);
            row(fields, t("member.birth-date", locale), day.format(d.dateOfBirth()), bold, body);
            row(fields, t("member.sex", locale), label(d.sex(), "member.sex.", locale), bold, body);
            row(fields, t("member.id-type", locale), label(d.idType(), "member.id-type.", locale), bold, body);
            row(fields, t("member.id-number", locale), d.idNumber(), bold, body);
            row(fields, t("member.phone", locale), d.phone(), bold, body);
            row(fields, t("member.email", locale), d.email(), bold, body);
            row(fields, t("member.language", locale), d.preferredLanguage(), bold, body);
            row(fields, t("member.school-status", locale), label(d.schoolStatus(), "member.school-status.", locale), bold, body);
            row(fields, t("member.school-grade", locale), d.schoolGrade(), bold, body);
            row(fields, t("member.occupation", locale), label(d.occupationStatus(), "member.occupation.", locale), bold, body);
            row(fields, t("member.home-centre", locale), centre.code() + " " + centre.name(), bold, body);
            Object municipality = municipality(d.municipalityId());
            row(fields, t("member.municipality", locale),
                    municipality == null ? null : ((Map<?, ?>) municipality).get("name").toString(), bold, body);
            Map<String, Object> corregimiento = corregimiento(d.corregimientoId());
            row(fields, t("member.corregimiento", locale),
                    corregimiento == null ? null : corregimiento.get("name").toString(), bold, body);
            row(fields, t("member.ethnicity", locale), d.ethnicity().stream()
                    .map(e -> label(e, "member.ethnicity.", locale)).sorted().reduce((a, b) -> a + ", " + b).orElse(null),
                    bold, body);
            row(fields, t("member.disability", locale), label(d.disability(), "member.disability.", locale), bold, body);
            row(fields, t("member.community", locale), d.community(), bold, body);
            row(fields, t("privacy.export.registered-at", locale), moment.format(d.registeredAt()), bold, body);
            row(fields, t("privacy.export.last-active", locale), day.format(member.getLastActiveOn()), bold, body);
            document.add(fields);

            document.add(section(t("privacy.export.guardian", locale), heading));
            if (d.guardian() == null) {
                document.add(new Paragraph(t("privacy.export.none", locale), body));
            } else {
                PdfPTable guardian = new PdfPTable(new float[] {2, 3});
                guardian.setWidthPercentage(100);
                row(guardian, t("member.guardian.name", locale), d.guardian().name(), bold, body);
                row(guardian, t("member.guardian.relationship", locale), d.guardian().relationship(), bold, body);
                row(guardian, t("member.guardian.phone", locale), d.guardian().phone(), bold, body);
                row(guardian, t("member.guardian.email", locale), d.guardian().email(), bold, body);
                document.add(guardian);
            }

            document.add(section(t("privacy.export.consents", locale), heading));
            if (d.consents().isEmpty()) {
                document.add(new Paragraph(t("privacy.export.none", locale), body));
            }
            for (ConsentDetails c : d.consents()) {
                Paragraph line = new Paragraph();
                line.setSpacingBefore(3);
                line.add(new Chunk(label(c.purpose(), "member.consent.purpose.", locale), bold));
                line.add(new Chunk(" · " + t("privacy.export.consent.line", locale,
                        label(c.givenBy(), "privacy.consent.party.", locale), day.format(c.grantedAt()),
                        label(c.channel(), "member.consent.channel.", locale), c.textVersion(),
                        c.expiresOn() == null ? "—" : day.format(c.expiresOn())), body));
                if (c.revokedAt() != null) {
                    line.add(new Chunk(" · " + t("privacy.export.consent.revoked", locale, moment.format(c.revokedAt())), body));
                }
                document.add(line);
            }
            ExportSections writer = new ExportSections(translations, locale);
            for (PersonalDataSection section : sections) {
                writer.pdf(document, section, heading, body, bold);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Member export could not be written", e);
        }
        return out.toByteArray();
    }

    private Map<String, Object> corregimiento(Long corregimientoId) {
        if (corregimientoId == null) {
            return null;
        }
        return geography.corregimiento(corregimientoId)
                .<Map<String, Object>>map(c -> Map.of("id", c.id(), "name", c.name()))
                .orElse(Map.of("id", corregimientoId, "name", ""));
    }

    private Map<String, Object> municipality(Long municipalityId) {
        if (municipalityId == null) {
            return null;
        }
        return centres.municipalities().stream().filter(o -> o.id() == municipalityId).findFirst()
                .<Map<String, Object>>map(o -> Map.of("id", o.id(), "name", o.label()))
                .orElse(Map.of("id", municipalityId, "name", ""));
    }

    private Map<String, String> coded(Enum<?> value, String keyPrefix, Locale locale) {
        if (value == null) {
            return null;
        }
        return Map.of("code", value.name(), "label", t(keyPrefix + value.name(), locale));
    }

    private String label(Enum<?> value, String keyPrefix, Locale locale) {
        return value == null ? null : t(keyPrefix + value.name(), locale);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Paragraph section(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        table.addCell(new org.openpdf.text.Phrase(label, labelFont));
        table.addCell(new org.openpdf.text.Phrase(value == null ? "—" : value, valueFont));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip();
    }

    private static Instant from(AuditFilter filter) {
        return filter.from() == null ? BEGINNING : filter.from().atStartOfDay(PanamaTime.ZONE).toInstant();
    }

    private static Instant to(AuditFilter filter) {
        return filter.to() == null ? END : filter.to().plusDays(1).atStartOfDay(PanamaTime.ZONE).toInstant();
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}

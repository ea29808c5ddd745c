package org.infoplaza.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;

/**
 * Builds registrations for tests: {@code aMember(centreId).minor().withConsent().build()}. Names and
 * birth dates are unique per call so tests sharing one database never look like each other's duplicates.
 */
public final class MemberRegistrations {

    private String givenNames;
    private String surnames;
    private LocalDate dateOfBirth;
    private IdType idType = IdType.NONE;
    private String idNumber;
    private final long centreId;
    private GuardianData guardian;
    private List<ConsentData> consents = new ArrayList<>();
    private Long municipalityId;
    private Long corregimientoId;
    private Set<Ethnicity> ethnicity = Set.of();
    private Disability disability;
    private boolean ownConsent = true;
    private Sex sex = Sex.FEMALE;
    private String email;

    private MemberRegistrations(long centreId) {
        this.centreId = centreId;
        String tag = Fixtures.unique("x").replaceAll("[^0-9]", "");
        this.givenNames = "Ana " + letters(tag);
        this.surnames = "Pérez " + letters(new StringBuilder(tag).reverse().toString());
        this.dateOfBirth = today().minusYears(30).minusDays(ThreadLocalRandom.current().nextInt(1, 20_000));
    }

    public static MemberRegistrations aMember(long centreId) {
        return new MemberRegistrations(centreId);
    }

    static LocalDate today() {
        return LocalDate.now(PanamaTime.ZONE);
    }

    /** Digits to letters, so names stay names: "0412" → "aebc". */
    private static String letters(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('a' + (c - '0'))));
        return out.length() == 0 ? "x" : out.toString();
    }

    public MemberRegistrations minor() {
        dateOfBirth = today().minusYears(12).minusDays(ThreadLocalRandom.current().nextInt(1, 1_500));
        return this;
    }

    public MemberRegistrations bornOn(LocalDate date) {
        dateOfBirth = date;
        return this;
    }

    public MemberRegistrations sex(Sex sex) {
        this.sex = sex;
        return this;
    }

    public MemberRegistrations named(String given, String family) {
        givenNames = given;
        surnames = family;
        return this;
    }

    public MemberRegistrations withEmail(String address) {
        email = address;
        return this;
    }

    public MemberRegistrations withCedula(String number) {
        idType = IdType.CEDULA;
        idNumber = number;
        return this;
    }

    public MemberRegistrations withGuardian() {
        guardian = new GuardianData("María Gil", "Madre", "6123-4567", null);
        return this;
    }

    /** A guardian of one's own (after the consents, which set the default guardian). */
    public MemberRegistrations guardedBy(String name, String phone, String email) {
        guardian = new GuardianData(name, "Abuela", phone, email);
        return this;
    }

    public MemberRegistrations withConsent() {
        withGuardian();
        consents.removeIf(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING);
        consents.add(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, today(),
                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true));
        return this;
    }

    /** Also the guardian's consent to use stations, so the minor may book. */
    public MemberRegistrations withStationConsent() {
        withConsent();
        consents.add(new ConsentData(ConsentPurpose.STATION_USE, ConsentParty.GUARDIAN, today(),
                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true));
        return this;
    }

    /** Also the guardian's consent to join workshops, so the minor may enrol. */
    public MemberRegistrations withWorkshopConsent() {
        withConsent();
        consents.add(new ConsentData(ConsentPurpose.WORKSHOPS, ConsentParty.GUARDIAN, today(),
                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true));
        return this;
    }

    /** A guardian's data-processing consent granted on {@code day} (a year before today is expired today). */
    public MemberRegistrations withConsentGrantedOn(LocalDate day) {
        withGuardian();
        consents.removeIf(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING);
        consents.add(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, day,
                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true));
        return this;
    }

    /** An adult without their own consent to data processing, which registration refuses. */
    public MemberRegistrations withoutOwnConsent() {
        ownConsent = false;
        return this;
    }

    /** Consent to the sensitive fields, given as the rules ask: by the guardian for a minor, else by the member. */
    public MemberRegistrations withSensitiveDataConsent() {
        return withSensitiveDataConsentBy(MemberRules.isMinorOn(dateOfBirth, today())
                ? ConsentParty.GUARDIAN : ConsentParty.MEMBER);
    }

    public MemberRegistrations withSensitiveDataConsentBy(ConsentParty party) {
        consents.add(new ConsentData(ConsentPurpose.SENSITIVE_DATA, party, today(), ConsentChannel.PAPER_FORM,
                ConsentData.CURRENT_TEXT_VERSION, true));
        return this;
    }

    public MemberRegistrations withEthnicity(Ethnicity... answer) {
        ethnicity = Set.of(answer);
        return this;
    }

    public MemberRegistrations withDisability(Disability answer) {
        disability = answer;
        return this;
    }

    /** Lives in this corregimiento of this district (municipality). */
    public MemberRegistrations livingIn(long municipalityId, long corregimientoId) {
        this.municipalityId = municipalityId;
        this.corregimientoId = corregimientoId;
        return this;
    }

    public String givenNames() {
        return givenNames;
    }

    public String surnames() {
        return surnames;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** An adult gives their own consent to data processing unless {@link #withoutOwnConsent()} was asked. */
    public MemberRegistration build() {
        List<ConsentData> consents = new ArrayList<>(this.consents);
        boolean dataConsent = consents.stream().anyMatch(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING);
        if (!dataConsent && ownConsent && !MemberRules.isMinorOn(dateOfBirth, today())) {
            consents.add(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.MEMBER, today(),
                    ConsentChannel.IN_PERSON, ConsentData.CURRENT_TEXT_VERSION, false));
        }
        return new MemberRegistration(givenNames, surnames, dateOfBirth, sex, idType, idNumber, "6000-0000",
                email, "es", null, null, null, centreId, municipalityId, corregimientoId, "Barrio Sur", ethnicity,
                disability, guardian, List.copyOf(consents), false);
    }

    /** A fresh unique, valid cédula. */
    public static String aCedula() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (random.nextInt(1, 14)) + "-" + random.nextInt(1, 10_000) + "-" + random.nextInt(1, 1_000_000);
    }
}

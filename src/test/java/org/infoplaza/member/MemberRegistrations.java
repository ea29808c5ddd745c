package org.infoplaza.member;

import java.time.LocalDate;
import java.util.List;
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
    private List<ConsentData> consents = List.of();

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

    public MemberRegistrations named(String given, String family) {
        givenNames = given;
        surnames = family;
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

    public MemberRegistrations withConsent() {
        withGuardian();
        consents = List.of(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, today(),
                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true));
        return this;
    }

    /** A guardian's data-processing consent granted on {@code day} (a year before today is expired today). */
    public MemberRegistrations withConsentGrantedOn(LocalDate day) {
        withGuardian();
        consents = List.of(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, day,
                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true));
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

    public MemberRegistration build() {
        return new MemberRegistration(givenNames, surnames, dateOfBirth, Sex.FEMALE, idType, idNumber, "6000-0000",
                null, "es", null, null, null, centreId, null, null, "Barrio Sur", guardian, consents, false);
    }

    /** A fresh unique, valid cédula. */
    public static String aCedula() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (random.nextInt(1, 14)) + "-" + random.nextInt(1, 10_000) + "-" + random.nextInt(1, 1_000_000);
    }
}

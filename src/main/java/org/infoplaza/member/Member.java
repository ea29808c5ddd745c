package org.infoplaza.member;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.PanamaTime;

@Entity
@Table(name = "member")
class Member extends AbstractEntity {

    /** What an anonymised member's names become: a mark, not a word of any language. */
    static final String ANONYMOUS = "—";

    private String memberNumber;
    private String givenNames;
    private String surnames;
    private String normalisedName;
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    private IdType idType;

    private String idNumber;
    private String phone;
    private String email;
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    private SchoolStatus schoolStatus;

    private String schoolGrade;

    @Enumerated(EnumType.STRING)
    private OccupationStatus occupationStatus;

    private long homeCentreId;
    private Long municipalityId;
    private Long corregimientoId;
    private String community;

    /** An indigenous people, NONE or PREFERS_NOT_TO_SAY; Afro-descendance is the column beside it. */
    @Enumerated(EnumType.STRING)
    private Ethnicity ethnicity;

    private boolean afroDescendant;

    @Enumerated(EnumType.STRING)
    private Disability disability;

    private Instant registeredAt;
    private long registeredBy;
    private LocalDate lastActiveOn;
    private Instant anonymisedAt;
    private LocalDate suspendedUntil;
    private String suspensionReason;

    protected Member() {
    }

    Member(String memberNumber, MemberRegistration data, boolean minor, Instant registeredAt, long registeredBy) {
        this.memberNumber = memberNumber;
        this.homeCentreId = data.homeCentreId();
        apply(data, minor);
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.lastActiveOn = registeredAt.atZone(PanamaTime.ZONE).toLocalDate();
    }

    /**
     * Takes what the desk typed, at registration and at rectification alike, so both keep the same
     * cleaning rules. The home centre and member number are not changed here.
     */
    void apply(MemberRegistration data, boolean minor) {
        this.givenNames = clean(data.givenNames());
        this.surnames = clean(data.surnames());
        this.normalisedName = MemberRules.normaliseName(givenNames + " " + surnames);
        this.dateOfBirth = data.dateOfBirth();
        this.sex = data.sex();
        this.idType = data.idType();
        this.idNumber = data.idType() == IdType.NONE ? null : MemberRules.normaliseDocument(data.idNumber());
        this.phone = clean(data.phone());
        this.email = clean(data.email());
        this.preferredLanguage = data.preferredLanguage();
        // School questions are asked of minors, occupation of adults; the other answer is not kept.
        this.schoolStatus = minor ? data.schoolStatus() : null;
        this.schoolGrade = minor ? clean(data.schoolGrade()) : null;
        this.occupationStatus = minor ? null : data.occupationStatus();
        this.municipalityId = data.municipalityId();
        this.corregimientoId = data.corregimientoId();
        this.community = clean(data.community());
        Set<Ethnicity> answer = data.ethnicity() == null ? Set.of() : data.ethnicity();
        this.afroDescendant = answer.contains(Ethnicity.AFRO_DESCENDANT);
        this.ethnicity = answer.stream().filter(e -> e != Ethnicity.AFRO_DESCENDANT).findFirst().orElse(null);
        this.disability = data.disability();
    }

    /** Forgets the sensitive fields, when their consent is withdrawn. */
    void clearSensitiveData() {
        this.ethnicity = null;
        this.afroDescendant = false;
        this.disability = null;
    }

    private Set<Ethnicity> ethnicityAnswer() {
        EnumSet<Ethnicity> answer = EnumSet.noneOf(Ethnicity.class);
        if (ethnicity != null) {
            answer.add(ethnicity);
        }
        if (afroDescendant) {
            answer.add(Ethnicity.AFRO_DESCENDANT);
        }
        return Collections.unmodifiableSet(answer);
    }

    /**
     * Removes everything that identifies the person and keeps what the anonymous statistics count: sex,
     * birth year, where they live down to the corregimiento, home centre, school and occupation status,
     * registration date. The date of birth becomes 1 July of the birth year (1 January if that is still to
     * come), which keeps age bands right to within half a year. Doing it again changes nothing.
     */
    void anonymise(Instant at) {
        if (anonymisedAt != null) {
            return;
        }
        this.givenNames = ANONYMOUS;
        this.surnames = ANONYMOUS;
        this.normalisedName = "";
        LocalDate midYear = LocalDate.of(dateOfBirth.getYear(), 7, 1);
        LocalDate today = at.atZone(PanamaTime.ZONE).toLocalDate();
        this.dateOfBirth = midYear.isAfter(today) ? LocalDate.of(dateOfBirth.getYear(), 1, 1) : midYear;
        this.idType = IdType.NONE;
        this.idNumber = null;
        this.phone = null;
        this.email = null;
        this.schoolGrade = null;
        this.community = null;
        this.anonymisedAt = at;
    }

    boolean isAnonymised() {
        return anonymisedAt != null;
    }

    LocalDate getLastActiveOn() {
        return lastActiveOn;
    }

    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }

    String getMemberNumber() {
        return memberNumber;
    }

    String getNormalisedName() {
        return normalisedName;
    }

    LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    Sex getSex() {
        return sex;
    }

    long getHomeCentreId() {
        return homeCentreId;
    }

    /** What the statistics count of the member on {@code day} (see {@link MemberProfile}). */
    MemberProfile toProfile(LocalDate day) {
        return new MemberProfile(sex, AgeBand.ofAge(MemberRules.ageOn(dateOfBirth, day)), ethnicity, afroDescendant,
                disability, corregimientoId);
    }

    /** The registration as the reports count it: home centre, Panama day, sex and age band that day. */
    MemberRegistered toRegistered() {
        LocalDate day = registeredAt.atZone(PanamaTime.ZONE).toLocalDate();
        return new MemberRegistered(getId(), homeCentreId, day, sex,
                AgeBand.ofAge(MemberRules.ageOn(dateOfBirth, day)));
    }

    MemberSummary toSummary(LocalDate today, boolean consentValid, boolean suspended, boolean mayUseStations,
            boolean mayJoinWorkshops) {
        int age = MemberRules.ageOn(dateOfBirth, today);
        return new MemberSummary(getId(), memberNumber, givenNames, surnames, dateOfBirth, age, AgeBand.ofAge(age),
                homeCentreId, MemberRules.isMinorOn(dateOfBirth, today), consentValid, suspended, mayUseStations,
                mayJoinWorkshops, false);
    }

    /** What a visit at another centre needs (see {@link MemberSummary}): no birth date, consents or suspension. */
    MemberSummary toVisitorSummary(LocalDate today, boolean mayUseStations, boolean mayJoinWorkshops) {
        return new MemberSummary(getId(), memberNumber, givenNames, surnames, null, null,
                AgeBand.ofAge(MemberRules.ageOn(dateOfBirth, today)), homeCentreId,
                MemberRules.isMinorOn(dateOfBirth, today), false, false, mayUseStations, mayJoinWorkshops, true);
    }

    MemberDetails toDetails(GuardianData guardian, java.util.List<ConsentDetails> consents) {
        return new MemberDetails(getId(), getVersion(), memberNumber, givenNames, surnames, dateOfBirth, sex, idType,
                idNumber, phone, email, preferredLanguage, schoolStatus, schoolGrade, occupationStatus, homeCentreId,
                municipalityId, corregimientoId, community, ethnicityAnswer(), disability, registeredAt, registeredBy,
                guardian, consents, suspendedUntil, suspensionReason);
    }

    /** Suspends the member from stations and workshops up to and including {@code until}. */
    void suspend(LocalDate until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = clean(reason);
    }

    void liftSuspension() {
        this.suspendedUntil = null;
        this.suspensionReason = null;
    }

    boolean isSuspendedOn(LocalDate day) {
        return suspendedUntil != null && !day.isAfter(suspendedUntil);
    }

    LocalDate getSuspendedUntil() {
        return suspendedUntil;
    }
}

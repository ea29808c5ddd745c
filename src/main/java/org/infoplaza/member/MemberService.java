package org.infoplaza.member;

import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Members of the centres. Operators register and search the members of their own centres; a member of
 * another centre can be found only by exact member number, for a visit: the look-up is written to the audit
 * log, limited per staff member ({@link VisitorLookups}), and shows only what the visit needs
 * ({@link MemberSummary#visitor()}). A new member number carries random digits and a check digit
 * ({@link MemberNumber}), so numbers cannot be guessed and a typo is refused at once. A minor is registered only with a
 * guardian and the guardian's consent to data processing. Registration refuses a likely duplicate (same
 * document, or same date of birth and a similar name) unless staff confirm it is another person. The
 * secretariat and facilitators see no members here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MemberService {

    private static final Set<Long> NO_IDS = Set.of(-1L);
    /** A member card's running number without the centre code: "38" for PAN-CUR-000038. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final MemberRepository members;
    private final GuardianRepository guardians;
    private final ConsentRepository consents;
    private final MemberNumbers numbers;
    private final BirthDateLocks birthDateLocks;
    private final MemberSearch search;
    private final CentreService centres;
    private final GeographyService geography;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MemberAudit audit;
    private final VisitorLookups visitorLookups;

    MemberService(MemberRepository members, GuardianRepository guardians, ConsentRepository consents,
            MemberNumbers numbers, BirthDateLocks birthDateLocks, MemberSearch search, CentreService centres,
            GeographyService geography, CurrentUser currentUser, Clock clock, MemberAudit audit,
            VisitorLookups visitorLookups, ApplicationEventPublisher events) {
        this.members = members;
        this.guardians = guardians;
        this.consents = consents;
        this.numbers = numbers;
        this.birthDateLocks = birthDateLocks;
        this.search = search;
        this.centres = centres;
        this.geography = geography;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
        this.visitorLookups = visitorLookups;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails register(@Valid MemberRegistration data) {
        currentUser.checkCentre(data.homeCentreId());
        LocalDate today = LocalDate.now(clock);
        boolean minor = checkAgeRules(data, today);
        checkOwnConsent(data, minor, today);
        checkResidence(data);
        checkSensitiveConsent(data, minor, today);
        // Registrations of people born the same day take turns at every centre, so the later one's duplicate
        // check sees the earlier one (see BirthDateLocks); then the number serialises this centre's.
        birthDateLocks.lock(data.dateOfBirth());
        try {
            numbers.takeTurn(data.homeCentreId());
        } catch (PersistenceException | DataIntegrityViolationException e) {
            throw new NotFoundException();
        }
        if (!data.ignoreDuplicates()) {
            List<MemberSummary> candidates = duplicates(data, today);
            if (!candidates.isEmpty()) {
                throw new DuplicateSuspected(candidates);
            }
        } else if (data.idType() != IdType.NONE
                && !members.findByIdTypeAndIdNumber(data.idType(), MemberRules.normaliseDocument(data.idNumber())).isEmpty()) {
            // The same document is never two people, whatever staff confirm.
            throw new DomainException("member.id-number.taken");
        }
        String number = numbers.issue(centres.get(data.homeCentreId()).code());
        long staffId = currentUser.require().id();
        Member member;
        try {
            member = members.saveAndFlush(new Member(number, data, minor, clock.instant(), staffId));
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("member.id-number.taken");
        }
        GuardianData guardian = null;
        if (data.guardian() != null && minor) {
            guardian = guardians.save(new Guardian(member.getId(), data.guardian())).toData();
        }
        List<ConsentDetails> saved = new ArrayList<>();
        for (ConsentData consent : data.consents()) {
            saved.add(consents.save(new Consent(member.getId(), consent, staffId)).toDetails());
        }
        consents.flush();
        audit.changed(member.getId(), AuditAction.REGISTERED);
        events.publishEvent(member.toRegistered());
        return member.toDetails(guardian, saved);
    }

    /**
     * Any operator may look up any centre's member by the exact number on their card, for visits; a
     * facilitator too, to enrol them or add them to a session. A member of another centre comes as a visitor
     * (only what the visit needs), and the look-up is audited and counted ({@link #lookUpNumber}). A new
     * number whose check digit does not match is refused with {@code member.number.mistyped}. Writes the
     * audit log, hence the writing transaction.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public Optional<MemberSummary> findByNumber(String memberNumber) {
        if (memberNumber == null || memberNumber.isBlank()) {
            return Optional.empty();
        }
        return lookUpNumber(memberNumber).map(m -> summaries(List.of(m), true).getFirst());
    }

    /**
     * Members by id, as a list shows them: the day board names who uses which station, a workshop roster
     * who is in it. Any operator or facilitator may ask, like {@link #findByNumber}, because members book
     * at other centres than their own; anonymised members are left out. Not written to the audit log, like search results.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<MemberSummary> summariesOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return summaries(members.findAllById(Set.copyOf(memberIds)).stream().filter(m -> !m.isAnonymised()).toList(),
                false);
    }

    /**
     * The member used the centre on {@code day} (a session started, a workshop attended): their last
     * activity moves forward to it, never back, so the retention rule keeps them. Any operator or facilitator may
     * record it, because members visit other centres than their own; it reveals nothing and is not an access to
     * the member's data, so it is not written to the audit log. Idempotent; nothing happens for an
     * anonymised member.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void recordActivity(long memberId, LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("The day of the activity is required");
        }
        if (!members.existsById(memberId)) {
            throw new NotFoundException();
        }
        members.moveLastActiveOn(memberId, day);
    }

    /** Opening a minor's details is written to the audit log, hence the writing transaction. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails get(long memberId) {
        Member member = scoped(memberId);
        audit.read(member, AuditAction.DETAILS_VIEWED);
        return member.toDetails(guardians.findFirstByMemberIdOrderById(memberId).map(Guardian::toData).orElse(null),
                consents.findByMemberIdOrderById(memberId).stream().map(Consent::toDetails).toList());
    }

    /**
     * Members of the caller's centres whose name words start with the text or whose member or document
     * number is the text; a member of another centre only when the text is their exact member number. The
     * filters narrow the result further; a centre filter outside the caller's centres is refused as not
     * found. The slice says whether another page follows instead of counting every match. Facilitators
     * search too, to enrol people; opening a record ({@link #get}) stays with the front desk. A member of
     * another centre found by number comes as a visitor, audited and counted as in {@link #findByNumber}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public Slice<MemberSummary> search(MemberFilter filter, Pageable pageable) {
        List<Long> ids = search.pageIds(criteria(filter), pageable);
        boolean more = ids.size() > pageable.getPageSize();
        List<Long> pageIds = more ? ids.subList(0, pageable.getPageSize()) : ids;
        Map<Long, Member> byId = members.findAllById(pageIds).stream()
                .collect(Collectors.toMap(Member::getId, m -> m));
        List<MemberSummary> rows = summaries(pageIds.stream().map(byId::get).filter(Objects::nonNull).toList(), true);
        return new SliceImpl<>(rows, pageable, more);
    }

    /** How many members match, counted up to {@code limit}: a grid needs "more than 1,000", not 183,412. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public long count(MemberFilter filter, long limit) {
        return search.count(criteria(filter), limit);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public long count(MemberFilter filter) {
        return search.count(criteria(filter), Long.MAX_VALUE);
    }

    /**
     * The member's sex and age band on {@code day}, with the equity fields (ethnicity, disability,
     * corregimiento; see {@link MemberProfile}), for the station-use statistics: the desk's check-out
     * counts the visit with it, whichever centre the member visits, and an anonymised member still counts.
     * Nothing that identifies the person, so it is not written to the audit log.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberProfile profileOf(long memberId, LocalDate day) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        return member.toProfile(day);
    }

    /**
     * Completed years on {@code day}, for a station's age limits: members queue at other centres than their
     * own, so any operator may ask, like {@link #profileOf}. Only the number leaves, never the birth date.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public int age(long memberId, LocalDate day) {
        Member member = members.findById(memberId).filter(m -> !m.isAnonymised()).orElseThrow(NotFoundException::new);
        return MemberRules.ageOn(member.getDateOfBirth(), day);
    }

    /** Whether a consent for this purpose was granted by {@code day} and is neither expired nor revoked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public boolean hasValidConsent(long memberId, ConsentPurpose purpose, LocalDate day) {
        scoped(memberId);
        return consents.findByMemberIdOrderById(memberId).stream()
                .map(Consent::toDetails)
                .anyMatch(c -> c.purpose() == purpose && c.validOn(day));
    }

    /**
     * Withdrawal takes effect at once: from today the purpose counts as not consented. Withdrawing the
     * SENSITIVE_DATA consent also erases the sensitive fields.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public void revokeConsent(long memberId, ConsentPurpose purpose) {
        Member member = scoped(memberId);
        consents.findByMemberIdOrderById(memberId).stream()
                .filter(c -> c.toDetails().purpose() == purpose)
                .forEach(c -> c.revoke(clock.instant()));
        consents.flush();
        if (purpose == ConsentPurpose.SENSITIVE_DATA) {
            member.clearSensitiveData();
            members.flush();
        }
        audit.changed(memberId, AuditAction.CONSENT_REVOKED);
    }

    /**
     * Rectifies a member's data (ARCO rectification) with the same rules as registration: birth date range,
     * a guardian for a minor, the document format, and one member per document. The home centre and member
     * number stay as they are; consents are recorded and revoked on their own ({@link #recordConsent}), so
     * {@code data.consents()} is ignored here.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails update(long memberId, long expectedVersion, @Valid MemberRegistration data) {
        Member member = scoped(memberId);
        member.checkVersion(expectedVersion);
        LocalDate today = LocalDate.now(clock);
        checkBirthDate(data.dateOfBirth(), today);
        boolean minor = MemberRules.isMinorOn(data.dateOfBirth(), today);
        if (minor && data.guardian() == null) {
            throw new DomainException("member.guardian.required");
        }
        checkResidence(data);
        if (data.hasSensitiveData() && !hasValidConsent(memberId, ConsentPurpose.SENSITIVE_DATA, today)) {
            // Rectification cannot add sensitive data: the consent is recorded on its own first.
            throw new DomainException(minor ? "member.sensitive.guardian-consent-required"
                    : "member.sensitive.consent-required");
        }
        if (data.idType() != IdType.NONE && members.findByIdTypeAndIdNumber(data.idType(),
                MemberRules.normaliseDocument(data.idNumber())).stream().anyMatch(m -> !m.equals(member))) {
            throw new DomainException("member.id-number.taken");
        }
        member.apply(data, minor);
        try {
            members.saveAndFlush(member);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            throw Constraints.violated(e, "uk_member_document") ? new DomainException("member.id-number.taken")
                    : Constraints.unexpected();
        }
        // An adult's guardian row stays: it records who gave the consents kept as history.
        if (minor) {
            Optional<Guardian> existing = guardians.findFirstByMemberIdOrderById(memberId);
            existing.ifPresentOrElse(g -> g.update(data.guardian()),
                    () -> guardians.save(new Guardian(memberId, data.guardian())));
            guardians.flush();
        }
        audit.changed(memberId, AuditAction.RECTIFIED);
        return get(memberId);
    }

    /**
     * Records a consent as given at the desk: a new purpose, or the renewal of one that expired or was
     * revoked (the earlier rows stay as history). It may be dated back to the day the form was signed,
     * never into the future. A minor's consent is given by the guardian.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public ConsentDetails recordConsent(long memberId, @Valid ConsentData data) {
        Member member = scoped(memberId);
        LocalDate today = LocalDate.now(clock);
        if (data.grantedAt().isAfter(today)) {
            throw new DomainException("member.consent.date.future");
        }
        if (!data.grantedAt().plusYears(Consent.VALID_YEARS).isAfter(today)) {
            throw new DomainException("member.consent.date.expired", Consent.VALID_YEARS);
        }
        if (data.givenBy() == ConsentParty.MEMBER && MemberRules.isMinorOn(member.getDateOfBirth(), data.grantedAt())) {
            throw new DomainException("member.consent.minor-needs-guardian");
        }
        ConsentDetails saved = consents.saveAndFlush(new Consent(memberId, data, currentUser.require().id())).toDetails();
        audit.changed(memberId, AuditAction.CONSENT_RECORDED);
        return saved;
    }

    /**
     * Whether the member may use a station or join a workshop on {@code day}, for the booking and workshop
     * features. A minor needs a valid guardian consent to data processing and one for the activity; an adult
     * is refused only after withdrawing their own consent to data processing. Any operator or facilitator
     * may ask, like
     * {@link #findByNumber}, because members visit other centres. For a member outside the caller's centres a
     * refusal says only that the member may not do it today ({@code member.eligibility.visitor.*}): which
     * consent is missing, or until when a suspension runs, stays with the member's own centre.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public Eligibility eligibility(long memberId, Activity activity, LocalDate day) {
        Member member = members.findById(memberId).filter(m -> !m.isAnonymised()).orElseThrow(NotFoundException::new);
        List<ConsentDetails> given = consents.findByMemberIdOrderById(memberId).stream().map(Consent::toDetails).toList();
        Eligibility answer = eligibility(member, given, activity, day);
        if (!answer.allowed() && !currentUser.mayAccessCentre(member.getHomeCentreId())) {
            return Eligibility.refused("member.eligibility.visitor." + activity.name());
        }
        return answer;
    }

    /** The one rule behind {@link #eligibility(long, Activity, LocalDate)} and the members list's status. */
    private static Eligibility eligibility(Member member, List<ConsentDetails> given, Activity activity,
            LocalDate day) {
        if (member.isSuspendedOn(day)) {
            return Eligibility.refused("member.eligibility.suspended", member.getSuspendedUntil());
        }
        if (MemberRules.isMinorOn(member.getDateOfBirth(), day)) {
            if (given.stream().noneMatch(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING && c.validOn(day))) {
                return Eligibility.refused("member.eligibility.no-data-consent");
            }
            if (given.stream().noneMatch(c -> c.purpose() == activity.purpose() && c.validOn(day))) {
                return Eligibility.refused("member.eligibility.no-consent." + activity.name());
            }
            return Eligibility.ok();
        }
        Optional<ConsentDetails> latest = given.stream()
                .filter(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING && !c.grantedAt().isAfter(day))
                .reduce((first, second) -> second);
        if (latest.isPresent() && latest.get().revokedAt() != null && !latest.get().validOn(day)) {
            return Eligibility.refused("member.eligibility.withdrawn");
        }
        return Eligibility.ok();
    }

    /**
     * Suspends a member of the caller's centres from stations and workshops until a day (inclusive), with
     * the reason; a later call replaces the suspension. Bookings already made stay; new ones and check-ins
     * are refused while it lasts.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails suspend(long memberId, LocalDate until, String reason) {
        Member member = scoped(memberId);
        if (until == null || until.isBefore(LocalDate.now(clock))) {
            throw new DomainException("member.suspension.until.past");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new DomainException("member.suspension.reason.required");
        }
        member.suspend(until, reason);
        members.flush();
        audit.changed(memberId, AuditAction.SUSPENDED);
        return get(memberId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails liftSuspension(long memberId) {
        Member member = scoped(memberId);
        member.liftSuspension();
        members.flush();
        audit.changed(memberId, AuditAction.SUSPENSION_LIFTED);
        return get(memberId);
    }

    /** An adult registers with their own consent to data processing, as a minor does with the guardian's. */
    private static void checkOwnConsent(MemberRegistration data, boolean minor, LocalDate today) {
        if (!minor && data.consents().stream().noneMatch(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING
                && c.givenBy() == ConsentParty.MEMBER && !c.grantedAt().isAfter(today))) {
            throw new DomainException("member.consent.own-required");
        }
    }

    private static void checkBirthDate(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            throw new DomainException("member.birth-date.future");
        }
        if (dateOfBirth.isBefore(today.minusYears(MemberRules.OLDEST_AGE))) {
            throw new DomainException("member.birth-date.too-old", MemberRules.OLDEST_AGE);
        }
    }

    private boolean checkAgeRules(MemberRegistration data, LocalDate today) {
        if (data.dateOfBirth().isAfter(today)) {
            throw new DomainException("member.birth-date.future");
        }
        if (data.dateOfBirth().isBefore(today.minusYears(MemberRules.OLDEST_AGE))) {
            throw new DomainException("member.birth-date.too-old", MemberRules.OLDEST_AGE);
        }
        boolean minor = MemberRules.isMinorOn(data.dateOfBirth(), today);
        if (minor) {
            if (data.guardian() == null) {
                throw new DomainException("member.guardian.required");
            }
            boolean consented = data.consents().stream().anyMatch(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING
                    && c.givenBy() == ConsentParty.GUARDIAN && !c.grantedAt().isAfter(today));
            if (!consented) {
                throw new DomainException("member.consent.required");
            }
        }
        return minor;
    }

    /** A new residence must be a corregimiento valid today, of the district chosen with it. */
    private void checkResidence(MemberRegistration data) {
        if (data.corregimientoId() == null) {
            return;
        }
        CorregimientoOption corregimiento = geography.corregimiento(data.corregimientoId())
                .filter(CorregimientoOption::current)
                .orElseThrow(() -> new DomainException("member.corregimiento.unknown"));
        if (data.municipalityId() != null && data.municipalityId() != corregimiento.municipalityId()) {
            throw new DomainException("member.corregimiento.unknown");
        }
    }

    /**
     * Ethnicity and disability are sensitive data (Law 81 of 2019): kept only with a SENSITIVE_DATA consent
     * in force, given by the guardian for a minor and by the member for an adult.
     */
    private static void checkSensitiveConsent(MemberRegistration data, boolean minor, LocalDate today) {
        if (!data.hasSensitiveData()) {
            return;
        }
        ConsentParty party = minor ? ConsentParty.GUARDIAN : ConsentParty.MEMBER;
        boolean consented = data.consents().stream().anyMatch(c -> c.purpose() == ConsentPurpose.SENSITIVE_DATA
                && c.givenBy() == party && !c.grantedAt().isAfter(today));
        if (!consented) {
            throw new DomainException(minor ? "member.sensitive.guardian-consent-required"
                    : "member.sensitive.consent-required");
        }
    }

    private List<MemberSummary> duplicates(MemberRegistration data, LocalDate today) {
        Map<Long, Member> found = new LinkedHashMap<>();
        if (data.idType() != IdType.NONE) {
            members.findByIdTypeAndIdNumber(data.idType(), MemberRules.normaliseDocument(data.idNumber()))
                    .forEach(m -> found.put(m.getId(), m));
        }
        String name = MemberRules.normaliseName(data.givenNames() + " " + data.surnames());
        members.findByDateOfBirth(data.dateOfBirth()).stream()
                .filter(m -> MemberRules.similarNames(name, m.getNormalisedName()))
                .forEach(m -> found.put(m.getId(), m));
        return summaries(List.copyOf(found.values()), false);
    }

    private MemberSearch.Criteria criteria(MemberFilter filter) {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        if (filter.centreId() != null) {
            currentUser.checkCentre(filter.centreId());
        }
        String raw = filter.text() == null ? "" : filter.text().strip();
        List<Long> exact = new ArrayList<>();
        if (!raw.isEmpty()) {
            String upper = raw.toUpperCase(Locale.ROOT);
            lookUpNumber(raw).ifPresent(m -> exact.add(m.getId()));
            exact.addAll(members.findIdsByDocument(upper, scope == null, scope == null || scope.isEmpty() ? NO_IDS : scope));
            if (exact.isEmpty() && SHORT_NUMBER.matcher(raw).matches()) {
                exact.addAll(members.findIdsByMemberNumbers(ownNumbers(Long.parseLong(raw), filter.centreId())));
            }
        }
        return new MemberSearch.Criteria(scope, exact, MemberSearch.words(raw), filter.ageBand(), filter.centreId(),
                filter.consent(), LocalDate.now(clock));
    }

    /**
     * The member with exactly this number, as typed or scanned. A new number with a wrong check digit is
     * refused at once ({@code member.number.mistyped}). A whole number that is not of the caller's centres
     * (a member of another centre, or nobody's number under another centre's code) is a look-up for a visit: counted against the caller's limit ({@link VisitorLookups},
     * which refuses with {@code member.lookup.throttled} before anything is shown), and, when a member was
     * found, written to the audit log as {@link AuditAction#VISITOR_LOOKED_UP}. Anonymised members are
     * nobody.
     */
    private Optional<Member> lookUpNumber(String text) {
        String number = MemberNumber.normalise(text);
        if (MemberNumber.isMistyped(number)) {
            throw new DomainException("member.number.mistyped");
        }
        Optional<Member> found = members.findByMemberNumber(number);
        if (currentUser.seesAllCentres() || !MemberNumber.isWhole(number)) {
            return found;
        }
        // A number nobody has is the caller's own when it carries one of their centres' codes: a typo at home.
        boolean ownCentre = found.map(m -> currentUser.mayAccessCentre(m.getHomeCentreId()))
                .orElseGet(() -> centres.accessibleCentres().stream().anyMatch(c -> number.startsWith(c.code() + "-")));
        if (!ownCentre && visitorLookups.count(currentUser.require().id(), number)) {
            found.ifPresent(m -> audit.changed(m.getId(), AuditAction.VISITOR_LOOKED_UP));
        }
        return found;
    }

    /**
     * "38" typed at the desk is the card's running number: the member numbers it makes at the caller's
     * own centres (or the filtered one), e.g. {@code PAN-CUR-000038}; the nine digits of a new card make
     * that card's number.
     */
    private List<String> ownNumbers(long sequence, Long centreId) {
        return centres.accessibleCentres().stream()
                .filter(c -> centreId == null || c.id() == centreId)
                .map(c -> MemberNumber.legacy(c.code(), sequence))
                .toList();
    }

    /**
     * Rows for a list. With {@code visitorsLimited}, a member outside the caller's centres gets only what a
     * visit needs ({@link Member#toVisitorSummary}); the features' own services ({@link #summariesOf}) and the
     * duplicate warning (which compares the person being registered) get the full row.
     */
    private List<MemberSummary> summaries(Collection<Member> page, boolean visitorsLimited) {
        if (page.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ConsentDetails>> given = consents.findByMemberIdIn(page.stream().map(Member::getId).toList())
                .stream().map(Consent::toDetails).collect(Collectors.groupingBy(ConsentDetails::memberId));
        return page.stream().map(m -> {
            List<ConsentDetails> own = given.getOrDefault(m.getId(), List.of());
            boolean mayUseStations = eligibility(m, own, Activity.STATION_USE, today).allowed();
            boolean mayJoinWorkshops = eligibility(m, own, Activity.WORKSHOPS, today).allowed();
            if (visitorsLimited && !currentUser.mayAccessCentre(m.getHomeCentreId())) {
                return m.toVisitorSummary(today, mayUseStations, mayJoinWorkshops);
            }
            boolean consentValid = own.stream()
                    .anyMatch(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING && c.validOn(today));
            return m.toSummary(today, consentValid, m.isSuspendedOn(today), mayUseStations, mayJoinWorkshops);
        }).toList();
    }

    /** A member of a centre outside the caller's scope, or an anonymised one, is reported as not found. */
    private Member scoped(long memberId) {
        Member member = members.findById(memberId).filter(m -> !m.isAnonymised()).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(member.getHomeCentreId());
        return member;
    }
}

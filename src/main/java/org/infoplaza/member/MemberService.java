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
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Members of the centres. Operators register and search the members of their own centres; a member of
 * another centre can be found only by exact member number (for visits). A minor is registered only with a
 * guardian and the guardian's consent to data processing. Registration refuses a likely duplicate (same
 * document, or same date of birth and a similar name) unless staff confirm it is another person. The
 * secretariat and facilitators see no members here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MemberService {

    private static final Set<Long> NO_IDS = Set.of(-1L);

    private final MemberRepository members;
    private final GuardianRepository guardians;
    private final ConsentRepository consents;
    private final MemberNumbers numbers;
    private final BirthDateLocks birthDateLocks;
    private final MemberSearch search;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberService(MemberRepository members, GuardianRepository guardians, ConsentRepository consents,
            MemberNumbers numbers, BirthDateLocks birthDateLocks, MemberSearch search, CentreService centres,
            CurrentUser currentUser, Clock clock) {
        this.members = members;
        this.guardians = guardians;
        this.consents = consents;
        this.numbers = numbers;
        this.birthDateLocks = birthDateLocks;
        this.search = search;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails register(@Valid MemberRegistration data) {
        currentUser.checkCentre(data.homeCentreId());
        LocalDate today = LocalDate.now(clock);
        boolean minor = checkAgeRules(data, today);
        // Registrations of people born the same day take turns at every centre, so the later one's duplicate
        // check sees the earlier one (see BirthDateLocks); then the number serialises this centre's.
        birthDateLocks.lock(data.dateOfBirth());
        long sequence;
        try {
            sequence = numbers.next(data.homeCentreId());
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
        String number = MemberNumbers.format(centres.get(data.homeCentreId()).code(), sequence);
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
        return member.toDetails(guardian, saved);
    }

    /** Any operator may look up any centre's member by the exact number on their card, for visits. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public Optional<MemberSummary> findByNumber(String memberNumber) {
        if (memberNumber == null || memberNumber.isBlank()) {
            return Optional.empty();
        }
        return members.findByMemberNumber(memberNumber.strip().toUpperCase(Locale.ROOT))
                .map(m -> summaries(List.of(m)).getFirst());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public MemberDetails get(long memberId) {
        Member member = scoped(memberId);
        return member.toDetails(guardians.findFirstByMemberIdOrderById(memberId).map(Guardian::toData).orElse(null),
                consents.findByMemberIdOrderById(memberId).stream().map(Consent::toDetails).toList());
    }

    /**
     * Members of the caller's centres whose name words start with the text or whose member or document
     * number is the text; a member of another centre only when the text is their exact member number. The
     * filters narrow the result further; a centre filter outside the caller's centres is refused as not
     * found. The slice says whether another page follows instead of counting every match.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public Slice<MemberSummary> search(MemberFilter filter, Pageable pageable) {
        List<Long> ids = search.pageIds(criteria(filter), pageable);
        boolean more = ids.size() > pageable.getPageSize();
        List<Long> pageIds = more ? ids.subList(0, pageable.getPageSize()) : ids;
        Map<Long, Member> byId = members.findAllById(pageIds).stream()
                .collect(Collectors.toMap(Member::getId, m -> m));
        List<MemberSummary> rows = summaries(pageIds.stream().map(byId::get).filter(Objects::nonNull).toList());
        return new SliceImpl<>(rows, pageable, more);
    }

    /** How many members match, counted up to {@code limit}: a grid needs "more than 1,000", not 183,412. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public long count(MemberFilter filter, long limit) {
        return search.count(criteria(filter), limit);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public long count(MemberFilter filter) {
        return search.count(criteria(filter), Long.MAX_VALUE);
    }

    /** Completed years on {@code day}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public int age(long memberId, LocalDate day) {
        return MemberRules.ageOn(scoped(memberId).getDateOfBirth(), day);
    }

    /** Whether a consent for this purpose was granted by {@code day} and is neither expired nor revoked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public boolean hasValidConsent(long memberId, ConsentPurpose purpose, LocalDate day) {
        scoped(memberId);
        return consents.findByMemberIdOrderById(memberId).stream()
                .map(Consent::toDetails)
                .anyMatch(c -> c.purpose() == purpose && c.validOn(day));
    }

    /** Withdrawal takes effect at once: from today the purpose counts as not consented. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public void revokeConsent(long memberId, ConsentPurpose purpose) {
        scoped(memberId);
        consents.findByMemberIdOrderById(memberId).stream()
                .filter(c -> c.toDetails().purpose() == purpose)
                .forEach(c -> c.revoke(clock.instant()));
        consents.flush();
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
        return summaries(List.copyOf(found.values()));
    }

    private MemberSearch.Criteria criteria(MemberFilter filter) {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        if (filter.centreId() != null) {
            currentUser.checkCentre(filter.centreId());
        }
        String raw = filter.text() == null ? "" : filter.text().strip();
        List<Long> exact = List.of();
        if (!raw.isEmpty()) {
            String upper = raw.toUpperCase(Locale.ROOT);
            exact = members.findIdsByNumber(upper, scope == null, scope == null || scope.isEmpty() ? NO_IDS : scope);
        }
        return new MemberSearch.Criteria(scope, exact, MemberSearch.words(raw), filter.ageBand(), filter.centreId(),
                filter.consent(), LocalDate.now(clock));
    }

    private List<MemberSummary> summaries(Collection<Member> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Set<Long> consented = consents.findByMemberIdIn(page.stream().map(Member::getId).toList()).stream()
                .map(Consent::toDetails)
                .filter(c -> c.purpose() == ConsentPurpose.DATA_PROCESSING && c.validOn(today))
                .map(ConsentDetails::memberId)
                .collect(Collectors.toSet());
        return page.stream().map(m -> m.toSummary(today, consented.contains(m.getId()))).toList();
    }

    /** A member of a centre outside the caller's scope is reported as not found. */
    private Member scoped(long memberId) {
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(member.getHomeCentreId());
        return member;
    }
}

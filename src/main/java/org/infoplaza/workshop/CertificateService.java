package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion. Once a cohort's last session is over, a member enrolled in it who reached the
 * course's attendance threshold (the completion rule of {@link AttendanceService}) can be issued one
 * certificate with a random verification code; the certificate keeps a copy of what it certifies. The
 * facilitators of the cohort, the operators of its centre and administrators issue and print; only
 * administrators and the centre's operators revoke, with a reason. A revoked certificate stays on record, so
 * its code keeps answering "revoked", and the member can be issued a new one with a new code: the database
 * allows one certificate per member and cohort that is not revoked.
 *
 * <p>Anyone may {@link #verify} a code without signing in; the answer names the course, never the person.
 * Issuing takes the cohort's row lock, so two desks issuing at once cannot both issue to the same member.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    static final int MAX_REASON = 300;
    private static final int MAX_FACILITATORS = 400;

    private final CertificateRepository certificates;
    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final AttendanceService attendance;
    private final CentreService centres;
    private final StaffService staff;
    private final MemberService members;
    private final WorkshopAccess access;
    private final CertificateDocument document;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    CertificateService(CertificateRepository certificates, CohortRepository cohorts, CourseRepository courses,
            SessionRepository sessions, AttendanceService attendance, CentreService centres, StaffService staff,
            MemberService members, WorkshopAccess access, CertificateDocument document, ApplicationEventPublisher events,
            Clock clock,
            @Value("${infoplaza.public-url:http://localhost:8080}") String publicUrl) {
        this.certificates = certificates;
        this.cohorts = cohorts;
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.centres = centres;
        this.staff = staff;
        this.members = members;
        this.access = access;
        this.document = document;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Issues the certificate of a member who completed the cohort; refused when they did not, or hold one. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public CertificateDetails issue(long cohortId, long memberId) {
        Cohort cohort = lockedCohort(cohortId);
        List<WorkshopSession> held = checkFinished(cohort);
        Completion completion = attendance.completionOf(cohort).stream().filter(c -> c.memberId() == memberId)
                .findFirst().orElseThrow(() -> new DomainException("certificates.issue.not-enrolled"));
        if (!completion.completed()) {
            throw new DomainException("certificates.issue.not-completed", completion.attended(), completion.sessions(),
                    course(cohort).getCompletionThreshold());
        }
        if (standing(cohortId, memberId).isPresent()) {
            throw new DomainException("certificates.issue.already");
        }
        return save(cohort, memberId, contents(cohort, held)).toDetails();
    }

    /** Issues a certificate to everyone who completed the cohort and holds none that stands; returns those issued. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<CertificateDetails> issueAll(long cohortId) {
        Cohort cohort = lockedCohort(cohortId);
        List<WorkshopSession> held = checkFinished(cohort);
        Certificate.Contents contents = contents(cohort, held);
        List<CertificateDetails> issued = new ArrayList<>();
        for (Completion completion : attendance.completionOf(cohort)) {
            if (completion.completed() && standing(cohortId, completion.memberId()).isEmpty()) {
                issued.add(save(cohort, completion.memberId(), contents).toDetails());
            }
        }
        return issued;
    }

    /** Every certificate of the cohort, revoked ones included, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<CertificateDetails> list(long cohortId) {
        Cohort cohort = access.cohort(cohortId);
        return certificates.findByCohortIdOrderByIssuedAtDescIdDesc(cohort.getId()).stream()
                .map(Certificate::toDetails).toList();
    }

    /** The cohort's certificates page: each enrolled member's completion with their certificate. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public CertificateSheet sheet(long cohortId) {
        Cohort cohort = access.cohort(cohortId);
        // Newest first, so the first one per member is the standing one if any, else the last revoked one.
        Map<Long, CertificateDetails> current = certificates.findByCohortIdOrderByIssuedAtDescIdDesc(cohortId).stream()
                .map(Certificate::toDetails)
                .sorted(Comparator.comparing(CertificateDetails::revoked))
                .collect(Collectors.toMap(CertificateDetails::memberId, Function.identity(), (first, later) -> first));
        List<CertificateLine> lines = attendance.completionOf(cohort).stream()
                .map(c -> new CertificateLine(c.memberId(), c.memberNumber(), c.memberName(), c.attended(), c.sessions(),
                        c.percent(), c.completed(), current.get(c.memberId())))
                .toList();
        return new CertificateSheet(cohort.getId(), cohort.getName(), course(cohort).getTitle(), cohort.getCentreId(),
                lastHeld(cohort).isPresent(), lines);
    }

    /**
     * The certificate as a PDF in Spanish or English. The member's name is read now, from the member module; a
     * revoked certificate is not printed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public byte[] pdf(long certificateId, Locale locale) {
        Certificate certificate = certificates.findById(certificateId).orElseThrow(NotFoundException::new);
        access.cohort(certificate.getCohortId());
        if (certificate.isRevoked()) {
            throw new DomainException("certificates.pdf.revoked");
        }
        MemberSummary member = members.summariesOf(List.of(certificate.getMemberId())).stream().findFirst()
                .orElseThrow(() -> new DomainException("certificates.pdf.member-gone"));
        return document.write(certificate.toDetails(), member.fullName(), verificationUrl(certificate.getCode()), locale);
    }

    /** Revokes a certificate for a reason; its code then verifies as revoked. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public CertificateDetails revoke(long certificateId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("certificates.revoke.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new DomainException("certificates.revoke.reason.length", MAX_REASON);
        }
        Certificate certificate = certificates.findById(certificateId).orElseThrow(NotFoundException::new);
        access.cohort(certificate.getCohortId());
        if (certificate.isRevoked()) {
            throw new DomainException("certificates.revoke.already");
        }
        certificate.revoke(why, clock.instant(), access.me());
        Certificate revoked = certificates.saveAndFlush(certificate);
        events.publishEvent(new CertificateRevoked(revoked.getCohortId(), revoked.getMemberId()));
        return revoked.toDetails();
    }

    /**
     * What a code certifies, for anyone, signed in or not. Typing is forgiven (case, spaces, dashes); anything
     * that is not the code of a certificate, forged or mistyped, is simply empty.
     */
    @PreAuthorize("permitAll()")
    public Optional<CertificateVerification> verify(String code) {
        return CertificateCodes.normalise(code).flatMap(certificates::findByCode)
                .map(c -> new CertificateVerification(c.getCode(), c.isRevoked(), c.getCourseTitle(), c.getHours(),
                        c.getFirstDay(), c.getLastDay(), c.getCentreName(),
                        c.getIssuedAt().atZone(PanamaTime.ZONE).toLocalDate()));
    }

    /** The public address a certificate's QR code points to. */
    String verificationUrl(String code) {
        return publicUrl + "/verificar/" + code;
    }

    private Cohort lockedCohort(long cohortId) {
        Cohort cohort = cohorts.findForUpdate(cohortId).orElseThrow(NotFoundException::new);
        access.check(cohort);
        if (cohort.isCancelled()) {
            throw new DomainException("certificates.issue.cohort-cancelled");
        }
        return cohort;
    }

    /** The sessions that count, once the last of them is over; before that nothing is certified. */
    private List<WorkshopSession> checkFinished(Cohort cohort) {
        if (lastHeld(cohort).isEmpty()) {
            throw new DomainException("certificates.issue.not-finished");
        }
        return counted(cohort);
    }

    private Optional<WorkshopSession> lastHeld(Cohort cohort) {
        List<WorkshopSession> counted = counted(cohort);
        LocalDateTime now = LocalDateTime.now(clock);
        return counted.isEmpty() || counted.getLast().getEndsAt().isAfter(now) ? Optional.empty()
                : Optional.of(counted.getLast());
    }

    private List<WorkshopSession> counted(Cohort cohort) {
        return sessions.findByCohortIdOrderByStartsAt(cohort.getId()).stream().filter(s -> !s.isCancelled()).toList();
    }

    private Optional<Certificate> standing(long cohortId, long memberId) {
        return certificates.findByCohortIdAndMemberId(cohortId, memberId).stream().filter(c -> !c.isRevoked())
                .findFirst();
    }

    /** Hours are those the sessions that counted lasted, to a tenth of an hour. */
    private Certificate.Contents contents(Cohort cohort, List<WorkshopSession> held) {
        long minutes = held.stream().mapToLong(WorkshopSession::minutes).sum();
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        String facilitators = staff.namesOf(cohort.getFacilitatorIds()).stream().map(StaffOption::displayName)
                .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
        if (facilitators.length() > MAX_FACILITATORS) {
            facilitators = facilitators.substring(0, MAX_FACILITATORS - 1) + "…";
        }
        return new Certificate.Contents(course(cohort).getTitle(), hours, held.getFirst().getStartsAt().toLocalDate(),
                held.getLast().getStartsAt().toLocalDate(), centres.get(cohort.getCentreId()).name(), facilitators);
    }

    private Certificate save(Cohort cohort, long memberId, Certificate.Contents contents) {
        String code = CertificateCodes.generate();
        while (certificates.existsByCode(code)) {
            code = CertificateCodes.generate();
        }
        try {
            Certificate issued = certificates.saveAndFlush(new Certificate(code, cohort.getId(), memberId, contents,
                    clock.instant(), access.me()));
            events.publishEvent(new CertificateIssued(cohort.getId(), memberId));
            return issued;
        } catch (DataIntegrityViolationException refusal) {
            if (Constraints.violated(refusal, "uq_certificate_active")) {
                throw new DomainException("certificates.issue.already");
            }
            throw Constraints.unexpected();
        }
    }

    private Course course(Cohort cohort) {
        return courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new);
    }
}

package org.infoplaza.workshop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByCohortIdAndMemberId(long cohortId, long memberId);

    @Query("""
            select e from Enrolment e
            where e.cohortId = :cohortId and e.status <> org.infoplaza.workshop.EnrolmentStatus.WITHDRAWN
            order by e.status, e.queuedAt, e.id
            """)
    List<Enrolment> findActiveOf(long cohortId);

    long countByCohortIdAndStatus(long cohortId, EnrolmentStatus status);

    @Query("""
            select e from Enrolment e
            where e.cohortId = :cohortId and e.status = org.infoplaza.workshop.EnrolmentStatus.WAITLISTED
            order by e.queuedAt, e.id
            """)
    List<Enrolment> findWaitlist(long cohortId);

    @Query("""
            select e from Enrolment e
            where e.memberId = :memberId and e.status in :statuses
            """)
    List<Enrolment> findByMember(long memberId, Collection<EnrolmentStatus> statuses);

    @Query("""
            select e from Enrolment e
            where e.cohortId in :cohortIds and e.status = org.infoplaza.workshop.EnrolmentStatus.ENROLLED
            """)
    List<Enrolment> findEnrolledIn(Collection<Long> cohortIds);

    @Query("""
            select e.cohortId, e.status, count(e) from Enrolment e
            where e.cohortId in :cohortIds and e.status <> org.infoplaza.workshop.EnrolmentStatus.WITHDRAWN
            group by e.cohortId, e.status
            """)
    List<Object[]> countByStatus(Collection<Long> cohortIds);

    /** Every enrolment of the member, in any status, newest first, for the member's data export. */
    List<Enrolment> findByMemberIdOrderByQueuedAtDescIdDesc(long memberId);
}

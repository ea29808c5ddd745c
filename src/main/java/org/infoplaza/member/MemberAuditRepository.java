package org.infoplaza.member;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberAuditRepository extends JpaRepository<MemberAuditEntry, Long> {

    /** The log with the member number (never the name), filtered by number, username and time. */
    @Query(value = """
            select new org.infoplaza.member.AuditEntryDetails(a.id, m.memberNumber, a.staffId, a.staffUsername,
                a.action, a.happenedAt)
            from MemberAuditEntry a, Member m
            where m.id = a.memberId
              and (:memberNumber = '' or m.memberNumber = :memberNumber)
              and (:staffUsername = '' or a.staffUsername = :staffUsername)
              and a.happenedAt >= :from and a.happenedAt < :to
            """, countQuery = """
            select count(a) from MemberAuditEntry a, Member m
            where m.id = a.memberId
              and (:memberNumber = '' or m.memberNumber = :memberNumber)
              and (:staffUsername = '' or a.staffUsername = :staffUsername)
              and a.happenedAt >= :from and a.happenedAt < :to
            """)
    Page<AuditEntryDetails> search(String memberNumber, String staffUsername, Instant from, Instant to,
            Pageable pageable);

    long countByMemberId(long memberId);

    /** Every entry about the member, newest first, for the member's data export. */
    List<MemberAuditEntry> findByMemberIdOrderByHappenedAtDescIdDesc(long memberId);
}

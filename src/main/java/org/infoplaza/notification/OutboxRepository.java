package org.infoplaza.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Claims due messages for one poll in a single atomic statement: a row another poller claimed is no
     * longer PENDING, so two nodes polling at once never get the same message. Claims of a node that died
     * mid-send expire and are taken again.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message
               SET status = 'SENDING', claim_token = :token, claimed_until = :until
             WHERE (status = 'PENDING' AND next_attempt_at <= :now)
                OR (status = 'SENDING' AND claimed_until < :now)
             ORDER BY next_attempt_at, id
             LIMIT :limit
            """)
    int claim(String token, Instant now, Instant until, int limit);

    @Query("select m from OutboxMessage m where m.claimToken = :token order by m.id")
    List<OutboxMessage> findClaimed(String token);

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
              and (:pattern = '%%' or lower(m.recipientEmail) like :pattern escape '\\' or lower(m.recipientName) like :pattern escape '\\'
                   or lower(m.subject) like :pattern escape '\\' or lower(m.reference) like :pattern escape '\\')
            """)
    Page<OutboxMessage> search(OutboxStatus status, String pattern, Pageable pageable);

    long countByStatus(OutboxStatus status);
}

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

    /**
     * Purges up to {@code limit} messages that ended before {@code cutoff}, oldest first: everything that
     * could name a person goes (recipient, member, reference, subject, bodies, invitation, last error, which
     * may quote an address); kind, status, attempts and times stay. A message an administrator retried in the
     * meantime is no longer finished and is left alone.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message
               SET recipient_name = NULL, recipient_email = NULL, member_id = NULL, reference = NULL,
                   subject = NULL, body_text = NULL, body_html = NULL, calendar = NULL, last_error = NULL,
                   purged_at = :now, version = version + 1
             WHERE purged_at IS NULL AND finished_at < :cutoff
               AND status IN ('SENT', 'FAILED', 'SKIPPED', 'CANCELLED')
             ORDER BY finished_at
             LIMIT :limit
            """)
    int purgeFinishedBefore(Instant cutoff, Instant now, int limit);

    /** The files of purged messages (the monthly report's PDF, for example). */
    @Modifying
    @Query(nativeQuery = true, value = """
            DELETE a FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
             WHERE m.purged_at IS NOT NULL
            """)
    int deleteAttachmentsOfPurged();

    /** Every message of the member, queued or kept, with its files (the foreign key cascades). */
    @Modifying
    @Query(nativeQuery = true, value = "DELETE FROM outbox_message WHERE member_id = :memberId")
    int deleteOfMember(long memberId);

    /** The member's messages that still hold content, newest first, for the member's data export. */
    List<OutboxMessage> findByMemberIdOrderByCreatedAtDescIdDesc(long memberId);
}

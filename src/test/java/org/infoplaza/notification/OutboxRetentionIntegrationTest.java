package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the outbox keeps and for how long: finished messages (sent, finally failed, skipped, cancelled) lose
 * their recipient, text, reference and files once the keeping period has passed, and keep their kind, status
 * and times; messages still on their way keep everything. Anonymising a member deletes their mail, queued or
 * kept, and nobody else's.
 */
@IntegrationTest
class OutboxRetentionIntegrationTest {

    private static final Duration KEEP = Duration.ofDays(30);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberService members;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    Fixtures fixtures;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void finished_messages_lose_everything_personal_after_the_keeping_period_and_keep_what_operations_need() {
        long sentLongAgo = ended(queue("ana", 7L, true), "SENT", now.minus(KEEP).minusSeconds(60));
        long failedLongAgo = ended(queue("bea", 8L, false), "FAILED", now.minus(KEEP).minusSeconds(60));
        long cancelledLongAgo = ended(queue("cai", null, false), "CANCELLED", now.minus(KEEP).minusSeconds(60));
        long sentRecently = ended(queue("dan", 9L, true), "SENT", now.minus(KEEP).plusSeconds(60));
        long pendingForLong = queue("eva", 10L, false);
        jdbc.update("UPDATE outbox_message SET created_at = ?, next_attempt_at = ? WHERE id = ?",
                at(now.minus(KEEP.multipliedBy(2))), at(now.plus(KEEP)), pendingForLong);

        int purged = retention().purgeDue();

        assertThat(purged).isGreaterThanOrEqualTo(3);
        for (long id : List.of(sentLongAgo, failedLongAgo, cancelledLongAgo)) {
            Map<String, Object> row = row(id);
            assertThat(row).as("message %d", id).containsEntry("recipient_name", null)
                    .containsEntry("recipient_email", null).containsEntry("member_id", null)
                    .containsEntry("reference", null).containsEntry("subject", null).containsEntry("body_text", null)
                    .containsEntry("body_html", null).containsEntry("calendar", null).containsEntry("last_error", null);
            assertThat(row.get("purged_at")).isNotNull();
            assertThat(row.get("kind")).isEqualTo("session-reminder");
            assertThat(row.get("created_at")).isNotNull();
            assertThat(row.get("finished_at")).isNotNull();
            assertThat(attachments(id)).isZero();
        }
        assertThat(row(sentLongAgo).get("status")).isEqualTo("SENT");
        assertThat(row(sentLongAgo).get("sent_at")).isNotNull();
        assertThat(row(failedLongAgo).get("status")).isEqualTo("FAILED");
        assertThat(row(sentRecently)).containsEntry("purged_at", null).containsEntry("recipient_name", "dan");
        assertThat(attachments(sentRecently)).isEqualTo(1);
        assertThat(row(pendingForLong)).containsEntry("purged_at", null).containsEntry("status", "PENDING");
        assertThat(retention().purgeDue()).as("nothing left to purge").isZero();
    }

    @Test
    void a_purged_message_is_shown_without_content_and_cannot_be_sent_again() {
        long failed = ended(queue("fer", null, false), "FAILED", now.minus(KEEP).minusSeconds(5));
        retention().purgeDue();
        SignedIn.as(Role.ADMIN);

        OutboxMessageDetails details = outbox.page(new OutboxFilter(OutboxStatus.FAILED, ""),
                PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .filter(m -> m.id() == failed).findFirst().orElseThrow();
        assertThat(details.purged()).isTrue();
        assertThat(details.recipientName()).isNull();
        assertThat(details.bodyText()).isNull();
        assertThatThrownBy(() -> outbox.retry(failed, details.version())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("outbox.retry.purged"));
    }

    @Test
    void anonymising_a_member_deletes_their_queued_and_kept_mail_with_its_files_and_nobody_elses() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        MemberDetails leaving = members.register(MemberRegistrations.aMember(centre.id()).build());
        MemberDetails staying = members.register(MemberRegistrations.aMember(centre.id()).build());
        long queued = queue("gil", leaving.id(), false);
        long kept = ended(queue("gil", leaving.id(), true), "SENT", now.minus(Duration.ofDays(2)));
        long other = queue("hugo", staying.id(), false);
        long staff = queue("ivan", null, false);

        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        privacy.anonymise(leaving.id());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE id IN (?, ?) OR member_id = ?",
                Integer.class, queued, kept, leaving.id())).isZero();
        assertThat(attachments(kept)).isZero();
        assertThat(row(other)).containsEntry("recipient_name", "hugo");
        assertThat(row(staff)).containsEntry("recipient_name", "ivan");
    }

    private OutboxRetention retention() {
        return new OutboxRetention(repository, transactions, Clock.fixed(now, ZoneOffset.UTC), KEEP);
    }

    /** A reminder to {@code name} (a member when {@code memberId} is set), with a small file if asked. */
    private long queue(String name, Long memberId, boolean withFile) {
        String address = Fixtures.unique(name).toLowerCase(Locale.ROOT) + "@example.org";
        Recipient recipient = new Recipient(name, address, Locale.ENGLISH, memberId);
        Map<String, Object> model = Map.of("name", name, "title", "Digital skills", "centre", "Curundú", "start", now);
        List<MailAttachment> files = withFile ? List.of(new MailAttachment("horario.txt", "text/plain", new byte[] {1}))
                : List.of();
        MailRequest request = new MailRequest("session-reminder", recipient, model, null, "booking:" + name, files);
        return transactions.execute(status -> outbox.enqueue(request)).id();
    }

    /** Puts the message where a delivery (or an administrator) would have left it, at {@code when}. */
    private long ended(long id, String status, Instant when) {
        jdbc.update("""
                UPDATE outbox_message SET status = ?, finished_at = ?, created_at = ?, next_attempt_at = ?,
                       sent_at = IF(? = 'SENT', ?, NULL),
                       last_error = IF(? = 'FAILED', '550 <x@example.org> refused', NULL)
                 WHERE id = ?""", status, at(when), at(when.minusSeconds(30)), at(when), status, at(when), status, id);
        return id;
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM outbox_message WHERE id = ?", id);
    }

    private int attachments(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attachment WHERE message_id = ?", Integer.class, id);
    }

    /** As the application stores instants: UTC wall-clock time (hibernate.jdbc.time_zone). */
    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

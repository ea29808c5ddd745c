package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files sent with a message: stored with it in the outbox (in its transaction, in the order given) and
 * delivered by SMTP (GreenMail) as attachments with their names and types, after the claimed batch's
 * transaction has ended: a binary file byte for byte, a text file with MIME's CRLF line ends. A message
 * without attachments stores none.
 */
@IntegrationTest
class OutboxAttachmentIntegrationTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void attachments_are_stored_with_the_message_and_arrive_with_it() throws Exception {
        smtp.start();
        String address = Fixtures.unique("secretaria").toLowerCase() + "@example.org";
        byte[] pdf = new byte[70_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        byte[] csv = "centro;sesiones\nCUR;7\n".getBytes(StandardCharsets.UTF_8);
        OutboxMessageDetails queued = transactions.execute(status -> outbox.enqueue(new MailRequest("test",
                new Recipient(null, address, Locale.forLanguageTag("es")), Map.of("sentAt", Instant.now()), null,
                "test", List.of(new MailAttachment("reporte-2026-03.pdf", "application/pdf", pdf),
                        new MailAttachment("sesiones.csv", "text/csv; charset=UTF-8", csv)))));
        assertThat(jdbc.queryForList("SELECT file_name FROM outbox_attachment WHERE message_id = ? ORDER BY position",
                String.class, queued.id())).containsExactly("reporte-2026-03.pdf", "sesiones.csv");

        dispatcher.deliverDue(Instant.now());

        MimeMessage received = receivedBy(address).getFirst();
        BodyPart report = attachment(received, "reporte-2026-03.pdf");
        assertThat(report.getContentType()).startsWith("application/pdf");
        assertThat(report.getInputStream().readAllBytes()).isEqualTo(pdf);
        // A text file travels as MIME text, whose lines end in CRLF on the wire.
        assertThat(new String(attachment(received, "sesiones.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo("centro;sesiones\r\nCUR;7\r\n");
    }

    @Test
    void a_message_without_attachments_stores_none() {
        String address = Fixtures.unique("sin").toLowerCase() + "@example.org";
        OutboxMessageDetails queued = transactions.execute(status -> outbox.enqueue(new MailRequest("test",
                new Recipient(null, address, Locale.ENGLISH), Map.of("sentAt", Instant.now()), null, "test")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attachment WHERE message_id = ?", Integer.class,
                queued.id())).isZero();
    }

    private List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address))) {
                    received.add(message);
                }
            } catch (Exception e) {
                // not this one
            }
        }
        assertThat(received).as("received by " + address).isNotEmpty();
        return received;
    }

    private static BodyPart attachment(MimeMessage message, String fileName) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("No attachment " + fileName);
    }
}

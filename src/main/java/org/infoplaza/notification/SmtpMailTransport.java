package org.infoplaza.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server set with the standard {@code spring.mail.*} properties. */
class SmtpMailTransport implements MailTransport {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    SmtpMailTransport(ObjectProvider<JavaMailSender> sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutboxMessage message) throws Exception {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
        }
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(InternetAddress.parse(from)[0]);
        helper.setTo(new InternetAddress(message.getRecipientEmail(), message.getRecipientName(), "UTF-8"));
        helper.setSubject(message.getSubject());
        helper.setText(message.getBodyText(), message.getBodyHtml());
        if (message.getCalendar() != null) {
            helper.addAttachment("invitacion.ics", new ByteArrayDataSource(
                    message.getCalendar().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH"));
        }
        for (StoredAttachment attachment : message.getAttachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayDataSource(attachment.content(),
                    attachment.contentType()));
        }
        mailSender.send(mime);
    }
}

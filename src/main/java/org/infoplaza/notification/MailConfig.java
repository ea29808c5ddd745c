package org.infoplaza.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP in production; captured in the demo ({@code infoplaza.mail.capture=true}). */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    @Bean
    MailTransport mailTransport(@Value("${infoplaza.mail.capture}") boolean capture,
            ObjectProvider<JavaMailSender> sender, @Value("${infoplaza.mail.from}") String from) {
        return capture ? new CapturingMailTransport() : new SmtpMailTransport(sender, from);
    }
}

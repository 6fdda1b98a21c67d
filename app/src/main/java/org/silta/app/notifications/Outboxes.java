package org.silta.app.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail goes out by SMTP when {@code spring.mail.host} is set; otherwise it is written to the log, for
 * local runs. Addresses under the reserved .example domain (RFC 2606: the demo's invented people)
 * cannot receive mail, so nothing is sent to them.
 */
@Configuration(proxyBeanMethods = false)
class Outboxes {

    private static final Logger log = LoggerFactory.getLogger(Outboxes.class);

    @Bean
    Outbox outbox(ObjectProvider<JavaMailSender> smtp, @Value("${silta.mail.from}") String from) {
        var sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): emails are written to this log");
            return (to, subject, body) -> {
                if (!undeliverable(to)) {
                    log.info("Email to {}\nSubject: {}\n\n{}", to, subject, body);
                }
            };
        }
        return (to, subject, body) -> {
            if (undeliverable(to)) {
                return;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
        };
    }

    static boolean undeliverable(String address) {
        return address.endsWith(".example");
    }
}

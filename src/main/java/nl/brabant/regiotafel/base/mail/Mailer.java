package nl.brabant.regiotafel.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends account and notification e-mail as multipart/alternative (plain text and HTML) from the
 * configured sender ({@code regiotafel.mail.from}), through Spring's mail sender (SMTP host, port,
 * user, password and TLS from {@code spring.mail.*}, set by the environment variables of README).
 *
 * <p>Mail leaves after the transaction that caused it commits, on a background thread: a
 * rolled-back change sends nothing, a slow or failing mail server never holds up or undoes what the
 * person did (it is logged), and a page that may or may not send mail (a password reset for an
 * address that may not exist) answers in the same time either way. Without a mail server (no {@code
 * spring.mail.host}) nothing is sent and that is logged once per message, without its content.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    Mailer(
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${regiotafel.mail.from:regiotafel@localhost}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Sends after the current transaction commits, or at once when there is none. */
    public void sendAfterCommit(MailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            sending.submit(() -> send(message));
                        }
                    });
        } else {
            sending.submit(() -> send(message));
        }
    }

    /** Sends now, on the calling thread; failures are logged, not thrown. */
    public void send(MailMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured; an e-mail was not sent");
            return;
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            if (message.calendar() != null) {
                CalendarMail.compose(mime, from, message);
            } else {
                MimeMessageHelper helper =
                        new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(message.to());
                helper.setSubject(message.subject());
                helper.setText(message.plainText(), message.html());
            }
            if (message.unsubscribeUrl() != null) {
                mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            }
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            log.warn("Could not send an e-mail: {}", e.getMessage());
        }
    }
}

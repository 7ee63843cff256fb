package nl.brabant.regiotafel.notification;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends notifications by e-mail, in Dutch, after the transaction that created them committed.
 * Without an SMTP server (no spring.mail.host) there is no JavaMailSender and nothing is sent. A
 * failing mail server never undoes or blocks what the user did; it is logged.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final PeopleDirectory people;
    private final String from;
    private final String baseUrl;

    MailNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            PeopleDirectory people,
            @Value("${regiotafel.mail.from:regiotafel@localhost}") String from,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.people = people;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void send(NotificationsCreated created) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        ResourceBundle texts =
                ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("nl", "NL"));
        String kindText = texts.getString("notification.kind." + created.kind().name());
        for (PersonSummary person : people.byIds(created.userIds()).values()) {
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(person.email());
            message.setSubject(kindText + ": " + created.subject());
            message.setText(
                    texts.getString("notification.mail.greeting")
                                    .replace("{0}", person.displayName())
                            + "\n\n"
                            + kindText
                            + ": "
                            + created.subject()
                            + (created.link() == null
                                    ? ""
                                    : "\n\n" + baseUrl + "/" + created.link())
                            + "\n\n"
                            + texts.getString("notification.mail.footer"));
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn(
                        "Could not send a notification mail to user {}: {}",
                        person.id(),
                        e.getMessage());
            }
        }
    }
}

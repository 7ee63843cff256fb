package nl.brabant.regiotafel.security;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.brabant.regiotafel.base.mail.MailMessage;
import nl.brabant.regiotafel.base.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails about accounts (invitations, password resets, e-mail changes), each in the language
 * of the person it goes to: the account's chosen language, or the one chosen for an invitation.
 * Texts come from the same translations as the screens ({@code mail.KIND.subject}, {@code
 * mail.KIND.body} with paragraphs split by a blank line, {@code mail.KIND.link}).
 */
@Component
public class AccountMails {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Mailer mailer;
    private final String baseUrl;

    AccountMails(
            Mailer mailer, @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The language an e-mail to this account is written in. */
    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.of("nl", "NL");
    }

    /**
     * Sends (after commit) the e-mail of this kind to the address; {@code path} is the link's
     * address inside the application (or null for a mail without a link); {@code arguments} fill
     * the body's {0}, {1}...
     */
    public void send(String kind, String to, String language, String path, Object... arguments) {
        Locale locale = localeOf(language);
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        String subject = format(texts.getString("mail." + kind + ".subject"), locale, arguments);
        String body = format(texts.getString("mail." + kind + ".body"), locale, arguments);
        List<String> paragraphs = Arrays.stream(body.split("\\R\\R")).map(String::strip).toList();
        mailer.sendAfterCommit(
                MailMessage.of(
                        to,
                        subject,
                        paragraphs,
                        path == null
                                ? null
                                : format(
                                        texts.getString("mail." + kind + ".link"),
                                        locale,
                                        arguments),
                        path == null ? null : baseUrl + "/" + path,
                        texts.getString("mail.footer")));
    }

    /** A moment as the e-mail shows it, in the Netherlands' time zone. */
    static String moment(Instant instant, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(localeOf(language))
                .withZone(ZONE)
                .format(instant);
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }
}

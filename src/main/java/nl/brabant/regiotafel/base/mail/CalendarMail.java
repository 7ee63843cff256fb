package nl.brabant.regiotafel.base.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/**
 * An invitation laid out the way Outlook and Google Calendar read it: multipart/mixed holding a
 * multipart/alternative of the text, the HTML and the {@code text/calendar; method=...} part (which
 * the calendar takes as the invitation), and the same file as {@code invite.ics} for mail programs
 * that show only attachments.
 */
final class CalendarMail {

    private CalendarMail() {}

    static void compose(MimeMessage mime, String from, MailMessage message)
            throws MessagingException {
        String charset = StandardCharsets.UTF_8.name();
        String method = message.calendar().method();
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.to()));
        mime.setSubject(message.subject(), charset);
        // Outlook files a message with this class as a meeting request.
        mime.setHeader("Content-Class", "urn:content-classes:calendarmessage");

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(message.plainText(), charset);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), charset, "html");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setText(message.calendar().icalendar(), charset, "calendar");
        calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        alternative.addBodyPart(calendar);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(
                new DataHandler(
                        new ByteArrayDataSource(
                                message.calendar().icalendar().getBytes(StandardCharsets.UTF_8),
                                "application/ics")));
        file.setFileName("invite.ics");
        file.setDisposition(MimeBodyPart.ATTACHMENT);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(file);
        mime.setContent(mixed);
        mime.saveChanges();
    }
}

package nl.brabant.regiotafel.base.mail;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * One e-mail to one person: the subject, the text as plain text, and the same text as HTML (built
 * here from escaped text only, so nothing a person typed becomes markup); optionally a calendar
 * invitation, and a link to unsubscribe (sent as the List-Unsubscribe header).
 */
public record MailMessage(
        String to,
        String subject,
        String plainText,
        String html,
        CalendarPart calendar,
        String unsubscribeUrl) {

    /**
     * An iCalendar (RFC 5545) object sent as RFC 6047 asks: a {@code text/calendar} part with its
     * {@code method} (REQUEST, CANCEL) beside the text, and the same file as an attachment.
     */
    public record CalendarPart(String method, String icalendar) {}

    public MailMessage(String to, String subject, String plainText, String html) {
        this(to, subject, plainText, html, null, null);
    }

    /** This message with a calendar invitation. */
    public MailMessage withCalendar(String method, String icalendar) {
        return new MailMessage(
                to, subject, plainText, html, new CalendarPart(method, icalendar), unsubscribeUrl);
    }

    /** This message with a List-Unsubscribe address. */
    public MailMessage withUnsubscribe(String url) {
        return new MailMessage(to, subject, plainText, html, calendar, url);
    }

    /**
     * A message of paragraphs with, optionally, one link (its text and address) after the first
     * paragraph, and a closing line in a smaller type.
     */
    public static MailMessage of(
            String to,
            String subject,
            List<String> paragraphs,
            String linkText,
            String linkUrl,
            String footer) {
        StringBuilder plain = new StringBuilder();
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                        .append(HtmlUtils.htmlEscape(subject))
                        .append(
                                "</title></head><body style=\"font-family:Arial,sans-serif;"
                                        + "font-size:16px;line-height:1.5;color:#1f1f1f\">");
        for (int i = 0; i < paragraphs.size(); i++) {
            plain.append(paragraphs.get(i)).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraphs.get(i))).append("</p>");
            if (i == 0 && linkUrl != null) {
                plain.append(linkText).append(":\n").append(linkUrl).append("\n\n");
                html.append("<p><a href=\"")
                        .append(HtmlUtils.htmlEscape(linkUrl))
                        .append("\" style=\"color:#0b5394;font-weight:bold\">")
                        .append(HtmlUtils.htmlEscape(linkText))
                        .append("</a></p>");
            }
        }
        if (footer != null) {
            plain.append("-- \n").append(footer).append('\n');
            html.append("<hr><p style=\"font-size:13px;color:#555\">")
                    .append(HtmlUtils.htmlEscape(footer))
                    .append("</p>");
        }
        html.append("</body></html>");
        return new MailMessage(to, subject, plain.toString(), html.toString());
    }
}

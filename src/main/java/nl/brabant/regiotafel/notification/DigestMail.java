package nl.brabant.regiotafel.notification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.mail.MailMessage;
import nl.brabant.regiotafel.security.AccountContacts.Contact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A digest e-mail: the lines grouped by region (in the order of their newest line), then by kind,
 * newest first, each linking to its page; and per kind in it a link to stop e-mail about that kind.
 * Text and HTML say the same; the HTML holds escaped text only.
 */
@Component
class DigestMail {

    private final UnsubscribeLinks links;
    private final String baseUrl;

    DigestMail(
            UnsubscribeLinks links,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.links = links;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * @param newestFirst the person's lines, newest first
     */
    MailMessage compose(Contact to, List<Notification> newestFirst) {
        Locale locale = "en".equals(to.language()) ? Locale.ENGLISH : DateFormats.DUTCH;
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        Map<String, Map<NotificationKind, List<Notification>>> grouped = new LinkedHashMap<>();
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        for (Notification n : newestFirst) {
            String region =
                    n.getRegionName() == null
                            ? texts.getString("digest.noRegion")
                            : n.getRegionName();
            grouped.computeIfAbsent(region, r -> new LinkedHashMap<>())
                    .computeIfAbsent(n.getKind(), k -> new ArrayList<>())
                    .add(n);
            kinds.add(n.getKind());
        }
        String subject =
                new MessageFormat(texts.getString("digest.subject"), locale)
                        .format(new Object[] {newestFirst.size()});
        String intro =
                new MessageFormat(texts.getString("digest.intro"), locale)
                        .format(new Object[] {to.displayName()});
        StringBuilder plain = new StringBuilder(intro).append("\n\n");
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                        .append(esc(subject))
                        .append("</title></head><body style=\"font-family:Arial,sans-serif;")
                        .append("font-size:16px;line-height:1.5;color:#1f1f1f\"><p>")
                        .append(esc(intro))
                        .append("</p>");
        grouped.forEach(
                (region, byKind) -> {
                    plain.append("== ").append(region).append(" ==\n");
                    html.append("<h2 style=\"font-size:18px\">")
                            .append(esc(region))
                            .append("</h2>");
                    byKind.forEach(
                            (kind, lines) -> {
                                String kindText = texts.getString("notification.kind." + kind);
                                plain.append(kindText).append(":\n");
                                html.append("<h3 style=\"font-size:16px\">")
                                        .append(esc(kindText))
                                        .append("</h3><ul>");
                                for (Notification n : lines) {
                                    String when = DateFormats.dayAndTime(n.getCreatedAt(), locale);
                                    String url = n.getLink() == null ? null : url(n.getLink());
                                    plain.append("- ")
                                            .append(when)
                                            .append("  ")
                                            .append(n.getSubject());
                                    html.append("<li>").append(esc(when)).append(" – ");
                                    if (url == null) {
                                        html.append(esc(n.getSubject()));
                                    } else {
                                        plain.append("\n  ").append(url);
                                        html.append("<a href=\"")
                                                .append(esc(url))
                                                .append("\" style=\"color:#0b5394\">")
                                                .append(esc(n.getSubject()))
                                                .append("</a>");
                                    }
                                    plain.append('\n');
                                    html.append("</li>");
                                }
                                plain.append('\n');
                                html.append("</ul>");
                            });
                });
        plain.append("-- \n").append(texts.getString("digest.unsubscribe.intro")).append('\n');
        html.append("<hr><p style=\"font-size:13px;color:#555\">")
                .append(esc(texts.getString("digest.unsubscribe.intro")))
                .append("</p><ul style=\"font-size:13px\">");
        String first = null;
        for (NotificationKind kind : kinds) {
            String url = url(NotificationRoutes.unsubscribe(links.token(to.id(), kind)));
            first = first == null ? url : first;
            String label = texts.getString("notification.kind." + kind);
            plain.append("- ").append(label).append(": ").append(url).append('\n');
            html.append("<li><a href=\"")
                    .append(esc(url))
                    .append("\" style=\"color:#0b5394\">")
                    .append(esc(label))
                    .append("</a></li>");
        }
        plain.append('\n').append(texts.getString("notification.mail.footer")).append('\n');
        html.append("</ul><p style=\"font-size:13px;color:#555\">")
                .append(esc(texts.getString("notification.mail.footer")))
                .append("</p></body></html>");
        return new MailMessage(to.email(), subject, plain.toString(), html.toString())
                .withUnsubscribe(first);
    }

    private String url(String path) {
        return baseUrl + "/" + path;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}

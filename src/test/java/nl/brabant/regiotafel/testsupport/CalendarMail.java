package nl.brabant.regiotafel.testsupport;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The calendar parts of a received invitation e-mail, parsed back with biweekly. */
public final class CalendarMail {

    /** One calendar part: its MIME type (with the method parameter) and the parsed calendar. */
    public record CalendarPart(String contentType, String fileName, ICalendar calendar) {}

    private CalendarMail() {}

    public static List<CalendarPart> parts(Part message) {
        List<CalendarPart> found = new ArrayList<>();
        collect(message, found);
        return found;
    }

    private static void collect(Part part, List<CalendarPart> found) {
        try {
            String type = part.getContentType().toLowerCase();
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, found);
                }
            } else if (type.startsWith("text/calendar") || type.startsWith("application/ics")) {
                String text;
                try (InputStream in = part.getInputStream()) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    text = bytes.toString(StandardCharsets.UTF_8);
                }
                found.add(
                        new CalendarPart(
                                part.getContentType(),
                                part.getFileName(),
                                Biweekly.parse(text).first()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

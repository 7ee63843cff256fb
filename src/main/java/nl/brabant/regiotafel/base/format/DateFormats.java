package nl.brabant.regiotafel.base.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import nl.brabant.regiotafel.base.ClockConfiguration;

/**
 * The one place that writes dates and times. On screen there is one style in the reader's language
 * ("22 dec 2026", "22 Dec 2026", with ", 14:00" when the time matters); documents keep their own
 * Dutch style ("22-12-2026" in tables, "22 december 2026" in running text). Every moment is shown
 * as the time in the Netherlands, whatever zone it arrives in.
 */
public final class DateFormats {

    /** The language of the documents (PDF, CSV, calendar). */
    public static final Locale DUTCH = Locale.of("nl", "NL");

    private static final String DATE = "d MMM yyyy";
    private static final String LONG_DATE = "d MMMM yyyy";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DOCUMENT_DATE =
            DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);
    private static final DateTimeFormatter DOCUMENT_DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

    private DateFormats() {}

    // On screen, in the UI's language; an absent value is an empty cell.

    /** "22 dec 2026" / "22 Dec 2026". */
    public static String date(LocalDate date, Locale locale) {
        return format(date, DATE, locale);
    }

    /** The date in the Netherlands of a moment: "22 dec 2026". */
    public static String date(Instant at, Locale locale) {
        return at == null ? "" : date(local(at).toLocalDate(), locale);
    }

    /** "22 dec 2026, 14:00". */
    public static String dateTime(Instant at, Locale locale) {
        return format(local(at), DATE + ", HH:mm", locale);
    }

    /** "22 dec 2026, 14:00:05", for logs where the order within a minute matters. */
    public static String timestamp(Instant at, Locale locale) {
        return format(local(at), DATE + ", HH:mm:ss", locale);
    }

    /** "dinsdag 22 dec 2026, 14:00": when a meeting starts, with the day people plan by. */
    public static String dayAndTime(Instant at, Locale locale) {
        return format(local(at), "EEEE " + DATE + ", HH:mm", locale);
    }

    /** "22 december 2026", for a sentence or a title. */
    public static String longDate(LocalDate date, Locale locale) {
        return format(date, LONG_DATE, locale);
    }

    /** "14:00" in the Netherlands. */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(local(at));
    }

    /** "14:00". */
    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    // In documents, always Dutch; an absent value is a dash.

    /** "22-12-2026", for tables in PDF and CSV. */
    public static String documentDate(LocalDate date) {
        return date == null ? DocumentText.MISSING : DOCUMENT_DATE.format(date);
    }

    /** "22 december 2026" for the date in the Netherlands of that moment. */
    public static String documentLongDate(ZonedDateTime moment) {
        return moment == null
                ? DocumentText.MISSING
                : longDate(
                        moment.withZoneSameInstant(ClockConfiguration.ZONE).toLocalDate(), DUTCH);
    }

    /** "14:00". */
    public static String documentTime(LocalTime time) {
        return time == null ? DocumentText.MISSING : TIME.format(time);
    }

    /** "donderdag 12 maart 2026, 14:00–16:30"; a meeting past midnight names both days. */
    public static String documentPeriod(ZonedDateTime start, ZonedDateTime end) {
        if (start == null) {
            return "Datum nog niet bekend";
        }
        ZonedDateTime from = start.withZoneSameInstant(ClockConfiguration.ZONE);
        String text = DOCUMENT_DAY.format(from) + ", " + TIME.format(from);
        if (end == null) {
            return text;
        }
        ZonedDateTime to = end.withZoneSameInstant(ClockConfiguration.ZONE);
        return from.toLocalDate().equals(to.toLocalDate())
                ? text + "–" + TIME.format(to)
                : text + " – " + DOCUMENT_DAY.format(to) + ", " + TIME.format(to);
    }

    private static ZonedDateTime local(Instant at) {
        return at == null ? null : at.atZone(ClockConfiguration.ZONE);
    }

    private static String format(TemporalAccessor value, String pattern, Locale locale) {
        return value == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(value);
    }
}

package nl.brabant.regiotafel.meeting.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Dutch wording of dates, times and missing values, shared by the exports. */
final class DutchFormat {

    /** Regiotafels meet in Noord-Brabant: whatever zone a time arrives in, it is shown in Dutch local time. */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String MISSING = "—";

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);

    private DutchFormat() {}

    /** "donderdag 12 maart 2026, 14:00–16:30"; a meeting past midnight names both days. */
    static String period(ZonedDateTime start, ZonedDateTime end) {
        if (start == null) {
            return "Datum nog niet bekend";
        }
        ZonedDateTime from = start.withZoneSameInstant(AMSTERDAM);
        String text = DAY.format(from) + ", " + TIME.format(from);
        if (end == null) {
            return text;
        }
        ZonedDateTime to = end.withZoneSameInstant(AMSTERDAM);
        return from.toLocalDate().equals(to.toLocalDate())
                ? text + "–" + TIME.format(to)
                : text + " – " + DAY.format(to) + ", " + TIME.format(to);
    }

    static String time(LocalTime time) {
        return time == null ? MISSING : TIME.format(time);
    }

    static String date(LocalDate date) {
        return date == null ? MISSING : DATE.format(date);
    }

    static String attended(Boolean attended) {
        return attended == null ? "onbekend" : attended ? "ja" : "nee";
    }

    static String orDash(String text) {
        return isBlank(text) ? MISSING : text;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The records come from callers that may hand over null for "none". */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}

package nl.brabant.regiotafel.agreement.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Dutch wording of dates and missing values in the agreement PDF. */
final class AgreementFormat {

    /** Regions are Dutch: whatever zone a version's time arrives in, its date is the date in the Netherlands. */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String MISSING = "—";

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);

    private AgreementFormat() {}

    /** "12 maart 2026". */
    static String longDate(ZonedDateTime moment) {
        return moment == null ? MISSING : LONG_DATE.format(moment.withZoneSameInstant(AMSTERDAM));
    }

    /** "12-03-2026". */
    static String date(LocalDate date) {
        return date == null ? MISSING : DATE.format(date);
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

    /** "Huisvesting, Registratie"; null and blank labels are left out. */
    static String joined(List<String> labels) {
        return String.join(", ", orEmpty(labels).stream().filter(label -> !isBlank(label)).toList());
    }
}

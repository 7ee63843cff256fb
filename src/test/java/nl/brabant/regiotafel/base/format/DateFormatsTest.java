package nl.brabant.regiotafel.base.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One date style on screen per language, the documents' own Dutch style, always Dutch local time.
 */
class DateFormatsTest {

    private static final Instant WINTER_EVENING_UTC = Instant.parse("2026-12-22T23:30:00Z");

    @Test
    void onScreenOneStyleInTheReadersLanguage() {
        LocalDate day = LocalDate.of(2027, 4, 1);
        assertThat(DateFormats.date(day, DateFormats.DUTCH)).isEqualTo("1 apr 2027");
        assertThat(DateFormats.date(day, Locale.ENGLISH)).isEqualTo("1 Apr 2027");
        assertThat(DateFormats.longDate(day, DateFormats.DUTCH)).isEqualTo("1 april 2027");
        assertThat(DateFormats.date((LocalDate) null, DateFormats.DUTCH)).isEmpty();
    }

    @Test
    void momentsAreShownAsTheTimeInTheNetherlands() {
        // 23:30 UTC is already the next day in Amsterdam (UTC+1 in winter).
        assertThat(DateFormats.date(WINTER_EVENING_UTC, DateFormats.DUTCH))
                .isEqualTo("23 dec 2026");
        assertThat(DateFormats.dateTime(WINTER_EVENING_UTC, DateFormats.DUTCH))
                .isEqualTo("23 dec 2026, 00:30");
        assertThat(DateFormats.timestamp(WINTER_EVENING_UTC, Locale.ENGLISH))
                .isEqualTo("23 Dec 2026, 00:30:00");
        assertThat(DateFormats.dayAndTime(WINTER_EVENING_UTC, DateFormats.DUTCH))
                .isEqualTo("woensdag 23 dec 2026, 00:30");
        assertThat(DateFormats.dayAndTime(WINTER_EVENING_UTC, Locale.ENGLISH))
                .isEqualTo("Wednesday 23 Dec 2026, 00:30");
        assertThat(DateFormats.time(WINTER_EVENING_UTC)).isEqualTo("00:30");
        assertThat(DateFormats.time(LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    @Test
    void documentsKeepTheirDutchStyleWithADashForNothing() {
        assertThat(DateFormats.documentDate(LocalDate.of(2026, 3, 12))).isEqualTo("12-03-2026");
        assertThat(DateFormats.documentDate(null)).isEqualTo(DocumentText.MISSING);
        assertThat(
                        DateFormats.documentLongDate(
                                ZonedDateTime.ofInstant(WINTER_EVENING_UTC, ZoneOffset.UTC)))
                .isEqualTo("23 december 2026");
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 12, 13, 0, 0, 0, ZoneOffset.UTC);
        assertThat(DateFormats.documentPeriod(start, start.plusHours(2).plusMinutes(30)))
                .isEqualTo("donderdag 12 maart 2026, 14:00–16:30");
        assertThat(DateFormats.documentPeriod(null, null)).isEqualTo("Datum nog niet bekend");
    }
}

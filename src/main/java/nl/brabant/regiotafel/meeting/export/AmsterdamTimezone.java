package nl.brabant.regiotafel.meeting.export;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.util.TimeZone;
import nl.brabant.regiotafel.base.ClockConfiguration;

/**
 * The Europe/Amsterdam VTIMEZONE written into every calendar file. RFC 5545 wants a definition for
 * each TZID used (Outlook relies on it), and biweekly can only fetch one over the network, so the
 * EU rule in force since 1996 (summer time from the last Sunday of March to the last Sunday of
 * October) is spelled out here.
 */
final class AmsterdamTimezone {

    private AmsterdamTimezone() {}

    static TimezoneAssignment assignment() {
        VTimezone component = new VTimezone(ClockConfiguration.ZONE.getId());
        StandardTime winter = new StandardTime();
        observe(winter, new DateTimeComponents(1996, 10, 27, 3, 0, 0, false), 2, 1, 10, "CET");
        component.addStandardTime(winter);
        DaylightSavingsTime summer = new DaylightSavingsTime();
        observe(summer, new DateTimeComponents(1981, 3, 29, 2, 0, 0, false), 1, 2, 3, "CEST");
        component.addDaylightSavingsTime(summer);
        return new TimezoneAssignment(TimeZone.getTimeZone(ClockConfiguration.ZONE), component);
    }

    private static void observe(
            Observance observance,
            DateTimeComponents since,
            int fromHours,
            int toHours,
            int month,
            String name) {
        observance.setDateStart(since);
        observance.setTimezoneOffsetFrom(new UtcOffset(true, fromHours, 0));
        observance.setTimezoneOffsetTo(new UtcOffset(true, toHours, 0));
        observance.setRecurrenceRule(
                new Recurrence.Builder(Frequency.YEARLY)
                        .byMonth(month)
                        .byDay(-1, DayOfWeek.SUNDAY)
                        .build());
        observance.addTimezoneName(name);
    }
}

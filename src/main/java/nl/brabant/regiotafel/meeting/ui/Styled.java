package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.brabant.regiotafel.base.ClockConfiguration;

/** Dates and times as Dutch (or English) readers expect them, always in Europe/Amsterdam. */
final class Formats {

    private Formats() {}

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
                .format(instant.atZone(ClockConfiguration.ZONE));
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                .format(instant.atZone(ClockConfiguration.ZONE));
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    static String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ClockConfiguration.ZONE));
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static <T extends Component> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }
}

package nl.brabant.regiotafel.meeting.export;

import java.time.LocalTime;

/** One agenda item, with the minutes taken on it. */
public record AgendaEntry(
        int number,
        LocalTime start,
        int minutes,
        String title,
        String presenter,
        String themes,
        String explanation,
        String minutesText) {}

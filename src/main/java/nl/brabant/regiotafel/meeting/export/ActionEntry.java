package nl.brabant.regiotafel.meeting.export;

import java.time.LocalDate;

/** An action item: a new one from this meeting or an open one from an earlier meeting. */
public record ActionEntry(String description, String owner, LocalDate due, String statusLabel) {}

package nl.brabant.regiotafel.monitor;

import java.time.Instant;

public record HeldMeeting(long id, String title, Instant startsAt, String link) {}

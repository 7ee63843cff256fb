package nl.brabant.regiotafel.monitor;

import java.time.Instant;

/** A moment in a region's history: a meeting, or a milestone of its agreement. */
public record TimelineEntry(Instant at, Kind kind, String label, String link) {

    public enum Kind {
        MEETING,
        AGREEMENT
    }
}

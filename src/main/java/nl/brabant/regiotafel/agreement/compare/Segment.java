package nl.brabant.regiotafel.agreement.compare;

import java.util.Objects;

/**
 * A run of text that both versions share, or that only the newer ({@code ADDED}) or older ({@code
 * REMOVED}) has.
 */
public record Segment(Type type, String text) {

    public enum Type {
        SAME,
        ADDED,
        REMOVED
    }

    public Segment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}

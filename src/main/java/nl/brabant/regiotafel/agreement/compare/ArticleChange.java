package nl.brabant.regiotafel.agreement.compare;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one article between two versions. Positions are 1-based article numbers, null in
 * the version that lacks the article. Joining the SAME and ADDED segments of a diff gives the newer
 * text, SAME and REMOVED the older one (an absent or null text counts as "").
 */
public record ArticleChange(
        long articleId,
        Kind kind,
        Integer oldPosition,
        Integer newPosition,
        String oldHeading,
        String newHeading,
        List<Segment> headingDiff,
        List<Segment> bodyDiff) {

    public enum Kind {
        ADDED,
        REMOVED,
        MOVED,
        CHANGED,
        MOVED_AND_CHANGED,
        UNCHANGED
    }

    public ArticleChange {
        Objects.requireNonNull(kind, "kind");
        headingDiff = List.copyOf(headingDiff);
        bodyDiff = List.copyOf(bodyDiff);
    }
}

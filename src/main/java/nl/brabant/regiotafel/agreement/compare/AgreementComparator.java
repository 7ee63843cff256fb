package nl.brabant.regiotafel.agreement.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.brabant.regiotafel.agreement.compare.ArticleChange.Kind;
import org.springframework.stereotype.Component;

/**
 * Compares two versions of an agreement article by article; stateless, so one instance serves every
 * request.
 */
@Component
public class AgreementComparator {

    /**
     * @param older the older version's articles in document order
     * @param newer the newer version's articles in document order
     * @return every article of both versions in the newer order; a removed article stands after the
     *     article that preceded it in the older version (at the top when nothing did)
     * @throws IllegalArgumentException when an article id occurs twice in one version
     */
    public Comparison compare(List<ArticleText> older, List<ArticleText> newer) {
        Map<Long, Integer> oldIndex = indexById(Objects.requireNonNull(older, "older"));
        Map<Long, Integer> newIndex = indexById(Objects.requireNonNull(newer, "newer"));
        Set<Long> inOrder = keptInOrder(older, newIndex);

        // Removed articles hang on the nearest older article that survived, so they show where they
        // were.
        Map<Long, List<ArticleChange>> removedAfter = new HashMap<>();
        List<ArticleChange> removedAtTop = new ArrayList<>();
        Long anchor = null;
        Totals totals = new Totals();
        for (int i = 0; i < older.size(); i++) {
            ArticleText article = older.get(i);
            if (newIndex.containsKey(article.articleId())) {
                anchor = article.articleId();
            } else {
                ArticleChange removed = change(totals, article, i, null, -1, Kind.REMOVED);
                if (anchor == null) {
                    removedAtTop.add(removed);
                } else {
                    removedAfter.computeIfAbsent(anchor, id -> new ArrayList<>()).add(removed);
                }
            }
        }

        List<ArticleChange> result = new ArrayList<>(removedAtTop);
        for (int j = 0; j < newer.size(); j++) {
            ArticleText article = newer.get(j);
            Integer i = oldIndex.get(article.articleId());
            if (i == null) {
                result.add(change(totals, null, -1, article, j, Kind.ADDED));
            } else {
                ArticleText before = older.get(i);
                boolean moved = !inOrder.contains(article.articleId());
                boolean edited =
                        !Objects.equals(text(before.heading()), text(article.heading()))
                                || !Objects.equals(text(before.body()), text(article.body()));
                Kind kind =
                        moved
                                ? (edited ? Kind.MOVED_AND_CHANGED : Kind.MOVED)
                                : (edited ? Kind.CHANGED : Kind.UNCHANGED);
                result.add(change(totals, before, i, article, j, kind));
            }
            result.addAll(removedAfter.getOrDefault(article.articleId(), List.of()));
        }
        return new Comparison(result, totals.added, totals.removed);
    }

    private static ArticleChange change(
            Totals totals,
            ArticleText before,
            int oldIndex,
            ArticleText after,
            int newIndex,
            Kind kind) {
        String oldHeading = before == null ? null : before.heading();
        String newHeading = after == null ? null : after.heading();
        WordDiff.Result heading = WordDiff.between(oldHeading, newHeading);
        WordDiff.Result body =
                WordDiff.between(
                        before == null ? null : before.body(), after == null ? null : after.body());
        totals.added += heading.wordsAdded() + body.wordsAdded();
        totals.removed += heading.wordsRemoved() + body.wordsRemoved();
        long id = before != null ? before.articleId() : after.articleId();
        return new ArticleChange(
                id,
                kind,
                before == null ? null : oldIndex + 1,
                after == null ? null : newIndex + 1,
                oldHeading,
                newHeading,
                heading.segments(),
                body.segments());
    }

    private static Set<Long> keptInOrder(List<ArticleText> older, Map<Long, Integer> newIndex) {
        List<Long> common = new ArrayList<>();
        for (ArticleText article : older) {
            if (newIndex.containsKey(article.articleId())) {
                common.add(article.articleId());
            }
        }
        int[] newPositions = new int[common.size()];
        for (int k = 0; k < newPositions.length; k++) {
            newPositions[k] = newIndex.get(common.get(k));
        }
        return ArticleOrder.keptInOrder(common, newPositions);
    }

    private static Map<Long, Integer> indexById(List<ArticleText> version) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < version.size(); i++) {
            if (index.putIfAbsent(version.get(i).articleId(), i) != null) {
                throw new IllegalArgumentException(
                        "Article " + version.get(i).articleId() + " occurs twice");
            }
        }
        return index;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Word counts gathered while the articles are diffed, so each text is tokenised once. */
    private static final class Totals {
        private int added;
        private int removed;
    }
}

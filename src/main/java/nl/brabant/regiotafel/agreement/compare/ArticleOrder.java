package nl.brabant.regiotafel.agreement.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the articles that kept their relative order: the longest common subsequence of the ids in
 * both versions. Ids are unique, so that is the longest increasing run of new positions taken in
 * old order, found in n log n. An article inserted or removed before another shifts its number but
 * not its relative order, so it is no move.
 */
final class ArticleOrder {

    private ArticleOrder() {}

    /**
     * @param ids the ids present in both versions, in old document order
     * @param newPosition the new position of each of those ids, same index as {@code ids}
     * @return the ids that did not move
     */
    static Set<Long> keptInOrder(List<Long> ids, int[] newPosition) {
        int n = ids.size();
        // tails[k]: index (into ids) of the smallest possible end of an increasing run of length k
        // + 1.
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (newPosition[tails[middle]] < newPosition[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        Set<Long> kept = new HashSet<>();
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept.add(ids.get(i));
        }
        return kept;
    }
}

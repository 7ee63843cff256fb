package nl.brabant.regiotafel.agreement.word;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts what the import leaves out, per kind, for the preview. */
final class DroppedCounter {

    private final Map<WordImport.Kind, Integer> counts = new EnumMap<>(WordImport.Kind.class);

    void add(WordImport.Kind kind) {
        add(kind, 1);
    }

    void add(WordImport.Kind kind, int count) {
        if (count > 0) {
            counts.merge(kind, count, Integer::sum);
        }
    }

    List<WordImport.Dropped> list() {
        return counts.entrySet().stream()
                .map(e -> new WordImport.Dropped(e.getKey(), e.getValue()))
                .toList();
    }
}

package nl.brabant.regiotafel.agreement.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** A word-level diff of two texts, as segments, with the number of words that came and went. */
final class WordDiff {

    record Result(List<Segment> segments, int wordsAdded, int wordsRemoved) {}

    private WordDiff() {}

    static Result between(String older, String newer) {
        String oldText = older == null ? "" : older;
        String newText = newer == null ? "" : newer;
        if (oldText.equals(newText)) {
            // Most articles are untouched between versions: no need to tokenise them.
            return new Result(
                    oldText.isEmpty()
                            ? List.of()
                            : List.of(new Segment(Segment.Type.SAME, oldText)),
                    0,
                    0);
        }
        List<String> oldTokens = WordTokenizer.tokenize(oldText);
        List<String> newTokens = WordTokenizer.tokenize(newText);
        // Myers costs grow with the number of differences: a whole added or removed text needs no
        // search at all.
        if (oldText.isEmpty()) {
            return new Result(
                    List.of(new Segment(Segment.Type.ADDED, newText)), countWords(newTokens), 0);
        }
        if (newText.isEmpty()) {
            return new Result(
                    List.of(new Segment(Segment.Type.REMOVED, oldText)), 0, countWords(oldTokens));
        }
        List<Segment> raw = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int oldPosition = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            List<String> gone = delta.getSource().getLines();
            List<String> come = delta.getTarget().getLines();
            append(
                    raw,
                    Segment.Type.SAME,
                    oldTokens.subList(oldPosition, delta.getSource().getPosition()));
            append(raw, Segment.Type.REMOVED, gone);
            append(raw, Segment.Type.ADDED, come);
            removed += countWords(gone);
            added += countWords(come);
            oldPosition = delta.getSource().getPosition() + gone.size();
        }
        append(raw, Segment.Type.SAME, oldTokens.subList(oldPosition, oldTokens.size()));
        return new Result(absorbSpacesBetweenChanges(raw), added, removed);
    }

    private static void append(List<Segment> segments, Segment.Type type, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).type() == type) {
            segments.set(last, new Segment(type, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(type, text));
        }
    }

    private static int countWords(List<String> tokens) {
        int words = 0;
        for (String token : tokens) {
            if (WordTokenizer.isWord(token)) {
                words++;
            }
        }
        return words;
    }

    /**
     * Rewriting a phrase otherwise reads as "-de +het gemeente -Tilburg +Breda" with the spaces as
     * shared text; a space alone between two changes joins them, so the reader sees the old phrase
     * and then the new one.
     */
    private static List<Segment> absorbSpacesBetweenChanges(List<Segment> raw) {
        List<Segment> result = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            Segment segment = raw.get(i);
            switch (segment.type()) {
                case REMOVED -> removed.append(segment.text());
                case ADDED -> added.append(segment.text());
                case SAME -> {
                    if (i > 0 && i < raw.size() - 1 && segment.text().isBlank()) {
                        removed.append(segment.text());
                        added.append(segment.text());
                    } else {
                        flush(result, removed, added);
                        result.add(segment);
                    }
                }
            }
        }
        flush(result, removed, added);
        return result;
    }

    private static void flush(List<Segment> result, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            result.add(new Segment(Segment.Type.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            result.add(new Segment(Segment.Type.ADDED, added.toString()));
            added.setLength(0);
        }
    }
}

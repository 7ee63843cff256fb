package nl.brabant.regiotafel.agreement.compare;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into words, runs of whitespace and single other characters, so that the tokens joined
 * give the text back. It walks grapheme clusters rather than chars, so a diff never splits a
 * surrogate pair, an emoji sequence or a letter from its accent.
 */
final class WordTokenizer {

    private enum Kind {
        WORD,
        SPACE,
        OTHER
    }

    private WordTokenizer() {}

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        // BreakIterator is stateful and not thread-safe, so each call gets its own; the comparator
        // is a singleton.
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int tokenStart = 0;
        Kind tokenKind = null;
        for (int start = clusters.first(), end = clusters.next();
                end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            Kind kind = kindOf(text.codePointAt(start));
            boolean continues =
                    (tokenKind == kind && kind != Kind.OTHER)
                            || joinsWord(text, tokenKind, kind, start, end);
            if (!continues && tokenKind != null) {
                tokens.add(text.substring(tokenStart, start));
                tokenStart = start;
            }
            tokenKind = continues ? tokenKind : kind;
        }
        tokens.add(text.substring(tokenStart));
        return tokens;
    }

    static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
    }

    private static Kind kindOf(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return Kind.WORD;
        }
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                ? Kind.SPACE
                : Kind.OTHER;
    }

    /** Keeps "auto's" and "zo'n" one word: an apostrophe between letters belongs to the word. */
    private static boolean joinsWord(String text, Kind previous, Kind kind, int start, int end) {
        if (previous != Kind.WORD
                || kind != Kind.OTHER
                || end - start != 1
                || end >= text.length()) {
            return false;
        }
        char c = text.charAt(start);
        return (c == '\'' || c == '\u2019') && Character.isLetterOrDigit(text.codePointAt(end));
    }
}

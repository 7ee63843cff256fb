package nl.brabant.regiotafel.agreement.word;

import java.util.List;

/**
 * What a Word file would become: the articles in order, and what the import leaves out. Nothing is
 * stored yet; the person sees this first.
 */
public record WordImport(String fileName, List<Article> articles, List<Dropped> dropped) {

    public WordImport {
        articles = List.copyOf(articles);
        dropped = List.copyOf(dropped);
    }

    /** An article to be made: its heading and its text as Markdown. */
    public record Article(String heading, String body) {}

    /** Something in the file that does not come along, and how often it occurs. */
    public record Dropped(Kind kind, int count) {}

    /** Shown as {@code word.dropped.KIND} with the count. */
    public enum Kind {
        IMAGE,
        COMMENT,
        TRACKED_CHANGE,
        FOOTNOTE,
        TEXT_BEFORE_FIRST_HEADING,
        APPENDIX,
        MERGED_CELLS,
        NESTED_TABLE,
        CONTENT_CONTROL
    }
}

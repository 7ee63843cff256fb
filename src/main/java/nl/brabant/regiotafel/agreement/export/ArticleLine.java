package nl.brabant.regiotafel.agreement.export;

/**
 * A numbered article. {@code plainBody} is already plain text: paragraphs are separated by blank
 * lines and list items stand on their own lines, starting with "- ". {@code markdownBody} is the
 * text as written, for exports that keep its formatting (Word); null when not given.
 */
public record ArticleLine(int number, String heading, String plainBody, String markdownBody) {

    public ArticleLine(int number, String heading, String plainBody) {
        this(number, heading, plainBody, null);
    }
}

package nl.brabant.regiotafel.agreement.export;

/**
 * A numbered article. {@code plainBody} is already plain text: paragraphs are separated by blank
 * lines and list items stand on their own lines, starting with "- ".
 */
public record ArticleLine(int number, String heading, String plainBody) {}

package nl.brabant.regiotafel.agreement.compare;

/**
 * An article as it stood in one version of an agreement. The id survives edits and moves, so it is
 * what ties the two versions together; heading and body may be null and are compared as plain text,
 * Markdown and all.
 */
public record ArticleText(long articleId, String heading, String body) {}

package nl.brabant.regiotafel.agreement;

/** An article as it stands now; {@code revision} is what an edit must be based on. */
public record ArticleRow(long id, int number, String heading, String body, long revision) {}

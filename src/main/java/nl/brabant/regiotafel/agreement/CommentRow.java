package nl.brabant.regiotafel.agreement;

import java.time.Instant;

public record CommentRow(
        long id,
        long articleId,
        Long parentId,
        String author,
        String quote,
        String text,
        boolean resolved,
        Instant at) {}

package nl.brabant.regiotafel.agreement;

import java.time.Instant;

/**
 * One entry of the history: which article, what kind of change, by whom, when; {@code remark} says
 * where an imported text came from (else null).
 */
public record RevisionRow(
        long number,
        long articleId,
        RevisionKind kind,
        String heading,
        String author,
        Instant at,
        String remark) {}

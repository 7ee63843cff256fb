package nl.brabant.regiotafel.agreement;

import java.time.Instant;

public record NamedVersionRow(
        long id,
        String name,
        long revisionNumber,
        boolean frozen,
        String createdBy,
        Instant createdAt) {}

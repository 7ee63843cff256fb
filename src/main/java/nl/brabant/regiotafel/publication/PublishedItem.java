package nl.brabant.regiotafel.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published, not withdrawn item as the public lists and feeds show it. {@code organisations} are
 * TOOI identifiers (the province always, a municipality where its CBS code is known).
 */
public record PublishedItem(
        String publicId,
        String regionCode,
        String regionName,
        PublicationKind kind,
        String title,
        LocalDate documentDate,
        Instant publishedAt,
        String organisations,
        String fileName) {

    public List<String> organisationIds() {
        return organisations.isBlank() ? List.of() : List.of(organisations.split(" "));
    }
}

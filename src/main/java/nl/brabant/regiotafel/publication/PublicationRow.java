package nl.brabant.regiotafel.publication;

import java.time.Instant;

/**
 * A publication as the page of its meeting or agreement lists it, withdrawn ones included with who
 * withdrew it, when and why. {@code publicPath} is its address on the public site.
 */
public record PublicationRow(
        long id,
        PublicationKind kind,
        String title,
        Instant publishedAt,
        String publishedBy,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason,
        String publicPath) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    static PublicationRow of(Publication p) {
        return new PublicationRow(
                p.getId(),
                p.getKind(),
                p.getTitle(),
                p.getPublishedAt(),
                p.getPublishedByName(),
                p.getWithdrawnAt(),
                p.getWithdrawnByName(),
                p.getWithdrawalReason(),
                PublicRoutes.publication(p.getPublicId()));
    }
}

package nl.brabant.regiotafel.publication;

import java.util.List;
import java.util.Optional;
import nl.brabant.regiotafel.region.PublicRegionDirectory;
import nl.brabant.regiotafel.region.RegionSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public site may show, for anybody, signed in or not: published items that were not
 * withdrawn, and nothing else. Every read goes through the "not withdrawn" queries of {@link
 * PublicationRepository}; an id that is malformed, unknown, withdrawn or never published gives the
 * same empty answer.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PublicSite {

    /** A published item's page: its metadata and lines (agenda items, decisions, adoptions). */
    public record PublicPage(PublishedItem item, List<Line> lines) {}

    /** A line of a public page. */
    public record Line(String label, String text) {}

    /** A published PDF. */
    public record PublicDocument(String fileName, byte[] content) {}

    private final PublicationRepository publications;
    private final PublicRegionDirectory regions;

    PublicSite(PublicationRepository publications, PublicRegionDirectory regions) {
        this.publications = publications;
        this.regions = regions;
    }

    public List<RegionSummary> regions() {
        return regions.regions();
    }

    public Optional<RegionSummary> region(String code) {
        return code == null || code.length() > 8 ? Optional.empty() : regions.region(code);
    }

    public List<PublishedItem> published(String regionCode) {
        return publications.findPublicInRegion(regionCode);
    }

    /** Everything published, newest first, for the feeds. */
    public List<PublishedItem> published() {
        return publications.findAllPublic();
    }

    public Optional<PublicPage> page(String publicId) {
        return find(publicId)
                .map(
                        p ->
                                new PublicPage(
                                        item(p),
                                        p.getLines().stream()
                                                .map(l -> new Line(l.getLabel(), l.getText()))
                                                .toList()));
    }

    public Optional<PublicDocument> document(String publicId, String fileName) {
        return find(publicId)
                .filter(p -> p.getFileName().equals(fileName))
                .map(p -> new PublicDocument(p.getFileName(), p.getPdf()));
    }

    private Optional<Publication> find(String publicId) {
        return PublicIds.wellFormed(publicId)
                ? publications.findPublic(publicId)
                : Optional.empty();
    }

    private static PublishedItem item(Publication p) {
        return new PublishedItem(
                p.getPublicId(),
                p.getRegionCode(),
                p.getRegionName(),
                p.getKind(),
                p.getTitle(),
                p.getDocumentDate(),
                p.getPublishedAt(),
                p.getOrganisations(),
                p.getFileName());
    }
}

package nl.brabant.regiotafel.publication;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot of something made public, taken when it was published: the public site reads only
 * these, never the working data. Withdrawn ones stay, with who, when and why.
 */
@Entity
@Table(name = "publication")
class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 16)
    private String publicId;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "region_code", nullable = false, length = 8)
    private String regionCode;

    @Column(name = "region_name", nullable = false, length = 120)
    private String regionName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PublicationKind kind;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    /** The TOOI identifiers of the organisations behind it, space-separated. */
    @Column(nullable = false, length = 4000)
    private String organisations;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_line", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    private List<PublicationLine> lines = new ArrayList<>();

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private Long publishedBy;

    @Column(name = "published_by_name", nullable = false, length = 200)
    private String publishedByName;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_by_name", length = 200)
    private String withdrawnByName;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    protected Publication() {}

    Publication(
            String publicId,
            PublicationKind kind,
            long sourceId,
            long regionId,
            String regionCode,
            String regionName,
            String title,
            LocalDate documentDate) {
        this.publicId = publicId;
        this.kind = kind;
        this.sourceId = sourceId;
        this.regionId = regionId;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.title = title;
        this.documentDate = documentDate;
    }

    void content(String organisations, String fileName, byte[] pdf, List<PublicationLine> lines) {
        this.organisations = organisations;
        this.fileName = fileName;
        this.pdf = pdf;
        this.lines = new ArrayList<>(lines);
    }

    void published(Instant at, long by, String byName) {
        this.publishedAt = at;
        this.publishedBy = by;
        this.publishedByName = byName;
    }

    void withdraw(Instant at, long by, String byName, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawnByName = byName;
        this.withdrawalReason = reason;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    Long getId() {
        return id;
    }

    String getPublicId() {
        return publicId;
    }

    Long getRegionId() {
        return regionId;
    }

    String getRegionCode() {
        return regionCode;
    }

    String getRegionName() {
        return regionName;
    }

    PublicationKind getKind() {
        return kind;
    }

    Long getSourceId() {
        return sourceId;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDocumentDate() {
        return documentDate;
    }

    String getOrganisations() {
        return organisations;
    }

    String getFileName() {
        return fileName;
    }

    byte[] getPdf() {
        return pdf;
    }

    List<PublicationLine> getLines() {
        return lines;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getPublishedByName() {
        return publishedByName;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    String getWithdrawnByName() {
        return withdrawnByName;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }
}

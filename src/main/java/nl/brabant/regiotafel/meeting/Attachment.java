package nl.brabant.regiotafel.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an agenda item; the bytes live in the file store under {@code storedName}. */
@Entity
@Table(name = "attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "stored_name", nullable = false, unique = true, length = 64)
    private String storedName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.now();

    @Column(nullable = false)
    private boolean confidential;

    protected Attachment() {}

    Attachment(
            AgendaItem agendaItem,
            String originalName,
            String storedName,
            String mediaType,
            long sizeBytes,
            Long uploadedBy) {
        this.agendaItem = agendaItem;
        this.originalName = originalName;
        this.storedName = storedName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
    }

    Long getId() {
        return id;
    }

    AgendaItem getAgendaItem() {
        return agendaItem;
    }

    String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    boolean isConfidential() {
        return confidential;
    }

    void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }
}

package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The current state of one article; its history lives in {@link Revision}s. */
@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String heading;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(nullable = false)
    private boolean deleted;

    /** The number of the revision this state came from: a save must be based on it. */
    @Column(name = "current_revision", nullable = false)
    private long currentRevision;

    @Version private long version;

    protected Article() {}

    Article(Long agreementId, int position, String heading, String body) {
        this.agreementId = agreementId;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    void apply(Revision revision) {
        this.heading = revision.getHeading();
        this.body = revision.getBody();
        this.position = revision.getPosition();
        this.deleted = revision.isDeleted();
        this.currentRevision = revision.getNumber();
    }

    Long getId() {
        return id;
    }

    Long getAgreementId() {
        return agreementId;
    }

    int getPosition() {
        return position;
    }

    String getHeading() {
        return heading;
    }

    String getBody() {
        return body;
    }

    boolean isDeleted() {
        return deleted;
    }

    long getCurrentRevision() {
        return currentRevision;
    }
}

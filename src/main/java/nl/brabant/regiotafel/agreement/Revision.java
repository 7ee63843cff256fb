package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One save of one article, holding its whole state then. Never updated, never deleted. */
@Entity
@Table(name = "revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RevisionKind kind;

    @Column(nullable = false, length = 300)
    private String heading;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean deleted;

    /** False for a conflict copy: kept in the history, never the article's text. */
    @Column(nullable = false)
    private boolean applied = true;

    @Column(name = "based_on")
    private Long basedOn;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** Where the text came from when nobody typed it (the Word file of an import); else null. */
    @Column(length = 255)
    private String remark;

    protected Revision() {}

    Revision(
            Long agreementId,
            Long articleId,
            long number,
            RevisionKind kind,
            String heading,
            String body,
            int position,
            boolean deleted,
            Long basedOn,
            Long authorId) {
        this.agreementId = agreementId;
        this.articleId = articleId;
        this.number = number;
        this.kind = kind;
        this.heading = heading;
        this.body = body;
        this.position = position;
        this.deleted = deleted;
        this.basedOn = basedOn;
        this.authorId = authorId;
        this.applied = kind != RevisionKind.CONFLICT_COPY;
    }

    Revision withRemark(String remark) {
        this.remark = remark;
        return this;
    }

    Long getId() {
        return id;
    }

    Long getArticleId() {
        return articleId;
    }

    long getNumber() {
        return number;
    }

    RevisionKind getKind() {
        return kind;
    }

    String getHeading() {
        return heading;
    }

    String getBody() {
        return body;
    }

    int getPosition() {
        return position;
    }

    boolean isDeleted() {
        return deleted;
    }

    boolean isApplied() {
        return applied;
    }

    Long getBasedOn() {
        return basedOn;
    }

    Long getAuthorId() {
        return authorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getRemark() {
        return remark;
    }
}

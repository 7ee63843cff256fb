package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on an article, optionally quoting a passage; replies point to their parent. */
@Entity
@Table(name = "agreement_comment")
class AgreementComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(length = 1000)
    private String quote;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected AgreementComment() {}

    AgreementComment(
            Long agreementId,
            Long articleId,
            Long parentId,
            Long authorId,
            String quote,
            String text) {
        this.agreementId = agreementId;
        this.articleId = articleId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.quote = quote;
        this.text = text;
    }

    Long getId() {
        return id;
    }

    Long getAgreementId() {
        return agreementId;
    }

    Long getArticleId() {
        return articleId;
    }

    Long getParentId() {
        return parentId;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getQuote() {
        return quote;
    }

    String getText() {
        return text;
    }

    boolean isResolved() {
        return resolved;
    }

    void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

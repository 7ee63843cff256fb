package nl.brabant.regiotafel.agreement;

import java.util.List;
import nl.brabant.regiotafel.collaboration.DocumentChange;

/**
 * What changed in an agreement, published by its services through Spring's application events and
 * relayed to the agreement's open windows once the change is committed ({@link
 * AgreementEventRelay}). Each window updates exactly the part named here; {@code by} is the user
 * who made the change.
 */
public sealed interface AgreementEvent extends DocumentChange {

    long agreementId();

    long by();

    @Override
    default String documentKey() {
        return documentKey(agreementId());
    }

    /** The key under which the collaboration hub knows an agreement. */
    static String documentKey(long agreementId) {
        return "agreement-" + agreementId;
    }

    /** A new article, at the end. */
    record ArticleAdded(long agreementId, ArticleRow article, long by) implements AgreementEvent {}

    /** An article's new text, as saved (its revision is what the next edit must be based on). */
    record ArticleSaved(long agreementId, ArticleRow article, long by) implements AgreementEvent {

        public long articleId() {
            return article.id();
        }

        public long revision() {
            return article.revision();
        }
    }

    /** An article was removed; {@code articles} are the remaining ones, renumbered. */
    record ArticleDeleted(long agreementId, long articleId, List<ArticleRow> articles, long by)
            implements AgreementEvent {}

    /** The articles in their new order (moved articles carry a new revision). */
    record ArticlesReordered(long agreementId, List<ArticleRow> articles, long by)
            implements AgreementEvent {}

    /**
     * The text was made what it was at {@code restoredTo}: any article may have changed, and the
     * latest revision is now {@code revisionCount}.
     */
    record AgreementRestored(long agreementId, long restoredTo, long revisionCount, long by)
            implements AgreementEvent {}

    /**
     * A refused save was kept in the history (as {@code revision}); the article's text is
     * unchanged.
     */
    record ConflictCopyKept(long agreementId, long articleId, long revision, long by)
            implements AgreementEvent {}

    record VersionNamed(long agreementId, long versionId, long by) implements AgreementEvent {}

    record CommentAdded(long agreementId, long articleId, long commentId, long by)
            implements AgreementEvent {}

    record CommentResolved(
            long agreementId, long articleId, long commentId, boolean resolved, long by)
            implements AgreementEvent {}

    record StatusChanged(long agreementId, AgreementStatus status, long by)
            implements AgreementEvent {}

    record AdoptionRecorded(long agreementId, long municipalityId, long by)
            implements AgreementEvent {}

    /** A commitment was added or its progress reported. */
    record CommitmentsChanged(long agreementId, long commitmentId, long by)
            implements AgreementEvent {}
}

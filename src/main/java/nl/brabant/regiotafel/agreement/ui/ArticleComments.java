package nl.brabant.regiotafel.agreement.ui;

import java.util.List;
import java.util.function.LongConsumer;
import nl.brabant.regiotafel.agreement.CommentRow;
import nl.brabant.regiotafel.agreement.CommentService;

/**
 * The agreement's comments as this window shows them, read once per change, and each article's
 * thread.
 */
final class ArticleComments {

    private final long agreementId;
    private final boolean mayComment;
    private final CommentService comments;
    private final LongConsumer changedHere;
    private List<CommentRow> rows;

    /**
     * @param changedHere gets the article this person commented on or resolved a comment of
     */
    ArticleComments(
            long agreementId,
            boolean mayComment,
            CommentService comments,
            LongConsumer changedHere) {
        this.agreementId = agreementId;
        this.mayComment = mayComment;
        this.comments = comments;
        this.changedHere = changedHere;
        this.rows = comments.of(agreementId);
    }

    CommentsBlock threadOf(long articleId) {
        return new CommentsBlock(
                articleId, rows, mayComment, comments, () -> changedHere.accept(articleId));
    }

    /** Whether this window shows the comment, resolved or open as given ({@code null}: either). */
    boolean shows(long commentId, Boolean resolved) {
        return rows.stream()
                .anyMatch(
                        c -> c.id() == commentId && (resolved == null || c.resolved() == resolved));
    }

    void reload() {
        rows = comments.of(agreementId);
    }
}

package nl.brabant.regiotafel.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Threaded comments on articles, with @mentions that notify the people named. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CommentService {

    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final AgreementAccess access;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final NotificationService notifications;
    private final AgreementEvents events;

    CommentService(
            CommentRepository comments,
            ArticleRepository articles,
            AgreementAccess access,
            PeopleDirectory people,
            AuditLog audit,
            NotificationService notifications,
            AgreementEvents events) {
        this.events = events;
        this.notifications = notifications;
        this.comments = comments;
        this.articles = articles;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    /** Region members and the province comment at any time; stakeholders only in consultation. */
    public long comment(long articleId, Long parentId, String quote, String text) {
        Article article =
                articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.readable(article.getAgreementId());
        if (!access.mayComment(agreement)) {
            throw new AccessDeniedException("may not comment");
        }
        if (parentId != null
                && comments.findById(parentId)
                        .filter(p -> p.getArticleId().equals(articleId))
                        .isEmpty()) {
            throw new UserInputException("comment.error.parent");
        }
        String clean = AgreementRules.required(text, 5000, "comment.error.text");
        AgreementComment saved =
                comments.save(
                        new AgreementComment(
                                agreement.getId(),
                                articleId,
                                parentId,
                                people.me().id(),
                                AgreementRules.optional(quote, 1000, "comment.error.quote"),
                                clean));
        audit.record(agreement, AuditAction.COMMENTED, article.getHeading());
        events.publish(
                new AgreementEvent.CommentAdded(
                        agreement.getId(), articleId, saved.getId(), events.by()));
        notifyMentioned(agreement, article, clean);
        return saved.getId();
    }

    /** "@Karin Mutsaers" in a comment tells Karin, if she may read the agreement's region. */
    private void notifyMentioned(Agreement agreement, Article article, String text) {
        if (!text.contains("@")) {
            return;
        }
        long me = people.me().id();
        List<Long> mentioned =
                people.membersOf(agreement.getRegion().getId()).stream()
                        .filter(p -> p.id() != me && text.contains("@" + p.displayName()))
                        .map(PersonSummary::id)
                        .toList();
        if (!mentioned.isEmpty()) {
            notifications.notify(
                    mentioned,
                    NotificationKind.MENTIONED,
                    article.getHeading() + " (" + agreement.getTitle() + ")",
                    AgreementRoutes.agreement(agreement.getRegion().getCode(), agreement.getId()),
                    agreement.getRegion().getName());
        }
    }

    public void resolve(long commentId, boolean resolved) {
        AgreementComment comment =
                comments.findById(commentId).orElseThrow(() -> new NotFoundException("comment"));
        Agreement agreement = access.readable(comment.getAgreementId());
        boolean author = comment.getAuthorId().equals(people.me().id());
        if (!author && !access.may(Action.EDIT_AGREEMENT, agreement)) {
            throw new AccessDeniedException("may not resolve");
        }
        comment.setResolved(resolved);
        events.publish(
                new AgreementEvent.CommentResolved(
                        agreement.getId(),
                        comment.getArticleId(),
                        commentId,
                        resolved,
                        events.by()));
    }

    @Transactional(readOnly = true)
    public List<CommentRow> of(long agreementId) {
        access.readable(agreementId);
        List<AgreementComment> all =
                comments.findByAgreementIdOrderByCreatedAtAscIdAsc(agreementId);
        Set<Long> authorIds = new HashSet<>();
        all.forEach(c -> authorIds.add(c.getAuthorId()));
        Map<Long, PersonSummary> authors = people.byIds(authorIds);
        return all.stream()
                .map(
                        c ->
                                new CommentRow(
                                        c.getId(),
                                        c.getArticleId(),
                                        c.getParentId(),
                                        authors.containsKey(c.getAuthorId())
                                                ? authors.get(c.getAuthorId()).displayName()
                                                : "",
                                        c.getQuote(),
                                        c.getText(),
                                        c.isResolved(),
                                        c.getCreatedAt()))
                .toList();
    }
}

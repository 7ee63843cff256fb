package nl.brabant.regiotafel.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.agreement.compare.ArticleText;
import nl.brabant.regiotafel.agreement.compare.Comparison;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement's past: the revision history, named versions, the text at any revision, comparing
 * two revisions, and restoring one as new revisions on top (history is never rewritten).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgreementHistoryService {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final NamedVersionRepository versions;
    private final AgreementAccess access;
    private final AgreementService documents;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final AgreementComparator comparator;
    private final AgreementEvents events;

    AgreementHistoryService(
            ArticleRepository articles,
            RevisionRepository revisions,
            NamedVersionRepository versions,
            AgreementAccess access,
            AgreementService documents,
            PeopleDirectory people,
            AuditLog audit,
            AgreementComparator comparator,
            AgreementEvents events) {
        this.events = events;
        this.articles = articles;
        this.revisions = revisions;
        this.versions = versions;
        this.access = access;
        this.documents = documents;
        this.people = people;
        this.audit = audit;
        this.comparator = comparator;
    }

    public long nameVersion(long agreementId, String name) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        String clean = AgreementRules.requiredLine(name, 200, "agreement.error.versionName");
        NamedVersion version =
                versions.save(
                        new NamedVersion(
                                agreementId,
                                clean,
                                agreement.getRevisionCount(),
                                false,
                                people.me().id()));
        audit.record(agreement, AuditAction.VERSION_NAMED, clean);
        events.publish(new AgreementEvent.VersionNamed(agreementId, version.getId(), events.by()));
        return version.getId();
    }

    @Transactional(readOnly = true)
    public List<NamedVersionRow> versions(long agreementId) {
        access.readable(agreementId);
        List<NamedVersion> all =
                versions.findByAgreementIdOrderByRevisionNumberDescIdDesc(agreementId);
        Map<Long, PersonSummary> authors =
                people.byIds(
                        all.stream()
                                .map(NamedVersion::getCreatedBy)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet()));
        return all.stream()
                .map(
                        v ->
                                new NamedVersionRow(
                                        v.getId(),
                                        v.getName(),
                                        v.getRevisionNumber(),
                                        v.isFrozen(),
                                        v.getCreatedBy() == null
                                                        || authors.get(v.getCreatedBy()) == null
                                                ? ""
                                                : authors.get(v.getCreatedBy()).displayName(),
                                        v.getCreatedAt()))
                .toList();
    }

    /** The history, newest first, optionally for one article and/or one author. */
    @Transactional(readOnly = true)
    public List<RevisionRow> history(
            long agreementId, Long articleId, Long authorId, int offset, int limit) {
        access.readable(agreementId);
        int size = Math.max(1, limit);
        List<Revision> page =
                revisions.history(
                        agreementId, articleId, authorId, PageRequest.of(offset / size, size));
        Set<Long> authorIds = new HashSet<>();
        page.forEach(
                r -> {
                    if (r.getAuthorId() != null) {
                        authorIds.add(r.getAuthorId());
                    }
                });
        Map<Long, PersonSummary> authors = people.byIds(authorIds);
        return page.stream()
                .map(
                        r ->
                                new RevisionRow(
                                        r.getNumber(),
                                        r.getArticleId(),
                                        r.getKind(),
                                        r.getHeading(),
                                        r.getAuthorId() == null
                                                        || authors.get(r.getAuthorId()) == null
                                                ? ""
                                                : authors.get(r.getAuthorId()).displayName(),
                                        r.getCreatedAt(),
                                        r.getRemark()))
                .toList();
    }

    /** The document (articles in order) as it stood at a revision number. */
    @Transactional(readOnly = true)
    public List<ArticleRow> stateAt(long agreementId, long revisionNumber) {
        access.readable(agreementId);
        List<ArticleRow> rows = new ArrayList<>();
        for (Revision r : revisions.stateAt(agreementId, revisionNumber)) {
            if (!r.isDeleted()) {
                rows.add(
                        new ArticleRow(
                                r.getArticleId(),
                                rows.size() + 1,
                                r.getHeading(),
                                r.getBody(),
                                r.getNumber()));
            }
        }
        return rows;
    }

    /** Compares the document at two revision numbers, article by article, word by word. */
    @Transactional(readOnly = true)
    public Comparison compare(long agreementId, long fromRevision, long toRevision) {
        return comparator.compare(
                texts(stateAt(agreementId, fromRevision)), texts(stateAt(agreementId, toRevision)));
    }

    /**
     * Makes the document what it was at a revision number, as new revisions on top: history is
     * never rewritten, and the restore itself can be undone by restoring again.
     */
    public long restore(long agreementId, long revisionNumber) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        if (revisionNumber < 1 || revisionNumber > agreement.getRevisionCount()) {
            throw new NotFoundException("revision");
        }
        Map<Long, Revision> target =
                revisions.stateAt(agreementId, revisionNumber).stream()
                        .collect(Collectors.toMap(Revision::getArticleId, r -> r));
        for (Article article : articles.findAllOf(agreementId)) {
            Revision then = target.get(article.getId());
            boolean existedThen = then != null && !then.isDeleted();
            if (!existedThen && !article.isDeleted()) {
                article.apply(
                        documents.newRevision(
                                agreement,
                                article,
                                RevisionKind.RESTORE,
                                article.getHeading(),
                                article.getBody(),
                                article.getPosition(),
                                true,
                                article.getCurrentRevision()));
            } else if (existedThen && (article.isDeleted() || !same(article, then))) {
                article.apply(
                        documents.newRevision(
                                agreement,
                                article,
                                RevisionKind.RESTORE,
                                then.getHeading(),
                                then.getBody(),
                                then.getPosition(),
                                false,
                                article.getCurrentRevision()));
            }
        }
        audit.record(agreement, AuditAction.RESTORED, "#" + revisionNumber);
        events.publish(
                new AgreementEvent.AgreementRestored(
                        agreementId, revisionNumber, agreement.getRevisionCount(), events.by()));
        return agreement.getRevisionCount();
    }

    private static List<ArticleText> texts(List<ArticleRow> rows) {
        return rows.stream().map(r -> new ArticleText(r.id(), r.heading(), r.body())).toList();
    }

    private static boolean same(Article article, Revision revision) {
        return Objects.equals(article.getHeading(), revision.getHeading())
                && Objects.equals(article.getBody(), revision.getBody())
                && article.getPosition() == revision.getPosition();
    }
}

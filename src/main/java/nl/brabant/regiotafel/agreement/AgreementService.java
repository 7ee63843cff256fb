package nl.brabant.regiotafel.agreement;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticleAdded;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticleDeleted;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticleSaved;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticlesReordered;
import nl.brabant.regiotafel.agreement.AgreementEvent.ConflictCopyKept;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Region;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement document: its articles, every save as a revision, and refusing a save that was not
 * based on the latest text (keeping it in the history instead). The past is {@link
 * AgreementHistoryService}'s. Every change is published as an {@link AgreementEvent}.
 *
 * <p>Longer than 250 lines: adding, saving, deleting and moving an article and keeping unsaved text
 * all take the agreement's lock, number their revision from its one counter and publish the same
 * events, so the agreement and its articles stay one service; its past, exports, life cycle,
 * comments and audit are services of their own.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgreementService {

    private final AgreementRepository agreements;
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final AdoptionRepository adoptions;
    private final AgreementAccess access;
    private final AccessPolicy policy;
    private final PeopleDirectory people;
    private final RegionService regions;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final AgreementEvents events;

    AgreementService(
            AgreementRepository agreements,
            ArticleRepository articles,
            RevisionRepository revisions,
            AdoptionRepository adoptions,
            AgreementAccess access,
            AccessPolicy policy,
            PeopleDirectory people,
            RegionService regions,
            AuditLog audit,
            EntityManager entityManager,
            AgreementEvents events) {
        this.agreements = agreements;
        this.articles = articles;
        this.revisions = revisions;
        this.adoptions = adoptions;
        this.access = access;
        this.policy = policy;
        this.people = people;
        this.regions = regions;
        this.audit = audit;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AgreementRow> ofRegion(long regionId) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return agreements.findByRegion(regionId).stream()
                .filter(access::mayRead)
                .map(
                        a ->
                                new AgreementRow(
                                        a.getId(), a.getTitle(), a.getScope(), a.getStatus(), null))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayCreate(long regionId) {
        return policy.may(Action.EDIT_AGREEMENT, regionId);
    }

    public long create(
            long regionId,
            String title,
            AgreementScope scope,
            Set<Theme> themes,
            Set<Long> municipalityIds) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        policy.requireAction(Action.EDIT_AGREEMENT, regionId, false);
        String cleanTitle = AgreementRules.requiredLine(title, 200, "agreement.error.title");
        if (scope == null) {
            throw new UserInputException("agreement.error.scope");
        }
        Map<Long, String> ofRegion = regions.municipalities(regionId);
        if (municipalityIds == null
                || municipalityIds.isEmpty()
                || !ofRegion.keySet().containsAll(municipalityIds)) {
            throw new UserInputException("agreement.error.municipalities");
        }
        Region region = entityManager.find(Region.class, regionId);
        Agreement agreement =
                agreements.save(
                        new Agreement(
                                region,
                                cleanTitle,
                                scope,
                                themes == null || themes.isEmpty()
                                        ? EnumSet.of(Theme.HOUSING)
                                        : themes,
                                municipalityIds,
                                people.me().id(),
                                null));
        audit.record(agreement, AuditAction.CREATED, cleanTitle);
        return agreement.getId();
    }

    @Transactional(readOnly = true)
    public AgreementDetails get(long agreementId) {
        Agreement a = access.readable(agreementId);
        Region region = a.getRegion();
        Map<Long, String> municipalities = new LinkedHashMap<>();
        regions.municipalities(region.getId())
                .forEach(
                        (id, name) -> {
                            if (a.getMunicipalityIds().contains(id)) {
                                municipalities.put(id, name);
                            }
                        });
        List<Article> current = articles.findCurrent(agreementId);
        List<ArticleRow> rows = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Article article = current.get(i);
            rows.add(
                    new ArticleRow(
                            article.getId(),
                            i + 1,
                            article.getHeading(),
                            article.getBody(),
                            article.getCurrentRevision()));
        }
        Map<Long, AdoptionRow> adopted = new HashMap<>();
        if (a.getFrozenVersionId() != null) {
            adoptions
                    .findByAgreementIdAndNamedVersionId(agreementId, a.getFrozenVersionId())
                    .forEach(
                            ad ->
                                    adopted.put(
                                            ad.getMunicipalityId(),
                                            new AdoptionRow(
                                                    ad.getMunicipalityId(),
                                                    municipalities.get(ad.getMunicipalityId()),
                                                    ad.getAdoptedOn(),
                                                    ad.getDecisionReference())));
        }
        boolean edit = access.may(Action.EDIT_AGREEMENT, a) && a.getStatus().textEditable();
        boolean comment = access.mayComment(a);
        Long adoptFor = null;
        if (a.getStatus() == AgreementStatus.ADOPTION_PENDING
                && access.may(Action.ADOPT_AGREEMENT, a)) {
            Long own = ownMunicipality();
            if (own != null && a.getMunicipalityIds().contains(own) && !adopted.containsKey(own)) {
                adoptFor = own;
            }
        }
        var may =
                new AgreementDetails.Permissions(
                        edit,
                        comment,
                        access.may(Action.CHANGE_AGREEMENT_STATUS, a),
                        adoptFor,
                        access.may(Action.READ_AGREEMENT_AUDIT, a));
        return new AgreementDetails(
                a.getId(),
                region.getId(),
                region.getCode(),
                region.getName(),
                a.getTitle(),
                a.getScope(),
                a.getStatus(),
                Set.copyOf(a.getThemes()),
                municipalities,
                rows,
                a.getRevisionCount(),
                a.getFrozenVersionId(),
                adopted,
                may);
    }

    public ArticleRow addArticle(long agreementId, String heading, String body) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        String h = AgreementRules.requiredLine(heading, 300, "agreement.error.heading");
        String b = AgreementRules.optional(body, AgreementRules.MAX_BODY, "agreement.error.body");
        int position = articles.findCurrent(agreementId).size() + 1;
        Article article = articles.save(new Article(agreementId, position, h, b));
        Revision revision =
                newRevision(agreement, article, RevisionKind.CREATE, h, b, position, false, null);
        article.apply(revision);
        audit.record(agreement, AuditAction.ARTICLE_ADDED, h);
        ArticleRow added = new ArticleRow(article.getId(), position, h, b, revision.getNumber());
        events.publish(new ArticleAdded(agreementId, added, events.by()));
        return added;
    }

    /**
     * Saves an article's text. The editor says which revision they started from; if someone saved
     * since, nothing changes, the editor's text is kept in the history, and the conflict is
     * reported.
     */
    @Transactional(noRollbackFor = ArticleConflictException.class)
    public ArticleRow saveArticle(long articleId, String heading, String body, long baseRevision) {
        Article article =
                articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        entityManager.refresh(article);
        if (article.isDeleted()) {
            throw new UserInputException("agreement.error.articleDeleted");
        }
        String h = AgreementRules.requiredLine(heading, 300, "agreement.error.heading");
        String b = AgreementRules.optional(body, AgreementRules.MAX_BODY, "agreement.error.body");
        if (article.getCurrentRevision() != baseRevision) {
            Revision copy =
                    newRevision(
                            agreement,
                            article,
                            RevisionKind.CONFLICT_COPY,
                            h,
                            b,
                            article.getPosition(),
                            false,
                            baseRevision);
            Revision theirs =
                    revisions
                            .findByNumber(agreement.getId(), article.getCurrentRevision())
                            .orElseThrow();
            String author =
                    theirs.getAuthorId() == null
                            ? ""
                            : people.find(theirs.getAuthorId())
                                    .map(PersonSummary::displayName)
                                    .orElse("");
            audit.record(agreement, AuditAction.CONFLICT_KEPT, h + " (#" + copy.getNumber() + ")");
            events.publish(
                    new ConflictCopyKept(
                            agreement.getId(), articleId, copy.getNumber(), events.by()));
            throw new ArticleConflictException(row(article), author, h, b, copy.getNumber());
        }
        if (h.equals(article.getHeading()) && Objects.equals(b, article.getBody())) {
            // Nothing changed: no revision, no event, no audit line; the caller sees the same
            // revision.
            return row(article);
        }
        Revision revision =
                newRevision(
                        agreement,
                        article,
                        RevisionKind.EDIT,
                        h,
                        b,
                        article.getPosition(),
                        false,
                        baseRevision);
        article.apply(revision);
        audit.record(agreement, AuditAction.ARTICLE_SAVED, h + " (#" + revision.getNumber() + ")");
        ArticleRow saved = row(article);
        events.publish(new ArticleSaved(agreement.getId(), saved, events.by()));
        return saved;
    }

    /** Removes an article; returns the remaining ones, renumbered. */
    public List<ArticleRow> deleteArticle(long articleId, long baseRevision) {
        Article article =
                articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        entityManager.refresh(article);
        if (article.getCurrentRevision() != baseRevision) {
            throw new UserInputException("common.error.conflict");
        }
        article.apply(
                newRevision(
                        agreement,
                        article,
                        RevisionKind.DELETE,
                        article.getHeading(),
                        article.getBody(),
                        article.getPosition(),
                        true,
                        baseRevision));
        List<ArticleRow> remaining = renumber(agreement, RevisionKind.MOVE);
        audit.record(agreement, AuditAction.ARTICLE_DELETED, article.getHeading());
        events.publish(new ArticleDeleted(agreement.getId(), articleId, remaining, events.by()));
        return remaining;
    }

    /**
     * Moves an article one place up (-1) or down (+1); the others keep their order. Returns the
     * articles in their order now (the moved ones carry a new revision).
     */
    public List<ArticleRow> moveArticle(long articleId, int delta) {
        Article article =
                articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        List<Article> current = new ArrayList<>(articles.findCurrent(agreement.getId()));
        int index = current.indexOf(article);
        int target = index + Integer.signum(delta);
        if (index < 0 || target < 0 || target >= current.size()) {
            return current.stream().map(this::row).toList();
        }
        current.remove(index);
        current.add(target, article);
        for (int i = 0; i < current.size(); i++) {
            Article a = current.get(i);
            if (a.getPosition() != i + 1) {
                a.apply(
                        newRevision(
                                agreement,
                                a,
                                RevisionKind.MOVE,
                                a.getHeading(),
                                a.getBody(),
                                i + 1,
                                false,
                                a.getCurrentRevision()));
            }
        }
        audit.record(agreement, AuditAction.ARTICLE_MOVED, article.getHeading());
        List<ArticleRow> order = current.stream().map(this::row).toList();
        events.publish(new ArticlesReordered(agreement.getId(), order, events.by()));
        return order;
    }

    /**
     * Keeps an editor's unsaved text in the history without making it the article's text, as a
     * refused save is kept: for an editor that lost the article to someone else, to the same
     * person's other window, or to a browser that was away too long. Returns the revision number.
     */
    public long keepUnsavedText(long articleId, String heading, String body, long baseRevision) {
        Article article =
                articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        String h =
                heading == null || heading.isBlank()
                        ? article.getHeading()
                        : AgreementRules.requiredLine(heading, 300, "agreement.error.heading");
        String b = AgreementRules.optional(body, AgreementRules.MAX_BODY, "agreement.error.body");
        Revision copy =
                newRevision(
                        agreement,
                        article,
                        RevisionKind.CONFLICT_COPY,
                        h,
                        b,
                        article.getPosition(),
                        false,
                        baseRevision);
        audit.record(agreement, AuditAction.CONFLICT_KEPT, h + " (#" + copy.getNumber() + ")");
        events.publish(
                new ConflictCopyKept(agreement.getId(), articleId, copy.getNumber(), events.by()));
        return copy.getNumber();
    }

    /** The key under which the collaboration hub knows this agreement. */
    public static String documentKey(long agreementId) {
        return AgreementEvent.documentKey(agreementId);
    }

    Long ownMunicipality() {
        PersonSummary me = people.me();
        return me.organisationId() == null
                ? null
                : regions.findOrganisation(me.organisationId())
                        .map(o -> o.municipalityId())
                        .orElse(null);
    }

    /** The article's next revision, numbered under the agreement's lock (restores use it too). */
    Revision newRevision(
            Agreement agreement,
            Article article,
            RevisionKind kind,
            String heading,
            String body,
            int position,
            boolean deleted,
            Long basedOn) {
        return newRevision(
                agreement, article, kind, heading, body, position, deleted, basedOn, null);
    }

    /** As above, with a remark on where the text came from (the Word file of an import). */
    Revision newRevision(
            Agreement agreement,
            Article article,
            RevisionKind kind,
            String heading,
            String body,
            int position,
            boolean deleted,
            Long basedOn,
            String remark) {
        return revisions.save(
                new Revision(
                                agreement.getId(),
                                article.getId(),
                                agreement.nextRevisionNumber(),
                                kind,
                                heading,
                                body,
                                position,
                                deleted,
                                basedOn,
                                people.me().id())
                        .withRemark(remark));
    }

    private List<ArticleRow> renumber(Agreement agreement, RevisionKind kind) {
        List<Article> current = articles.findCurrent(agreement.getId());
        for (int i = 0; i < current.size(); i++) {
            Article a = current.get(i);
            if (a.getPosition() != i + 1) {
                a.apply(
                        newRevision(
                                agreement,
                                a,
                                kind,
                                a.getHeading(),
                                a.getBody(),
                                i + 1,
                                false,
                                a.getCurrentRevision()));
            }
        }
        return current.stream().map(this::row).toList();
    }

    private ArticleRow row(Article article) {
        return new ArticleRow(
                article.getId(),
                article.getPosition(),
                article.getHeading(),
                article.getBody(),
                article.getCurrentRevision());
    }
}

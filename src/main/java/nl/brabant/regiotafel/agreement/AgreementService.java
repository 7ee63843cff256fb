package nl.brabant.regiotafel.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Region;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement document: its articles, every save as a revision, named versions, restoring and
 * refusing a save that was not based on the latest text (keeping it in the history instead).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgreementService {

    private final AgreementRepository agreements;
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final NamedVersionRepository versions;
    private final AdoptionRepository adoptions;
    private final AgreementAccess access;
    private final AccessPolicy policy;
    private final PeopleDirectory people;
    private final RegionService regions;
    private final AuditLog audit;
    private final jakarta.persistence.EntityManager entityManager;
    private final nl.brabant.regiotafel.agreement.compare.AgreementComparator comparator;

    AgreementService(AgreementRepository agreements, ArticleRepository articles, RevisionRepository revisions,
            NamedVersionRepository versions, AdoptionRepository adoptions, AgreementAccess access, AccessPolicy policy,
            PeopleDirectory people, RegionService regions, AuditLog audit, jakarta.persistence.EntityManager entityManager,
            nl.brabant.regiotafel.agreement.compare.AgreementComparator comparator) {
        this.comparator = comparator;
        this.agreements = agreements;
        this.articles = articles;
        this.revisions = revisions;
        this.versions = versions;
        this.adoptions = adoptions;
        this.access = access;
        this.policy = policy;
        this.people = people;
        this.regions = regions;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<AgreementRow> ofRegion(long regionId) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return agreements.findByRegion(regionId).stream().filter(access::mayRead)
                .map(a -> new AgreementRow(a.getId(), a.getTitle(), a.getScope(), a.getStatus(), null))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayCreate(long regionId) {
        return policy.may(Action.EDIT_AGREEMENT, regionId);
    }

    public long create(long regionId, String title, AgreementScope scope, Set<Theme> themes, Set<Long> municipalityIds) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        policy.requireAction(Action.EDIT_AGREEMENT, regionId, false);
        String cleanTitle = AgreementRules.requiredLine(title, 200, "agreement.error.title");
        if (scope == null) {
            throw new UserInputException("agreement.error.scope");
        }
        Map<Long, String> ofRegion = regions.municipalities(regionId);
        if (municipalityIds == null || municipalityIds.isEmpty() || !ofRegion.keySet().containsAll(municipalityIds)) {
            throw new UserInputException("agreement.error.municipalities");
        }
        Region region = entityManager.find(Region.class, regionId);
        Agreement agreement = agreements.save(new Agreement(region, cleanTitle, scope,
                themes == null || themes.isEmpty() ? EnumSet.of(Theme.HOUSING) : themes, municipalityIds,
                people.me().id(), null));
        audit.record(agreement, "CREATED", cleanTitle);
        return agreement.getId();
    }

    @Transactional(readOnly = true)
    public AgreementDetails get(long agreementId) {
        Agreement a = access.readable(agreementId);
        Region region = a.getRegion();
        Map<Long, String> municipalities = new LinkedHashMap<>();
        regions.municipalities(region.getId()).forEach((id, name) -> {
            if (a.getMunicipalityIds().contains(id)) {
                municipalities.put(id, name);
            }
        });
        List<Article> current = articles.findCurrent(agreementId);
        List<ArticleRow> rows = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Article article = current.get(i);
            rows.add(new ArticleRow(article.getId(), i + 1, article.getHeading(), article.getBody(),
                    article.getCurrentRevision()));
        }
        Map<Long, AdoptionRow> adopted = new HashMap<>();
        if (a.getFrozenVersionId() != null) {
            adoptions.findByAgreementIdAndNamedVersionId(agreementId, a.getFrozenVersionId()).forEach(ad ->
                    adopted.put(ad.getMunicipalityId(), new AdoptionRow(ad.getMunicipalityId(),
                            municipalities.get(ad.getMunicipalityId()), ad.getAdoptedOn(), ad.getDecisionReference())));
        }
        boolean edit = access.may(Action.EDIT_AGREEMENT, a) && a.getStatus().textEditable();
        boolean comment = (access.may(Action.COMMENT_AGREEMENT, a) && a.getStatus() != AgreementStatus.SUPERSEDED)
                || (a.getStatus() == AgreementStatus.CONSULTATION
                        && access.may(Action.COMMENT_AGREEMENT_IN_CONSULTATION, a));
        Long adoptFor = null;
        if (a.getStatus() == AgreementStatus.ADOPTION_PENDING && access.may(Action.ADOPT_AGREEMENT, a)) {
            Long own = ownMunicipality();
            if (own != null && a.getMunicipalityIds().contains(own) && !adopted.containsKey(own)) {
                adoptFor = own;
            }
        }
        var may = new AgreementDetails.Permissions(edit, comment, access.may(Action.CHANGE_AGREEMENT_STATUS, a),
                adoptFor, access.may(Action.READ_AGREEMENT_AUDIT, a));
        return new AgreementDetails(a.getId(), region.getId(), region.getCode(), region.getName(), a.getTitle(),
                a.getScope(), a.getStatus(), Set.copyOf(a.getThemes()), municipalities, rows, a.getRevisionCount(),
                a.getFrozenVersionId(), adopted, may);
    }

    public ArticleRow addArticle(long agreementId, String heading, String body) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        String h = AgreementRules.requiredLine(heading, 300, "agreement.error.heading");
        String b = AgreementRules.optional(body, AgreementRules.MAX_BODY, "agreement.error.body");
        int position = articles.findCurrent(agreementId).size() + 1;
        Article article = articles.save(new Article(agreementId, position, h, b));
        Revision revision = newRevision(agreement, article, RevisionKind.CREATE, h, b, position, false, null);
        article.apply(revision);
        audit.record(agreement, "ARTICLE_ADDED", h);
        return new ArticleRow(article.getId(), position, h, b, revision.getNumber());
    }

    /**
     * Saves an article's text. The editor says which revision they started from; if someone saved
     * since, nothing changes, the editor's text is kept in the history, and the conflict is reported.
     */
    @Transactional(noRollbackFor = ArticleConflictException.class)
    public ArticleRow saveArticle(long articleId, String heading, String body, long baseRevision) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        entityManager.refresh(article);
        if (article.isDeleted()) {
            throw new UserInputException("agreement.error.articleDeleted");
        }
        String h = AgreementRules.requiredLine(heading, 300, "agreement.error.heading");
        String b = AgreementRules.optional(body, AgreementRules.MAX_BODY, "agreement.error.body");
        if (article.getCurrentRevision() != baseRevision) {
            Revision copy = newRevision(agreement, article, RevisionKind.CONFLICT_COPY, h, b, article.getPosition(),
                    false, baseRevision);
            Revision theirs = revisions.findByNumber(agreement.getId(), article.getCurrentRevision()).orElseThrow();
            String author = theirs.getAuthorId() == null ? "" : people.find(theirs.getAuthorId())
                    .map(PersonSummary::displayName).orElse("");
            audit.record(agreement, "CONFLICT_KEPT", h + " (#" + copy.getNumber() + ")");
            throw new ArticleConflictException(row(article), author, h, b, copy.getNumber());
        }
        Revision revision = newRevision(agreement, article, RevisionKind.EDIT, h, b, article.getPosition(), false,
                baseRevision);
        article.apply(revision);
        audit.record(agreement, "ARTICLE_SAVED", h + " (#" + revision.getNumber() + ")");
        return row(article);
    }

    public void deleteArticle(long articleId, long baseRevision) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        entityManager.refresh(article);
        if (article.getCurrentRevision() != baseRevision) {
            throw new UserInputException("common.error.conflict");
        }
        article.apply(newRevision(agreement, article, RevisionKind.DELETE, article.getHeading(), article.getBody(),
                article.getPosition(), true, baseRevision));
        renumber(agreement, RevisionKind.MOVE);
        audit.record(agreement, "ARTICLE_DELETED", article.getHeading());
    }

    /** Moves an article one place up (-1) or down (+1); the others keep their order. */
    public void moveArticle(long articleId, int delta) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        List<Article> current = new ArrayList<>(articles.findCurrent(agreement.getId()));
        int index = current.indexOf(article);
        int target = index + Integer.signum(delta);
        if (index < 0 || target < 0 || target >= current.size()) {
            return;
        }
        current.remove(index);
        current.add(target, article);
        for (int i = 0; i < current.size(); i++) {
            Article a = current.get(i);
            if (a.getPosition() != i + 1) {
                a.apply(newRevision(agreement, a, RevisionKind.MOVE, a.getHeading(), a.getBody(), i + 1, false,
                        a.getCurrentRevision()));
            }
        }
        audit.record(agreement, "ARTICLE_MOVED", article.getHeading());
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
        Map<Long, Revision> target = revisions.stateAt(agreementId, revisionNumber).stream()
                .collect(Collectors.toMap(Revision::getArticleId, r -> r));
        for (Article article : articles.findAllOf(agreementId)) {
            Revision then = target.get(article.getId());
            boolean existedThen = then != null && !then.isDeleted();
            if (!existedThen && !article.isDeleted()) {
                article.apply(newRevision(agreement, article, RevisionKind.RESTORE, article.getHeading(),
                        article.getBody(), article.getPosition(), true, article.getCurrentRevision()));
            } else if (existedThen && (article.isDeleted() || !same(article, then))) {
                article.apply(newRevision(agreement, article, RevisionKind.RESTORE, then.getHeading(), then.getBody(),
                        then.getPosition(), false, article.getCurrentRevision()));
            }
        }
        audit.record(agreement, "RESTORED", "#" + revisionNumber);
        return agreement.getRevisionCount();
    }

    /**
     * Keeps an editor's unsaved text in the history without making it the article's text, as a
     * refused save is kept: for an editor that lost the article to someone else, to the same
     * person's other window, or to a browser that was away too long. Returns the revision number.
     */
    public long keepUnsavedText(long articleId, String heading, String body, long baseRevision) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article"));
        Agreement agreement = access.lockedFor(article.getAgreementId(), Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        String h = heading == null || heading.isBlank() ? article.getHeading()
                : AgreementRules.requiredLine(heading, 300, "agreement.error.heading");
        String b = AgreementRules.optional(body, AgreementRules.MAX_BODY, "agreement.error.body");
        Revision copy = newRevision(agreement, article, RevisionKind.CONFLICT_COPY, h, b, article.getPosition(), false,
                baseRevision);
        audit.record(agreement, "CONFLICT_KEPT", h + " (#" + copy.getNumber() + ")");
        return copy.getNumber();
    }

    /** The key under which the collaboration hub knows this agreement. */
    public static String documentKey(long agreementId) {
        return AuditLog.documentKey(agreementId);
    }

    public long nameVersion(long agreementId, String name) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        String clean = AgreementRules.requiredLine(name, 200, "agreement.error.versionName");
        NamedVersion version = versions.save(new NamedVersion(agreementId, clean, agreement.getRevisionCount(), false,
                people.me().id()));
        audit.record(agreement, "VERSION_NAMED", clean);
        return version.getId();
    }

    @Transactional(readOnly = true)
    public List<NamedVersionRow> versions(long agreementId) {
        access.readable(agreementId);
        List<NamedVersion> all = versions.findByAgreementIdOrderByRevisionNumberDescIdDesc(agreementId);
        Map<Long, PersonSummary> authors = people.byIds(all.stream().map(NamedVersion::getCreatedBy)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return all.stream().map(v -> new NamedVersionRow(v.getId(), v.getName(), v.getRevisionNumber(), v.isFrozen(),
                v.getCreatedBy() == null || authors.get(v.getCreatedBy()) == null ? ""
                        : authors.get(v.getCreatedBy()).displayName(), v.getCreatedAt())).toList();
    }

    /** The history, newest first, optionally for one article and/or one author. */
    @Transactional(readOnly = true)
    public List<RevisionRow> history(long agreementId, Long articleId, Long authorId, int offset, int limit) {
        access.readable(agreementId);
        int size = Math.max(1, limit);
        List<Revision> page = revisions.history(agreementId, articleId, authorId, PageRequest.of(offset / size, size));
        Set<Long> authorIds = new HashSet<>();
        page.forEach(r -> { if (r.getAuthorId() != null) { authorIds.add(r.getAuthorId()); } });
        Map<Long, PersonSummary> authors = people.byIds(authorIds);
        return page.stream().map(r -> new RevisionRow(r.getNumber(), r.getArticleId(), r.getKind(), r.getHeading(),
                r.getAuthorId() == null || authors.get(r.getAuthorId()) == null ? ""
                        : authors.get(r.getAuthorId()).displayName(), r.getCreatedAt())).toList();
    }

    /** The document (articles in order) as it stood at a revision number. */
    @Transactional(readOnly = true)
    public List<ArticleRow> stateAt(long agreementId, long revisionNumber) {
        access.readable(agreementId);
        List<ArticleRow> rows = new ArrayList<>();
        for (Revision r : revisions.stateAt(agreementId, revisionNumber)) {
            if (!r.isDeleted()) {
                rows.add(new ArticleRow(r.getArticleId(), rows.size() + 1, r.getHeading(), r.getBody(), r.getNumber()));
            }
        }
        return rows;
    }

    /** Compares the document at two revision numbers, article by article, word by word. */
    @Transactional(readOnly = true)
    public nl.brabant.regiotafel.agreement.compare.Comparison compare(long agreementId, long fromRevision,
            long toRevision) {
        return comparator.compare(texts(stateAt(agreementId, fromRevision)), texts(stateAt(agreementId, toRevision)));
    }

    private static List<nl.brabant.regiotafel.agreement.compare.ArticleText> texts(List<ArticleRow> rows) {
        return rows.stream().map(r -> new nl.brabant.regiotafel.agreement.compare.ArticleText(r.id(), r.heading(),
                r.body())).toList();
    }

    Long ownMunicipality() {
        PersonSummary me = people.me();
        return me.organisationId() == null ? null
                : regions.findOrganisation(me.organisationId()).map(o -> o.municipalityId()).orElse(null);
    }

    Revision newRevision(Agreement agreement, Article article, RevisionKind kind, String heading, String body,
            int position, boolean deleted, Long basedOn) {
        return revisions.save(new Revision(agreement.getId(), article.getId(), agreement.nextRevisionNumber(), kind,
                heading, body, position, deleted, basedOn, people.me().id()));
    }

    private void renumber(Agreement agreement, RevisionKind kind) {
        List<Article> current = articles.findCurrent(agreement.getId());
        for (int i = 0; i < current.size(); i++) {
            Article a = current.get(i);
            if (a.getPosition() != i + 1) {
                a.apply(newRevision(agreement, a, kind, a.getHeading(), a.getBody(), i + 1, false, a.getCurrentRevision()));
            }
        }
    }

    private static boolean same(Article article, Revision revision) {
        return java.util.Objects.equals(article.getHeading(), revision.getHeading())
                && java.util.Objects.equals(article.getBody(), revision.getBody())
                && article.getPosition() == revision.getPosition();
    }

    private ArticleRow row(Article article) {
        return new ArticleRow(article.getId(), article.getPosition(), article.getHeading(), article.getBody(),
                article.getCurrentRevision());
    }
}

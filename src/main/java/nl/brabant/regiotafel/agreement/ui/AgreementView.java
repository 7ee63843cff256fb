package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementEvent;
import nl.brabant.regiotafel.agreement.AgreementExportService;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.AgreementLifecycleService;
import nl.brabant.regiotafel.agreement.AgreementRoutes;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.AgreementStatus;
import nl.brabant.regiotafel.agreement.AgreementWordService;
import nl.brabant.regiotafel.agreement.AuditService;
import nl.brabant.regiotafel.agreement.CommentService;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.ui.AccessibleTabs;
import nl.brabant.regiotafel.base.ui.NotFound;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.collaboration.Participant;
import nl.brabant.regiotafel.region.RegionRoutes;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.CurrentUser;
import nl.brabant.regiotafel.security.PeopleDirectory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The agreement page, put together from its parts: the toolbar, who else is here, the articles and
 * the other tabs. Changes by others arrive through {@link AgreementLiveUpdates}; each one updates
 * the part it touched. (Longer than 250 lines: most of it is the list of services the parts need,
 * handed on in their constructors.)
 */
@Route(AgreementRoutes.AGREEMENT)
@PermitAll
public class AgreementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String TEXT = "agreement.tab.text";
    private static final String HISTORY = "agreement.tab.history";
    private static final String COMMITMENTS = "agreement.tab.commitments";
    private static final String ADOPTION = "agreement.tab.adoption";
    private static final String AUDIT = "agreement.tab.audit";

    private final AgreementService agreements;
    private final AgreementHistoryService history;
    private final AuditService audits;
    private final AgreementLifecycleService lifecycle;
    private final CommitmentService commitments;
    private final CommentService comments;
    private final AgreementExportService exports;
    private final AgreementWordService words;
    private final RegionService regions;
    private final MarkdownRenderer markdown;
    private final AgreementComparator comparator;
    private final PeopleDirectory people;
    private final AgreementLiveUpdates live;
    private long agreementId;
    private String title = "";
    private String selectedTab;

    /**
     * The agreement as last read; the other tabs read it again when built after a change of text.
     */
    private AgreementDetails current;

    private boolean currentOutdated;
    private ArticlesPanel articles;
    private LazyTabs tabs;
    private final ObjectProvider<AgreementPageSection> sections;

    public AgreementView(
            AgreementService agreements,
            AgreementHistoryService history,
            AuditService audits,
            AgreementLifecycleService lifecycle,
            CommitmentService commitments,
            CommentService comments,
            AgreementExportService exports,
            AgreementWordService words,
            RegionService regions,
            MarkdownRenderer markdown,
            AgreementComparator comparator,
            CollaborationHub hub,
            CurrentUser currentUser,
            PeopleDirectory people,
            ObjectProvider<AgreementPageSection> sections) {
        this.agreements = agreements;
        this.history = history;
        this.audits = audits;
        this.lifecycle = lifecycle;
        this.commitments = commitments;
        this.comments = comments;
        this.exports = exports;
        this.words = words;
        this.regions = regions;
        this.markdown = markdown;
        this.comparator = comparator;
        this.people = people;
        this.sections = sections;
        var user = currentUser.require();
        Participant me =
                new Participant(UUID.randomUUID().toString(), user.id(), user.displayName());
        this.live =
                new AgreementLiveUpdates(
                        hub,
                        me,
                        this::changed,
                        articleId -> articles == null ? "" : articles.numberOf(articleId),
                        windows -> {
                            if (articles != null) {
                                articles.showLocks(windows);
                            }
                        },
                        lost -> {
                            if (articles != null) {
                                articles.lockLost(lost);
                            }
                        });
        addClassName("page");
    }

    public static RouteParameters parameters(String regionCode, long agreementId) {
        return new RouteParameters(
                Map.of("code", regionCode, "agreementId", Long.toString(agreementId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("agreementId").orElse(""));
            AgreementDetails details = agreements.get(id);
            if (!details.regionCode().equals(event.getRouteParameters().get("code").orElse(""))) {
                throw new NotFoundException("agreement");
            }
            agreementId = id;
            live.follow(id);
            render(details);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.show(event);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live.attach(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.detach();
    }

    /**
     * Draws the whole page again from the latest state (after a change of status, a refusal, ...).
     */
    private void refresh() {
        if (isAttached()) {
            render(agreements.get(agreementId));
        }
    }

    private void render(AgreementDetails d) {
        title = d.title();
        boolean reordering =
                articles != null
                        && articles.isReordering()
                        && current != null
                        && current.id() == d.id();
        current = d;
        currentOutdated = false;
        removeAll();
        Anchor back = new Anchor(RegionRoutes.region(d.regionCode()), d.regionName());
        back.addClassName("back-link");
        H2 heading = new H2(d.title());
        heading.setId("agreement-title");
        Span status =
                badge(
                        getTranslation("agreement.status." + d.status().name()),
                        statusTheme(d.status()));
        status.setId("agreement-status");
        Div facts =
                new Div(
                        status,
                        badge(getTranslation("agreement.scope." + d.scope().name()), "contrast"),
                        new Span(
                                d.themes().stream()
                                        .sorted()
                                        .map(t -> getTranslation("theme." + t.name()))
                                        .collect(Collectors.joining(", "))),
                        new Span(
                                getTranslation(
                                        "agreement.participants", d.municipalities().size())));
        facts.addClassName("meeting-facts");
        add(
                back,
                heading,
                facts,
                new AgreementToolbar(
                        d, agreements, lifecycle, history, exports, words, markdown, this::refresh),
                live.presenceBar());
        sections.orderedStream().map(section -> section.create(d)).forEach(this::add);

        articles =
                new ArticlesPanel(
                        d,
                        reordering,
                        agreements,
                        comments,
                        markdown,
                        comparator,
                        live.presence(),
                        this::refresh,
                        this::textChanged,
                        live::showPresence);
        tabs = new LazyTabs();
        AccessibleTabs.of(tabs);
        tabs.addNow(TEXT, articles);
        tabs.addLazy(
                HISTORY, () -> new HistoryPanel(latest(), history, exports, people, this::refresh));
        tabs.addLazy(
                COMMITMENTS,
                () -> new CommitmentsPanel(latest(), commitments, regions, this::refresh));
        tabs.addLazy(ADOPTION, () -> new AdoptionPanel(latest(), lifecycle, this::refresh));
        if (d.may().readAudit()) {
            tabs.addLazy(AUDIT, () -> new AuditPanel(audits, d.id()));
        }
        tabs.start(selectedTab, label -> selectedTab = label);
        add(tabs);
        live.showPresence();
    }

    /**
     * Others' changes (and this person's in other windows), in the order made. The articles panel
     * skips what it already shows; a change of status or adoption draws the page again, once this
     * person is done editing.
     */
    private void changed(List<AgreementEvent> changes) {
        boolean wholePage =
                changes.stream()
                        .anyMatch(
                                change ->
                                        switch (change) {
                                            case AgreementEvent.StatusChanged s ->
                                                    s.status() != current.status();
                                            case AgreementEvent.AdoptionRecorded a ->
                                                    !current.adoptions()
                                                            .containsKey(a.municipalityId());
                                            default -> false;
                                        });
        if (wholePage && !articles.isEditing()) {
            refresh();
            return;
        }
        if (wholePage) {
            articles.whenNotEditing(this::refresh);
        }
        for (AgreementEvent change : changes) {
            switch (change) {
                case AgreementEvent.ArticleSaved saved -> articles.show(saved.article());
                case AgreementEvent.ArticleAdded added -> articles.added(added.article());
                case AgreementEvent.ArticlesReordered reordered ->
                        articles.showOrder(reordered.articles());
                case AgreementEvent.ArticleDeleted deleted ->
                        articles.showOrder(deleted.articles());
                case AgreementEvent.AgreementRestored restored ->
                        articles.restored(restored.revisionCount());
                case AgreementEvent.CommentAdded comment ->
                        articles.commentChanged(comment.articleId(), comment.commentId(), null);
                case AgreementEvent.CommentResolved comment ->
                        articles.commentChanged(
                                comment.articleId(), comment.commentId(), comment.resolved());
                case AgreementEvent.ConflictCopyKept kept -> tabs.invalidate(HISTORY);
                case AgreementEvent.VersionNamed named -> tabs.invalidate(HISTORY);
                case AgreementEvent.CommitmentsChanged commitment -> tabs.invalidate(COMMITMENTS);
                case AgreementEvent.StatusChanged s -> {}
                case AgreementEvent.AdoptionRecorded a -> {}
            }
        }
    }

    /** The articles show a new text: the history is built again from it when next opened. */
    private void textChanged() {
        currentOutdated = true;
        tabs.invalidate(HISTORY);
    }

    private AgreementDetails latest() {
        if (currentOutdated) {
            current = agreements.get(agreementId);
            currentOutdated = false;
        }
        return current;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static String statusTheme(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case CONSULTATION, ADOPTION_PENDING -> "";
            case ADOPTED -> "success";
            case SUPERSEDED -> "contrast";
        };
    }

    static <T extends Component> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

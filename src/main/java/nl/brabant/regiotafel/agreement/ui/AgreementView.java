package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.ui.AccessibleTabs;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementExportService;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.AgreementLifecycleService;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.AgreementStatus;
import nl.brabant.regiotafel.agreement.AuditService;
import nl.brabant.regiotafel.agreement.CommentService;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.collaboration.Participant;
import nl.brabant.regiotafel.collaboration.PersonPresence;
import nl.brabant.regiotafel.collaboration.PresenceEntry;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.CurrentUser;

/**
 * The agreement page. Everyone in it sees who else is there and which article they edit; saved
 * changes of others appear without reload (server push), coalesced into one refresh per burst.
 */
@Route("regio/:code/afspraken/:agreementId")
@PermitAll
public class AgreementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final AgreementService agreements;
    private final AgreementHistoryService history;
    private final AuditService audits;
    final AgreementLifecycleService lifecycle;
    final CommitmentService commitments;
    final CommentService comments;
    final AgreementExportService exports;
    final RegionService regions;
    final MarkdownRenderer markdown;
    final AgreementComparator comparator;
    final CollaborationHub hub;
    final nl.brabant.regiotafel.security.PeopleDirectory people;
    final Participant me;
    long agreementId;
    private String title = "";
    private String selectedTab;
    /**
     * Moving articles is occasional work: the arrows show only while the order is being changed
     * (and every page open for reading carries 16 fewer buttons in its session).
     */
    boolean reorderingArticles;
    /** The agreement as last shown, and the tabs built from it (emptied when the text changes). */
    private AgreementDetails current;
    private final java.util.List<Div> lazyHolders = new java.util.ArrayList<>();
    private CollaborationHub.Subscription subscription;
    /** This window in the document shown; replaced when the page moves to another agreement. */
    private WindowPresence presence;
    private final PresenceBar presenceBar = new PresenceBar();
    private ArticlesPanel articlesPanel;

    public AgreementView(AgreementService agreements, AgreementHistoryService history, AuditService audits,
            AgreementLifecycleService lifecycle, CommitmentService commitments,
            CommentService comments, AgreementExportService exports, RegionService regions, MarkdownRenderer markdown,
            AgreementComparator comparator, CollaborationHub hub, CurrentUser currentUser,
            nl.brabant.regiotafel.security.PeopleDirectory people) {
        this.history = history;
        this.audits = audits;
        this.people = people;
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.commitments = commitments;
        this.comments = comments;
        this.exports = exports;
        this.regions = regions;
        this.markdown = markdown;
        this.comparator = comparator;
        this.hub = hub;
        var user = currentUser.require();
        this.me = new Participant(UUID.randomUUID().toString(), user.id(), user.displayName());
        addClassName("page");
    }

    public static RouteParameters parameters(String regionCode, long agreementId) {
        return new RouteParameters(Map.of("code", regionCode, "agreementId", Long.toString(agreementId)));
    }

    String documentKey() {
        return AgreementService.documentKey(agreementId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            agreementId = Long.parseLong(event.getRouteParameters().get("agreementId").orElse(""));
            AgreementDetails details = agreements.get(agreementId);
            if (!details.regionCode().equals(event.getRouteParameters().get("code").orElse(""))) {
                throw new nl.brabant.regiotafel.base.NotFoundException("agreement");
            }
            showDocument(event.getUI());
            render(details);
        } catch (NumberFormatException | nl.brabant.regiotafel.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /**
     * Puts this window into the agreement's presence. The same page object is reused when the
     * person moves on to another agreement (a new draft line): it then leaves the previous one.
     */
    private void showDocument(UI ui) {
        if (presence != null && presence.documentKey().equals(documentKey())) {
            return;
        }
        boolean attached = isAttached();
        if (attached && presence != null) {
            leaveDocument();
        }
        presence = new WindowPresence(hub, documentKey(), me, lost -> {
            if (articlesPanel != null) {
                articlesPanel.lockLost(lost);
            }
        }, this::showPresence);
        if (attached) {
            enterDocument(ui);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        enterDocument(event.getUI());
    }

    private void enterDocument(UI ui) {
        pending.set(0);
        waitingForBrowser = false;
        presence.enter(ui);
        subscription = hub.subscribe(documentKey(), change -> {
            if (me.id().equals(change.byParticipantId())) {
                return;
            }
            int what = switch (change.kind()) {
                case PRESENCE -> PRESENCE;
                case CONTENT -> CONTENT;
                default -> STRUCTURE;
            };
            // A burst of changes becomes one update: only the first of a burst schedules one.
            if (pending.getAndUpdate(p -> p | what) == 0) {
                ui.access(this::catchUp);
            }
        });
        showPresence();
    }

    private static final int PRESENCE = 1;
    private static final int CONTENT = 2;
    private static final int STRUCTURE = 4;
    /** Others' changes not yet shown here (bits above), set from the hub's thread. */
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
    private boolean waitingForBrowser;

    /**
     * Shows others' changes, under the UI lock. With nobody listening (a closed tab, a dropped push
     * connection, a client without push) the page is brought up to date when its browser next
     * speaks, instead of rebuilding it for every save and keeping every rebuilt page in memory until
     * then (found with the load test: pages piled up in sessions whose clients had no push).
     */
    private void catchUp() {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        var push = ui.getInternals().getPushConnection();
        if (push == null || !push.isConnected()) {
            if (!waitingForBrowser) {
                waitingForBrowser = true;
                ui.beforeClientResponse(this, context -> {
                    waitingForBrowser = false;
                    showPending();
                });
            }
            return;
        }
        showPending();
    }

    private void showPending() {
        int what = pending.getAndSet(0);
        if ((what & (CONTENT | STRUCTURE)) != 0) {
            refreshAfter((what & STRUCTURE) == 0);
        } else if (what != 0) {
            showPresence();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leaveDocument();
    }

    private void leaveDocument() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        if (presence != null) {
            presence.leave();
        }
    }

    void refresh() {
        render(agreements.get(agreementId));
    }

    /**
     * The articles panel showed a text change itself (after this person's own save): the other
     * tabs are built again from the latest state when next opened, instead of rebuilding the page.
     */
    void textChanged(AgreementDetails latest) {
        current = latest;
        lazyHolders.forEach(Div::removeAll);
        showPresence();
    }

    /**
     * Others' changes arrive while this person may be typing: their editor stays as it is, and a
     * change of text only updates the articles, not the whole page.
     */
    private void refreshAfter(boolean contentOnly) {
        if (articlesPanel != null && (contentOnly || articlesPanel.isEditing())) {
            articlesPanel.update(agreements.get(agreementId));
            showPresence();
        } else {
            refresh();
        }
    }

    private void render(AgreementDetails d) {
        title = d.title();
        removeAll();
        Anchor back = new Anchor("regio/" + d.regionCode(), d.regionName());
        back.addClassName("back-link");
        H2 heading = new H2(d.title());
        heading.setId("agreement-title");
        Span status = badge(getTranslation("agreement.status." + d.status().name()), statusTheme(d.status()));
        status.setId("agreement-status");
        Div facts = new Div(status, badge(getTranslation("agreement.scope." + d.scope().name()), "contrast"),
                new Span(d.themes().stream().sorted().map(t -> getTranslation("theme." + t.name()))
                        .collect(Collectors.joining(", "))),
                new Span(getTranslation("agreement.participants", d.municipalities().size())));
        facts.addClassName("meeting-facts");
        add(back, heading, facts, actions(d), presenceBar);
        showPresence();

        TabSheet tabs = AccessibleTabs.of(new TabSheet());
        tabs.setWidthFull();
        articlesPanel = new ArticlesPanel(this, d, presence);
        tabs.add(getTranslation("agreement.tab.text"), articlesPanel);
        // The other tabs are built when first chosen: most visits only read and edit the text.
        Map<Tab, Runnable> builders = new HashMap<>();
        current = d;
        lazyHolders.clear();
        lazyTab(tabs, builders, "agreement.tab.history", () -> new HistoryPanel(this, history, current));
        lazyTab(tabs, builders, "agreement.tab.commitments", () -> new CommitmentsPanel(this, current));
        lazyTab(tabs, builders, "agreement.tab.adoption", () -> new AdoptionPanel(this, current));
        if (d.may().readAudit()) {
            lazyTab(tabs, builders, "agreement.tab.audit", () -> new AuditPanel(audits, d.id()));
        }
        for (int i = 0; selectedTab != null && i < 5; i++) {
            if (tabs.getTabAt(i) != null && tabs.getTabAt(i).getLabel().equals(selectedTab)) {
                tabs.setSelectedIndex(i);
                break;
            }
        }
        builders.getOrDefault(tabs.getSelectedTab(), () -> { }).run();
        tabs.addSelectedChangeListener(e -> {
            selectedTab = e.getSelectedTab().getLabel();
            builders.getOrDefault(e.getSelectedTab(), () -> { }).run();
        });
        add(tabs);
    }

    private void lazyTab(TabSheet tabs, Map<Tab, Runnable> builders, String key,
            java.util.function.Supplier<com.vaadin.flow.component.Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        lazyHolders.add(holder);
        Tab tab = tabs.add(getTranslation(key), holder);
        builders.put(tab, () -> {
            if (holder.getComponentCount() == 0) {
                holder.add(content.get());
            }
        });
    }

    void showPresence() {
        List<PresenceEntry> windows = presence.windows();
        presenceBar.show(PersonPresence.of(windows), me.userId(),
                articleId -> articlesPanel == null ? "" : articlesPanel.numberOf(articleId));
        if (articlesPanel != null) {
            articlesPanel.showLocks(windows);
        }
    }

    private Div actions(AgreementDetails d) {
        Div bar = new Div();
        bar.addClassName("toolbar");
        if (d.may().changeStatus() && d.status() == AgreementStatus.DRAFT) {
            bar.add(action("agreement.toConsultation", VaadinIcon.USERS, () -> lifecycle.toConsultation(d.id())));
        }
        if (d.may().changeStatus() && d.status() == AgreementStatus.CONSULTATION) {
            bar.add(action("agreement.backToDraft", VaadinIcon.ARROW_BACKWARD, () -> lifecycle.backToDraft(d.id())));
            Button adopt = new Button(getTranslation("agreement.startAdoption"), VaadinIcon.GAVEL.create(),
                    e -> askName("agreement.startAdoption", "agreement.startAdoption.text",
                            name -> lifecycle.startAdoption(d.id(), name)));
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(adopt);
        }
        if (d.may().edit()) {
            bar.add(new Button(getTranslation("agreement.nameVersion"), VaadinIcon.BOOKMARK.create(),
                    e -> askName("agreement.nameVersion", "agreement.nameVersion.text",
                            name -> history.nameVersion(d.id(), name))));
        }
        if (d.status() == AgreementStatus.ADOPTED && agreements.mayCreate(d.regionId())) {
            bar.add(action("agreement.startNewDraft", VaadinIcon.COPY, () -> {
                long draft = lifecycle.startNewDraft(d.id());
                UI.getCurrent().navigate(AgreementView.class, parameters(d.regionCode(), draft));
            }));
        }
        // The handler stays registered in the session; it holds the service and ids, not this page.
        AgreementExportService exporter = exports;
        long id = d.id();
        Long frozen = d.frozenVersionId();
        String fileName = "afspraken-" + d.regionCode() + ".pdf";
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exporter.pdf(id, frozen);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    fileName, "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(d.frozenVersionId() == null ? "agreement.pdf" : "agreement.pdfFrozen"));
        pdf.addClassName("download-link");
        bar.add(pdf);
        return bar;
    }

    private Button action(String key, VaadinIcon icon, Runnable run) {
        return new Button(getTranslation(key), icon.create(), e -> act(run));
    }

    private void askName(String titleKey, String textKey, java.util.function.Consumer<String> save) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(titleKey));
        TextField name = new TextField(getTranslation("agreement.field.versionName"));
        name.setWidthFull();
        name.setMaxLength(200);
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation(textKey)), name);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation(titleKey));
        dialog.addConfirmListener(e -> act(() -> save.accept(name.getValue())));
        dialog.open();
    }

    /** Runs a change; a refusal becomes a message; the page then shows the latest state. */
    boolean act(Runnable action) {
        return nl.brabant.regiotafel.base.ui.Feedback.attempt(this, action, () -> {
            if (isAttached()) {
                refresh();
            }
        });
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

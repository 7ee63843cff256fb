package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.ArticleConflictException;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.collaboration.LockLost;
import nl.brabant.regiotafel.collaboration.LockResult;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/**
 * The articles, rendered from Markdown through a sanitiser. Editing one takes a soft lock: others
 * read on and see who edits; they may take over when the editor has been idle too long.
 */
class ArticlesPanel extends Div {

    private final AgreementView view;
    private final WindowPresence presence;
    private AgreementDetails details;
    private final Map<Long, Div> cards = new HashMap<>();
    private final Map<Long, Span> lockNotes = new HashMap<>();
    /** The article open for editing here, if any. */
    private ArticleEditor editor;
    private List<nl.brabant.regiotafel.agreement.CommentRow> comments;

    ArticlesPanel(AgreementView view, AgreementDetails details, WindowPresence presence) {
        this.view = view;
        this.details = details;
        this.presence = presence;
        setId("articles");
        build();
    }

    /**
     * Brings the articles up to date after someone else's change. Only the cards whose revision
     * changed are rebuilt; the one being edited here stays untouched; a new, removed or moved
     * article rebuilds the list (unless this person is typing).
     */
    void update(AgreementDetails latest) {
        List<Long> before = details.articles().stream().map(ArticleRow::id).toList();
        List<Long> after = latest.articles().stream().map(ArticleRow::id).toList();
        Map<Long, Long> revisions = new HashMap<>();
        details.articles().forEach(a -> revisions.put(a.id(), a.revision()));
        this.details = latest;
        if (!before.equals(after) && editor == null) {
            build();
            return;
        }
        comments = view.comments.of(details.id());
        for (ArticleRow article : latest.articles()) {
            boolean changed = !Long.valueOf(article.revision()).equals(revisions.get(article.id()));
            if (changed && !isEditing(article.id()) && cards.containsKey(article.id())) {
                Div fresh = card(article);
                replace(cards.get(article.id()), fresh);
                cards.put(article.id(), fresh);
            }
        }
    }

    boolean isEditing() {
        return editor != null;
    }

    private boolean isEditing(long articleId) {
        return editor != null && editor.article().id() == articleId;
    }

    String numberOf(Long articleId) {
        return details.articles().stream().filter(a -> a.id() == articleId).map(a -> String.valueOf(a.number()))
                .findFirst().orElse("");
    }

    void showLocks(List<PresenceEntry> windows) {
        lockNotes.values().forEach(note -> note.setText(""));
        for (PresenceEntry entry : windows) {
            if (entry.editingArticleId() != null && !presence.isThisWindow(entry.participant())) {
                Span note = lockNotes.get(entry.editingArticleId());
                if (note != null) {
                    note.setText(presence.isMe(entry.participant()) ? getTranslation("agreement.lockedByYouElsewhere")
                            : getTranslation("agreement.lockedBy", entry.participant().name()));
                }
            }
        }
    }

    private void build() {
        removeAll();
        comments = view.comments.of(details.id());
        cards.clear();
        lockNotes.clear();
        if (details.articles().isEmpty()) {
            add(AgreementView.withClass(new Paragraph(getTranslation(details.may().edit()
                    ? "agreement.articles.empty.edit" : "agreement.articles.empty")), "empty-state"));
        }
        if (details.may().edit() && details.articles().size() > 1) {
            Button order = new Button(getTranslation(view.reorderingArticles ? "agreement.reorder.done" : "agreement.reorder"),
                    VaadinIcon.SORT.create(), e -> {
                        view.reorderingArticles = !view.reorderingArticles;
                        build();
                    });
            order.setId("reorder-articles");
            order.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            order.getElement().setAttribute("aria-pressed", String.valueOf(view.reorderingArticles));
            add(order);
        }
        for (ArticleRow article : details.articles()) {
            Div card = card(article);
            cards.put(article.id(), card);
            add(card);
        }
        if (details.may().edit()) {
            Button add = new Button(getTranslation("agreement.addArticle"), VaadinIcon.PLUS.create(), e -> {
                if (view.act(() -> view.agreements.addArticle(details.id(), getTranslation("agreement.newArticle"), ""))) {
                    view.refresh();
                }
            });
            add.setId("add-article");
            add(add);
        }
    }

    private Div card(ArticleRow article) {
        Div card = new Div();
        card.addClassName("article");
        card.getElement().setAttribute("data-article", String.valueOf(article.id()));
        H3 heading = new H3(getTranslation("agreement.articleHeading", article.number(), article.heading()));
        Span lock = new Span();
        lock.addClassName("lock-note");
        lockNotes.put(article.id(), lock);
        Div head = new Div(heading, lock);
        head.addClassName("article-head");
        card.add(head);
        // Markdown → HTML through commonmark with raw HTML escaped, then jsoup's safelist.
        card.add(new Html("<div class=\"article-body\">" + view.markdown.toSafeHtml(article.body()) + "</div>"));
        Div actions = new Div();
        actions.addClassName("item-actions");
        if (details.may().edit()) {
            Button edit = new Button(getTranslation("agreement.edit"), VaadinIcon.EDIT.create(), e -> startEdit(article, false));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("agreement.edit") + ": " + article.heading());
            edit.addClassName("edit-article");
            actions.add(edit);
        }
        if (details.may().edit() && view.reorderingArticles) {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> view.act(() -> view.agreements.moveArticle(article.id(), -1)));
            up.setAriaLabel(getTranslation("agenda.moveUp") + ": " + article.heading());
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> view.act(() -> view.agreements.moveArticle(article.id(), 1)));
            down.setAriaLabel(getTranslation("agenda.moveDown") + ": " + article.heading());
            up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            up.addClassName("move-up");
            down.addClassName("move-down");
            actions.add(up, down);
        }
        actions.add(new CommentsBlock(view, details, article, comments));
        card.add(actions);
        return card;
    }

    private void startEdit(ArticleRow article, boolean takeOver) {
        LockResult lock = presence.lock(article.id(), takeOver);
        if (!lock.granted()) {
            Notification note = new Notification();
            note.setDuration(8000);
            note.setPosition(Notification.Position.MIDDLE);
            note.add(new Span(getTranslation("agreement.lockedBy", lock.holder().name()) + " "));
            if (lock.mayTakeOver()) {
                Button take = new Button(getTranslation("agreement.takeOver"), e -> {
                    note.close();
                    startEdit(article, true);
                });
                take.setId("take-over");
                note.add(take);
            }
            note.open();
            return;
        }
        if (lock.tookOverOwnWindow()) {
            Notification.show(getTranslation("agreement.editingMovedHere"), 8000, Notification.Position.BOTTOM_START);
        }
        openEditor(article, article.heading(), article.body() == null ? "" : article.body(), article.revision());
        view.showPresence();
    }

    private void openEditor(ArticleRow article, String headingText, String bodyText, long baseRevision) {
        ArticleEditor opened = new ArticleEditor(article, headingText, bodyText, baseRevision, presence::typing,
                e -> save(article, e.heading(), e.body(), e.baseRevision()), () -> stopEditing(article.id()));
        replace(cards.get(article.id()), opened);
        cards.put(article.id(), opened);
        editor = opened;
    }

    private void save(ArticleRow article, String heading, String body, long baseRevision) {
        // A take-over may have happened since: a lapsed lock is taken again, a held one is not saved over.
        if (!presence.holds(article.id())) {
            LockResult again = presence.lock(article.id(), false);
            if (!again.granted()) {
                lockLost(new LockLost(presence.documentKey(), article.id(), presence.me().id(), again.holder(),
                        LockLost.Reason.TAKEN_OVER));
                return;
            }
        }
        try {
            boolean changed = view.agreements.saveArticle(article.id(), heading, body, baseRevision).revision()
                    != baseRevision;
            stopEditing(article.id());
            Notification.show(getTranslation(changed ? "common.saved" : "agreement.article.unchanged"), 2500,
                    Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ArticleConflictException conflict) {
            new ConflictDialog(view, conflict, choice -> {
                switch (choice) {
                    case KEEP_THEIRS -> stopEditing(article.id());
                    case KEEP_MINE -> save(article, conflict.myHeading(), conflict.myBody(), conflict.theirs().revision());
                    case MERGE -> openEditor(article, conflict.myHeading(),
                            conflict.myBody() == null ? "" : conflict.myBody(), conflict.theirs().revision());
                }
            }).open();
        } catch (UserInputException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 7000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * This window lost the article it was editing (someone took over, the person went on in another
     * tab, or the browser had been away). Nothing typed is lost and nothing more is typed into an
     * editor this window no longer holds: the text is kept in the history, as a conflict copy is,
     * the editor closes and a message that stays until closed says why and where the text is.
     */
    void lockLost(LockLost lost) {
        if (!isEditing(lost.articleId())) {
            return;
        }
        ArticleEditor lostEditor = editor;
        String number = numberOf(lost.articleId());
        String why = switch (lost.reason()) {
            case TAKEN_OVER -> getTranslation("agreement.lockLost.takenOver", lost.takenBy().name(), number);
            case EDITING_ELSEWHERE -> getTranslation("agreement.lockLost.elsewhere", number);
            case CONNECTION_LOST -> getTranslation("agreement.lockLost.connection", number);
        };
        if (!lostEditor.changed()) {
            stopEditing(lost.articleId());
            stays(why + " " + getTranslation("agreement.lockLost.unchanged"));
            return;
        }
        try {
            long kept = view.agreements.keepUnsavedText(lost.articleId(), lostEditor.heading(), lostEditor.body(),
                    lostEditor.baseRevision());
            stopEditing(lost.articleId());
            stays(why + " " + getTranslation("agreement.lockLost.kept", String.valueOf(kept)));
        } catch (UserInputException | NotFoundException notKept) {
            // The article or the document can no longer take it: the text stays on screen to copy.
            editor = null;
            lostEditor.freeze();
            stays(why + " " + getTranslation("agreement.lockLost.notKept"));
        }
    }

    /** A message that stays until the person closes it: they may be away from the screen. */
    private void stays(String text) {
        Notification note = new Notification();
        note.setId("lock-lost");
        note.setDuration(0);
        note.setPosition(Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        Button close = new Button(getTranslation("common.close"), e -> note.close());
        note.add(new Span(text + " "), close);
        note.open();
    }

    /**
     * Closes the editor. Only the articles that changed are drawn again (the saved one among them);
     * a new, removed or moved article, or a changed status, still rebuilds the page.
     */
    private void stopEditing(long articleId) {
        presence.unlock(articleId);
        editor = null;
        AgreementDetails latest = view.agreements.get(details.id());
        boolean sameArticles = latest.articles().stream().map(ArticleRow::id).toList()
                .equals(details.articles().stream().map(ArticleRow::id).toList());
        if (!sameArticles || latest.status() != details.status() || !latest.may().equals(details.may())) {
            view.refresh();
            return;
        }
        update(latest);
        Div shown = cards.get(articleId);
        if (shown != null && shown.hasClassName("editing")) {
            latest.articles().stream().filter(a -> a.id() == articleId).findFirst().ifPresent(a -> {
                Div fresh = card(a);
                replace(shown, fresh);
                cards.put(articleId, fresh);
            });
        }
        view.textChanged(latest);
    }
}

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.ArticleConflictException;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.collaboration.LockResult;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/**
 * The articles, rendered from Markdown through a sanitiser. Editing one takes a soft lock: others
 * read on and see who edits; they may take over when the editor has been idle too long.
 */
class ArticlesPanel extends Div {

    private final AgreementView view;
    private AgreementDetails details;
    private final Map<Long, Div> cards = new HashMap<>();
    private final Map<Long, Span> lockNotes = new HashMap<>();
    private Long editing;
    private List<nl.brabant.regiotafel.agreement.CommentRow> comments;

    ArticlesPanel(AgreementView view, AgreementDetails details) {
        this.view = view;
        this.details = details;
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
        if (!before.equals(after) && editing == null) {
            build();
            return;
        }
        comments = view.comments.of(details.id());
        for (ArticleRow article : latest.articles()) {
            boolean changed = !Long.valueOf(article.revision()).equals(revisions.get(article.id()));
            if (changed && !Long.valueOf(article.id()).equals(editing) && cards.containsKey(article.id())) {
                Div fresh = card(article);
                replace(cards.get(article.id()), fresh);
                cards.put(article.id(), fresh);
            }
        }
    }

    boolean isEditing() {
        return editing != null;
    }

    String numberOf(Long articleId) {
        return details.articles().stream().filter(a -> a.id() == articleId).map(a -> String.valueOf(a.number()))
                .findFirst().orElse("");
    }

    void showLocks(List<PresenceEntry> presence) {
        lockNotes.values().forEach(note -> note.setText(""));
        for (PresenceEntry entry : presence) {
            if (entry.editingArticleId() != null && !entry.participant().id().equals(view.me.id())) {
                Span note = lockNotes.get(entry.editingArticleId());
                if (note != null) {
                    note.setText(getTranslation("agreement.lockedBy", entry.participant().name()));
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
        LockResult lock = view.hub.lock(view.documentKey(), article.id(), view.me, takeOver);
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
        editing = article.id();
        Div editor = editor(article, article.heading(), article.body() == null ? "" : article.body(), article.revision());
        replace(cards.get(article.id()), editor);
        cards.put(article.id(), editor);
        view.showPresence();
    }

    private Div editor(ArticleRow article, String headingText, String bodyText, long baseRevision) {
        TextField heading = new TextField(getTranslation("agreement.field.heading"));
        heading.setValue(headingText);
        heading.setWidthFull();
        heading.setMaxLength(300);
        heading.setId("article-heading");
        TextArea body = new TextArea(getTranslation("agreement.field.body"));
        body.setValue(bodyText);
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setHelperText(getTranslation("agreement.field.body.help"));
        body.setId("article-body");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(2000);
        body.addValueChangeListener(e -> view.hub.touch(view.documentKey(), view.me.id()));
        Button save = new Button(getTranslation("common.save"), e -> save(article, heading.getValue(), body.getValue(), baseRevision));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-article");
        Button cancel = new Button(getTranslation("common.cancel"), e -> stopEditing(article.id()));
        Div box = new Div(heading, body, new Div(save, cancel));
        box.addClassName("article");
        box.addClassName("editing");
        return box;
    }

    private void save(ArticleRow article, String heading, String body, long baseRevision) {
        if (!view.hub.holds(view.documentKey(), article.id(), view.me.id())) {
            Notification.show(getTranslation("agreement.lockLost"), 7000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
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
                    case MERGE -> {
                        Div merged = editor(article, conflict.myHeading(), conflict.myBody() == null ? "" : conflict.myBody(),
                                conflict.theirs().revision());
                        replace(cards.get(article.id()), merged);
                        cards.put(article.id(), merged);
                    }
                }
            }).open();
        } catch (UserInputException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 7000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Closes the editor. Only the articles that changed are drawn again (the saved one among them);
     * a new, removed or moved article, or a changed status, still rebuilds the page.
     */
    private void stopEditing(long articleId) {
        view.hub.unlock(view.documentKey(), articleId, view.me.id());
        editing = null;
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

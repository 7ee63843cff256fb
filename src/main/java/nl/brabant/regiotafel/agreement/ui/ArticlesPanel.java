package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.agreement.CommentService;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.collaboration.LockLost;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/**
 * The articles. Editing one takes a soft lock: others read on and see who edits; they may take over
 * when the editor has been idle too long. A change, this person's or someone else's, redraws only
 * the articles it touched; the one being edited here stays as it is.
 *
 * <p>Longer than 250 lines: it keeps this window's copy of the article list in step with every kind
 * of change (saved, added, moved, deleted, restored, commented) without reading it again, and the
 * parts that would split off all share that list. Editing is {@link ArticleEditing}'s, comments
 * {@link ArticleComments}'.
 */
class ArticlesPanel extends Div {

    private final long agreementId;
    private final AgreementDetails.Permissions may;
    private final AgreementService agreements;
    private final MarkdownRenderer markdown;
    private final WindowPresence presence;
    private final Runnable refreshPage;
    private final Runnable textChanged;
    private final Runnable presenceChanged;

    /** The articles in their order, as last heard (also while one is edited here). */
    private List<ArticleRow> articles;

    private final ArticleComments threads;

    /** Per article its card, or the editor while it is edited here. */
    private final Map<Long, Component> cards = new HashMap<>();

    private Component top;
    private Button addButton;
    private final ArticleEditing editing;
    private boolean reordering;
    private Runnable afterEditing;

    /**
     * @param reordering whether the article arrows show (moving is occasional work: a page open for
     *     reading carries no arrows)
     * @param refreshPage draws the whole page again from the latest state (after a refused change)
     * @param textChanged the text changed here: what other tabs show of it is out of date
     * @param presenceChanged this window started or stopped editing an article
     */
    ArticlesPanel(
            AgreementDetails details,
            boolean reordering,
            AgreementService agreements,
            CommentService comments,
            MarkdownRenderer markdown,
            AgreementComparator comparator,
            WindowPresence presence,
            Runnable refreshPage,
            Runnable textChanged,
            Runnable presenceChanged) {
        this.agreementId = details.id();
        this.may = details.may();
        this.articles = List.copyOf(details.articles());
        this.reordering = reordering;
        this.agreements = agreements;
        this.markdown = markdown;
        this.presence = presence;
        this.editing =
                new ArticleEditing(
                        this,
                        agreements,
                        comparator,
                        presence,
                        this::numberOf,
                        this::showEditor,
                        this::editorClosed);
        this.refreshPage = refreshPage;
        this.textChanged = textChanged;
        this.presenceChanged = presenceChanged;
        this.threads =
                new ArticleComments(agreementId, may.comment(), comments, this::commentsChanged);
        setId("articles");
        build();
    }

    /** An article's new text (saved here or elsewhere); nothing happens if it is already shown. */
    void show(ArticleRow saved) {
        int index = indexOf(saved.id());
        if (index < 0 || articles.get(index).revision() >= saved.revision()) {
            return;
        }
        replaceRow(index, saved);
        redraw(saved);
        textChanged.run();
    }

    void added(ArticleRow article) {
        if (indexOf(article.id()) < 0) {
            List<ArticleRow> now = new ArrayList<>(articles);
            now.add(article);
            showOrder(now);
        }
    }

    /**
     * The articles in a new order, or some gone: moved or renumbered cards are drawn again, the
     * others stay as they are.
     */
    void showOrder(List<ArticleRow> latest) {
        if (latest.equals(articles)) {
            return;
        }
        Map<Long, ArticleRow> before = new HashMap<>();
        articles.forEach(a -> before.put(a.id(), a));
        boolean fewOrMany =
                (articles.size() < 2) != (latest.size() < 2)
                        || articles.isEmpty() != latest.isEmpty();
        articles = List.copyOf(latest);
        if (fewOrMany) {
            build();
        } else {
            cards.keySet().removeIf(id -> indexOf(id) < 0 && !isEditing(id));
            latest.stream().filter(a -> !a.equals(before.get(a.id()))).forEach(this::redraw);
            place();
        }
        textChanged.run();
    }

    /** The text was restored to an earlier state; read once unless this window already shows it. */
    void restored(long revisionCount) {
        if (articles.stream().mapToLong(ArticleRow::revision).max().orElse(0) < revisionCount) {
            showOrder(agreements.get(agreementId).articles());
        }
    }

    /** A comment added or (un)resolved; {@code resolved} {@code null} for a new one. */
    void commentChanged(long articleId, long commentId, Boolean resolved) {
        if (!threads.shows(commentId, resolved)) {
            commentsChanged(articleId);
        }
    }

    /**
     * Runs now, or once this person closes the editor (a page drawn again would lose what they
     * type).
     */
    void whenNotEditing(Runnable run) {
        if (!editing.isEditing()) {
            run.run();
        } else {
            afterEditing = run;
        }
    }

    boolean isEditing() {
        return editing.isEditing();
    }

    /** This window lost the article it was editing: see {@link ArticleEditing#lockLost}. */
    void lockLost(LockLost lost) {
        editing.lockLost(lost);
    }

    boolean isReordering() {
        return reordering;
    }

    String numberOf(Long articleId) {
        return articles.stream()
                .filter(a -> a.id() == articleId)
                .map(a -> String.valueOf(a.number()))
                .findFirst()
                .orElse("");
    }

    void showLocks(List<PresenceEntry> windows) {
        cards.values()
                .forEach(
                        c -> {
                            if (c instanceof ArticleCard card) {
                                card.showLock("");
                            }
                        });
        for (PresenceEntry entry : windows) {
            if (entry.editingArticleId() != null
                    && !presence.isThisWindow(entry.participant())
                    && cards.get(entry.editingArticleId()) instanceof ArticleCard card) {
                card.showLock(
                        presence.isMe(entry.participant())
                                ? getTranslation("agreement.lockedByYouElsewhere")
                                : getTranslation("agreement.lockedBy", entry.participant().name()));
            }
        }
    }

    private void build() {
        cards.keySet().removeIf(id -> !isEditing(id));
        top = null;
        addButton = null;
        if (articles.isEmpty()) {
            top =
                    AgreementView.withClass(
                            new Paragraph(
                                    getTranslation(
                                            may.edit()
                                                    ? "agreement.articles.empty.edit"
                                                    : "agreement.articles.empty")),
                            "empty-state");
        } else if (may.edit() && articles.size() > 1) {
            Button order =
                    new Button(
                            getTranslation(
                                    reordering ? "agreement.reorder.done" : "agreement.reorder"),
                            VaadinIcon.SORT.create(),
                            e -> {
                                reordering = !reordering;
                                build();
                            });
            order.setId("reorder-articles");
            order.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            order.getElement().setAttribute("aria-pressed", String.valueOf(reordering));
            top = order;
        }
        articles.stream().filter(a -> !isEditing(a.id())).forEach(a -> cards.put(a.id(), card(a)));
        if (may.edit()) {
            addButton =
                    new Button(
                            getTranslation("agreement.addArticle"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    attempt(
                                            () ->
                                                    added(
                                                            agreements.addArticle(
                                                                    agreementId,
                                                                    getTranslation(
                                                                            "agreement.newArticle"),
                                                                    ""))));
            addButton.setId("add-article");
        }
        place();
    }

    /** Puts the cards in the order of the articles (the same components, moved). */
    private void place() {
        removeAll();
        if (top != null) {
            add(top);
        }
        articles.forEach(a -> add(cards.get(a.id())));
        if (editing.isEditing() && indexOf(editing.editor().article().id()) < 0) {
            add(editing.editor());
        }
        if (addButton != null) {
            add(addButton);
        }
    }

    private ArticleCard card(ArticleRow article) {
        return new ArticleCard(
                article,
                markdown.toSafeHtml(article.body()),
                threads.threadOf(article.id()),
                may.edit() ? () -> startEdit(article.id()) : null,
                may.edit() && reordering
                        ? delta ->
                                attempt(
                                        () ->
                                                showOrder(
                                                        agreements.moveArticle(
                                                                article.id(), delta)))
                        : null);
    }

    private void commentsChanged(long articleId) {
        threads.reload();
        if (cards.get(articleId) instanceof ArticleCard card) {
            card.showComments(threads.threadOf(articleId));
        }
    }

    /** Draws an article's card again, unless it is being edited here. */
    private void redraw(ArticleRow article) {
        Component shown = cards.get(article.id());
        if (isEditing(article.id())) {
            return;
        }
        ArticleCard fresh = card(article);
        if (shown != null && shown.getParent().isPresent()) {
            replace(shown, fresh);
        }
        cards.put(article.id(), fresh);
    }

    /** A change asked for here; when refused, the page shows the latest state. */
    private void attempt(Runnable change) {
        if (!Feedback.attempt(this, change, () -> {})) {
            refreshPage.run();
        }
    }

    private void startEdit(long articleId) {
        editing.start(articles.get(indexOf(articleId)), false);
    }

    /** An editor opened (also after a take-over or a merge): it takes the card's place. */
    private void showEditor(ArticleEditor editor) {
        replace(cards.get(editor.article().id()), editor);
        cards.put(editor.article().id(), editor);
        presenceChanged.run();
    }

    /**
     * The editor closed: the article shows {@code latest}, or what was heard since if newer;
     * nothing is read.
     */
    private void editorClosed(ArticleRow latest) {
        int index = indexOf(latest.id());
        if (index >= 0) {
            ArticleRow known = articles.get(index);
            if (latest.revision() > known.revision()) {
                replaceRow(
                        index,
                        new ArticleRow(
                                latest.id(),
                                known.number(),
                                latest.heading(),
                                latest.body(),
                                latest.revision()));
                textChanged.run();
            }
            redraw(articles.get(index));
        } else {
            cards.remove(latest.id());
            place();
        }
        presenceChanged.run();
        Runnable next = afterEditing;
        afterEditing = null;
        if (next != null) {
            next.run();
        }
    }

    private boolean isEditing(long articleId) {
        return editing.isEditing(articleId);
    }

    private int indexOf(long articleId) {
        return IntStream.range(0, articles.size())
                .filter(i -> articles.get(i).id() == articleId)
                .findFirst()
                .orElse(-1);
    }

    private void replaceRow(int index, ArticleRow row) {
        List<ArticleRow> now = new ArrayList<>(articles);
        now.set(index, row);
        articles = List.copyOf(now);
    }
}

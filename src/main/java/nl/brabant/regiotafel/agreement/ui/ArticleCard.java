package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.IntConsumer;
import nl.brabant.regiotafel.agreement.ArticleRow;

/**
 * One article as read: its number and heading, who edits it, the body rendered from Markdown
 * through a sanitiser, its actions and its comments.
 */
class ArticleCard extends Div {

    private final ArticleRow article;
    private final Span lockNote = new Span();
    private final Div actions = new Div();
    private CommentsBlock comments;

    /**
     * @param safeHtml the body as sanitised HTML
     * @param onEdit runs when the person asks to edit ({@code null}: may not edit)
     * @param onMove gets -1 or +1 when the person moves the article ({@code null}: no arrows)
     */
    ArticleCard(
            ArticleRow article,
            String safeHtml,
            CommentsBlock comments,
            Runnable onEdit,
            IntConsumer onMove) {
        this.article = article;
        this.comments = comments;
        addClassName("article");
        getElement().setAttribute("data-article", String.valueOf(article.id()));
        H3 heading =
                new H3(
                        getTranslation(
                                "agreement.articleHeading", article.number(), article.heading()));
        lockNote.addClassName("lock-note");
        Div head = new Div(heading, lockNote);
        head.addClassName("article-head");
        add(head);
        // Markdown → HTML through commonmark with raw HTML escaped, then jsoup's safelist.
        add(new Html("<div class=\"article-body\">" + safeHtml + "</div>"));
        actions.addClassName("item-actions");
        if (onEdit != null) {
            Button edit =
                    new Button(
                            getTranslation("agreement.edit"),
                            VaadinIcon.EDIT.create(),
                            e -> onEdit.run());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("agreement.edit") + ": " + article.heading());
            edit.addClassName("edit-article");
            actions.add(edit);
        }
        if (onMove != null) {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> onMove.accept(-1));
            up.setAriaLabel(getTranslation("agenda.moveUp") + ": " + article.heading());
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> onMove.accept(1));
            down.setAriaLabel(getTranslation("agenda.moveDown") + ": " + article.heading());
            up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            up.addClassName("move-up");
            down.addClassName("move-down");
            actions.add(up, down);
        }
        actions.add(comments);
        add(actions);
    }

    ArticleRow article() {
        return article;
    }

    void showLock(String text) {
        lockNote.setText(text);
    }

    /** The comments changed: the thread is drawn again, open if it was open. */
    void showComments(CommentsBlock fresh) {
        fresh.setOpened(comments.isOpened());
        actions.replace(comments, fresh);
        comments = fresh;
    }
}

package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleConflictException;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.collaboration.LockResult;

/**
 * Editing an article in this window: the soft lock, saving, the choice after a conflicting save,
 * and closing the editor. The row a save returns is what the article shows afterwards.
 */
final class ArticleEditing {

    private final AgreementService agreements;
    private final AgreementComparator comparator;
    private final WindowPresence presence;
    private final Consumer<ArticleEditor> open;
    private final Consumer<ArticleRow> closed;
    private ArticleEditor editor;

    /**
     * @param open puts the editor where the article's card is
     * @param closed the editor is closed: the article is to be shown as this row, or as heard since
     *     if that is newer
     */
    ArticleEditing(AgreementService agreements, AgreementComparator comparator, WindowPresence presence,
            Consumer<ArticleEditor> open, Consumer<ArticleRow> closed) {
        this.agreements = agreements;
        this.comparator = comparator;
        this.presence = presence;
        this.open = open;
        this.closed = closed;
    }

    boolean isEditing() {
        return editor != null;
    }

    boolean isEditing(long articleId) {
        return editor != null && editor.article().id() == articleId;
    }

    ArticleEditor editor() {
        return editor;
    }

    /** Asks for the article's lock; held by someone else, the person is told who (and may take over). */
    boolean start(ArticleRow article, boolean takeOver) {
        LockResult lock = presence.lock(article.id(), takeOver);
        if (!lock.granted()) {
            Notification note = new Notification();
            note.setDuration(8000);
            note.setPosition(Notification.Position.MIDDLE);
            note.add(new Span(note.getTranslation("agreement.lockedBy", lock.holder().name()) + " "));
            if (lock.mayTakeOver()) {
                Button take = new Button(note.getTranslation("agreement.takeOver"), e -> {
                    note.close();
                    start(article, true);
                });
                take.setId("take-over");
                note.add(take);
            }
            note.open();
            return false;
        }
        openEditor(article, article.heading(), article.body() == null ? "" : article.body(), article.revision());
        return true;
    }

    private void openEditor(ArticleRow article, String headingText, String bodyText, long baseRevision) {
        editor = new ArticleEditor(article, headingText, bodyText, baseRevision, presence::typing,
                e -> save(article, e.heading(), e.body(), e.baseRevision()), () -> stop(article));
        open.accept(editor);
    }

    private void save(ArticleRow article, String heading, String body, long baseRevision) {
        if (!presence.holds(article.id())) {
            Notification.show(editor.getTranslation("agreement.lockLost"), 7000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        try {
            ArticleRow saved = agreements.saveArticle(article.id(), heading, body, baseRevision);
            boolean changed = saved.revision() != baseRevision;
            Notification.show(editor.getTranslation(changed ? "common.saved" : "agreement.article.unchanged"), 2500,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            stop(saved);
        } catch (ArticleConflictException conflict) {
            new ConflictDialog(comparator, conflict, choice -> {
                switch (choice) {
                    case KEEP_THEIRS -> stop(conflict.theirs());
                    case KEEP_MINE -> save(article, conflict.myHeading(), conflict.myBody(), conflict.theirs().revision());
                    case MERGE -> openEditor(article, conflict.myHeading(),
                            conflict.myBody() == null ? "" : conflict.myBody(), conflict.theirs().revision());
                }
            }).open();
        } catch (UserInputException refused) {
            Notification.show(editor.getTranslation(refused.messageKey(), refused.arguments()), 7000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void stop(ArticleRow latest) {
        presence.unlock(latest.id());
        editor = null;
        closed.accept(latest);
    }
}

package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleConflictException;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.collaboration.LockLost;
import nl.brabant.regiotafel.collaboration.LockResult;

/**
 * Editing an article in this window: the soft lock, saving, the choice after a conflicting save,
 * losing the article to another window, and closing the editor. The row a save returns is what the
 * article shows afterwards.
 */
final class ArticleEditing {

    private final Component context;
    private final AgreementService agreements;
    private final AgreementComparator comparator;
    private final WindowPresence presence;
    private final Function<Long, String> articleNumber;
    private final Consumer<ArticleEditor> open;
    private final Consumer<ArticleRow> closed;
    private ArticleEditor editor;

    /**
     * @param context the component whose language messages are in
     * @param articleNumber the number a reader sees for an article id
     * @param open puts the editor where the article's card is
     * @param closed the editor is closed: the article is to be shown as this row, or as heard since
     *     if that is newer
     */
    ArticleEditing(
            Component context,
            AgreementService agreements,
            AgreementComparator comparator,
            WindowPresence presence,
            Function<Long, String> articleNumber,
            Consumer<ArticleEditor> open,
            Consumer<ArticleRow> closed) {
        this.context = context;
        this.articleNumber = articleNumber;
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

    /**
     * Asks for the article's lock; held by someone else, the person is told who (and may take
     * over).
     */
    void start(ArticleRow article, boolean takeOver) {
        LockResult lock = presence.lock(article.id(), takeOver);
        if (!lock.granted()) {
            Notification note = new Notification();
            note.setDuration(8000);
            note.setPosition(Notification.Position.MIDDLE);
            note.add(
                    new Span(
                            context.getTranslation("agreement.lockedBy", lock.holder().name())
                                    + " "));
            if (lock.mayTakeOver()) {
                Button take =
                        new Button(
                                context.getTranslation("agreement.takeOver"),
                                e -> {
                                    note.close();
                                    start(article, true);
                                });
                take.setId("take-over");
                note.add(take);
            }
            note.open();
            return;
        }
        if (lock.tookOverOwnWindow()) {
            Notification.show(
                    context.getTranslation("agreement.editingMovedHere"),
                    8000,
                    Notification.Position.BOTTOM_START);
        }
        openEditor(
                article,
                article.heading(),
                article.body() == null ? "" : article.body(),
                article.revision());
    }

    private void openEditor(
            ArticleRow article, String headingText, String bodyText, long baseRevision) {
        editor =
                new ArticleEditor(
                        article,
                        headingText,
                        bodyText,
                        baseRevision,
                        presence::typing,
                        e -> save(article, e.heading(), e.body(), e.baseRevision()),
                        () -> stop(article));
        open.accept(editor);
    }

    private void save(ArticleRow article, String heading, String body, long baseRevision) {
        // A take-over may have happened since: a lapsed lock is taken again, a held one is not
        // saved over.
        if (!presence.holds(article.id())) {
            LockResult again = presence.lock(article.id(), false);
            if (!again.granted()) {
                lockLost(
                        new LockLost(
                                presence.documentKey(),
                                article.id(),
                                presence.me().id(),
                                again.holder(),
                                LockLost.Reason.TAKEN_OVER));
                return;
            }
        }
        try {
            ArticleRow saved = agreements.saveArticle(article.id(), heading, body, baseRevision);
            boolean changed = saved.revision() != baseRevision;
            Notification.show(
                            context.getTranslation(
                                    changed ? "common.saved" : "agreement.article.unchanged"),
                            2500,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            stop(saved);
        } catch (ArticleConflictException conflict) {
            new ConflictDialog(
                            comparator,
                            conflict,
                            choice -> {
                                switch (choice) {
                                    case KEEP_THEIRS -> stop(conflict.theirs());
                                    case KEEP_MINE ->
                                            save(
                                                    article,
                                                    conflict.myHeading(),
                                                    conflict.myBody(),
                                                    conflict.theirs().revision());
                                    case MERGE ->
                                            openEditor(
                                                    article,
                                                    conflict.myHeading(),
                                                    conflict.myBody() == null
                                                            ? ""
                                                            : conflict.myBody(),
                                                    conflict.theirs().revision());
                                }
                            })
                    .open();
        } catch (UserInputException refused) {
            Notification.show(
                            context.getTranslation(refused.messageKey(), refused.arguments()),
                            7000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
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
        String number = articleNumber.apply(lost.articleId());
        String why =
                switch (lost.reason()) {
                    case TAKEN_OVER ->
                            context.getTranslation(
                                    "agreement.lockLost.takenOver", lost.takenBy().name(), number);
                    case EDITING_ELSEWHERE ->
                            context.getTranslation("agreement.lockLost.elsewhere", number);
                    case CONNECTION_LOST ->
                            context.getTranslation("agreement.lockLost.connection", number);
                };
        if (!lostEditor.changed()) {
            stop(lostEditor.article());
            stays(why + " " + context.getTranslation("agreement.lockLost.unchanged"));
            return;
        }
        try {
            long kept =
                    agreements.keepUnsavedText(
                            lost.articleId(),
                            lostEditor.heading(),
                            lostEditor.body(),
                            lostEditor.baseRevision());
            stop(lostEditor.article());
            stays(
                    why
                            + " "
                            + context.getTranslation(
                                    "agreement.lockLost.kept", String.valueOf(kept)));
        } catch (UserInputException | NotFoundException notKept) {
            // The article or the document can no longer take it: the text stays on screen to copy.
            editor = null;
            lostEditor.freeze();
            stays(why + " " + context.getTranslation("agreement.lockLost.notKept"));
        }
    }

    /** A message that stays until the person closes it: they may be away from the screen. */
    private void stays(String text) {
        Notification note = new Notification();
        note.setId("lock-lost");
        note.setDuration(0);
        note.setPosition(Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        Button close = new Button(context.getTranslation("common.close"), e -> note.close());
        note.add(new Span(text + " "), close);
        note.open();
    }

    private void stop(ArticleRow latest) {
        presence.unlock(latest.id());
        editor = null;
        closed.accept(latest);
    }
}

package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import nl.brabant.regiotafel.agreement.ArticleConflictException;
import nl.brabant.regiotafel.agreement.compare.AgreementComparator;
import nl.brabant.regiotafel.agreement.compare.ArticleChange;
import nl.brabant.regiotafel.agreement.compare.ArticleText;

/**
 * Someone saved the article while this person edited it. Both texts and their differences are
 * shown; the person merges by hand, keeps theirs or keeps mine. Their own text is already kept in
 * the history, so even closing the dialog loses nothing.
 */
class ConflictDialog extends Dialog {

    enum Choice {
        KEEP_THEIRS,
        KEEP_MINE,
        MERGE
    }

    ConflictDialog(
            AgreementComparator comparator,
            ArticleConflictException conflict,
            Consumer<Choice> choice) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("agreement.conflict.title"));
        setWidth("min(70rem, 95vw)");
        add(
                new Paragraph(
                        getTranslation(
                                "agreement.conflict.text",
                                conflict.theirAuthor(),
                                conflict.keptAsRevision())));
        ArticleChange change =
                comparator
                        .compare(
                                List.of(
                                        new ArticleText(
                                                conflict.theirs().id(),
                                                conflict.theirs().heading(),
                                                conflict.theirs().body())),
                                List.of(
                                        new ArticleText(
                                                conflict.theirs().id(),
                                                conflict.myHeading(),
                                                conflict.myBody())))
                        .articles()
                        .getFirst();
        Div theirs =
                new Div(
                        new H4(getTranslation("agreement.conflict.theirs", conflict.theirAuthor())),
                        plain(conflict.theirs().heading(), conflict.theirs().body()));
        Div mine =
                new Div(
                        new H4(getTranslation("agreement.conflict.mine")),
                        plain(conflict.myHeading(), conflict.myBody()));
        Div sideBySide = new Div(theirs, mine);
        sideBySide.addClassName("side-by-side");
        Div differences =
                new Div(
                        new H4(getTranslation("agreement.conflict.differences")),
                        DiffView.inline(change.headingDiff()),
                        DiffView.inline(change.bodyDiff()));
        add(sideBySide, differences);
        Button keepTheirs = button("agreement.conflict.keepTheirs", Choice.KEEP_THEIRS, choice);
        Button merge = button("agreement.conflict.merge", Choice.MERGE, choice);
        Button keepMine = button("agreement.conflict.keepMine", Choice.KEEP_MINE, choice);
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepTheirs.setId("keep-theirs");
        keepMine.setId("keep-mine");
        merge.setId("merge");
        getFooter().add(keepTheirs, merge, keepMine);
    }

    private Button button(String key, Choice value, Consumer<Choice> choice) {
        return new Button(
                getTranslation(key),
                e -> {
                    close();
                    choice.accept(value);
                });
    }

    private static Div plain(String heading, String body) {
        Paragraph h = new Paragraph(heading);
        h.addClassName("conflict-heading");
        Paragraph b = new Paragraph(body == null ? "" : body);
        b.addClassName("plain-text");
        return new Div(h, b);
    }
}

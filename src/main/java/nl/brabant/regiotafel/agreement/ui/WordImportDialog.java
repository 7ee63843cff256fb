package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.brabant.regiotafel.agreement.AgreementWordService;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.agreement.word.WordImport;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.ui.Feedback;

/**
 * The preview of a Word import: the articles it would make, with the start of their text, and what
 * the file holds that does not come along. Nothing is stored until "add" is chosen; cancelling
 * leaves the agreement as it was.
 */
class WordImportDialog extends Dialog {

    private static final int EXCERPT = 160;

    WordImportDialog(
            long agreementId,
            WordImport preview,
            AgreementWordService words,
            MarkdownRenderer markdown,
            Runnable refreshPage) {
        setId("word-import-preview");
        setHeaderTitle(getTranslation("word.import.title", preview.fileName()));
        setWidth("min(50rem, 95vw)");
        int count = preview.articles().size();
        add(new Paragraph(getTranslation("word.import.intro", count)));

        H3 articlesHeading = new H3(getTranslation("word.import.articles"));
        OrderedList articles = new OrderedList();
        articles.setId("word-import-articles");
        for (WordImport.Article article : preview.articles()) {
            Span heading = new Span(article.heading());
            heading.addClassName("import-heading");
            String text = markdown.toPlainText(article.body()).replaceAll("\\s+", " ").strip();
            Span excerpt =
                    new Span(
                            text.isEmpty()
                                    ? getTranslation("word.import.emptyBody")
                                    : text.length() > EXCERPT
                                            ? TextInput.shorten(text, EXCERPT) + "…"
                                            : text);
            excerpt.addClassName("import-excerpt");
            articles.add(new ListItem(heading, new Span(" – "), excerpt));
        }
        add(articlesHeading, articles);

        add(new H3(getTranslation("word.import.dropped")));
        if (preview.dropped().isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("word.import.nothingDropped"));
            nothing.setId("word-import-dropped");
            add(nothing);
        } else {
            UnorderedList dropped = new UnorderedList();
            dropped.setId("word-import-dropped");
            preview.dropped()
                    .forEach(
                            d ->
                                    dropped.add(
                                            new ListItem(
                                                    getTranslation(
                                                            "word.dropped." + d.kind().name(),
                                                            d.count()))));
            add(dropped);
        }

        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("word-import-cancel");
        Button confirm =
                new Button(
                        getTranslation("word.import.confirm", count),
                        e -> {
                            close();
                            Feedback.attempt(
                                    this,
                                    () -> words.importArticles(agreementId, preview),
                                    refreshPage);
                        });
        confirm.setId("word-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }
}

package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import nl.brabant.regiotafel.agreement.ArticleRow;

/**
 * One article open for editing in this window: heading and Markdown body, started from a revision.
 */
class ArticleEditor extends Div {

    private final ArticleRow article;
    private final long baseRevision;
    private final String startHeading;
    private final String startBody;
    private final TextField heading = new TextField();
    private final TextArea body = new TextArea();
    private final Button save = new Button();

    /**
     * @param onTyping runs while the person types (at most every two seconds)
     * @param onSave gets this editor when the person saves
     * @param onClose runs when the person closes the editor without saving
     */
    ArticleEditor(
            ArticleRow article,
            String headingText,
            String bodyText,
            long baseRevision,
            Runnable onTyping,
            Consumer<ArticleEditor> onSave,
            Runnable onClose) {
        this.article = article;
        this.baseRevision = baseRevision;
        this.startHeading = headingText;
        this.startBody = bodyText;
        heading.setLabel(getTranslation("agreement.field.heading"));
        heading.setValue(headingText);
        heading.setWidthFull();
        heading.setMaxLength(300);
        heading.setId("article-heading");
        body.setLabel(getTranslation("agreement.field.body"));
        body.setValue(bodyText);
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setHelperText(getTranslation("agreement.field.body.help"));
        body.setId("article-body");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(2000);
        body.addValueChangeListener(e -> onTyping.run());
        save.setText(getTranslation("common.save"));
        save.addClickListener(e -> onSave.accept(this));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-article");
        Button cancel = new Button(getTranslation("common.cancel"), e -> onClose.run());
        cancel.setId("close-editor");
        add(heading, body, new Div(save, cancel));
        addClassName("article");
        addClassName("editing");
    }

    ArticleRow article() {
        return article;
    }

    long baseRevision() {
        return baseRevision;
    }

    String heading() {
        return heading.getValue();
    }

    String body() {
        return body.getValue();
    }

    /** Whether anything was typed since the editor opened. */
    boolean changed() {
        return !heading().equals(startHeading) || !body().equals(startBody);
    }

    /**
     * This window no longer holds the article: the text stays readable, to copy, but not saved from
     * here.
     */
    void freeze() {
        heading.setReadOnly(true);
        body.setReadOnly(true);
        save.setVisible(false);
        addClassName("frozen");
    }
}

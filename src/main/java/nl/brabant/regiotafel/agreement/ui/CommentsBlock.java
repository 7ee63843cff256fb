package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.brabant.regiotafel.agreement.CommentRow;
import nl.brabant.regiotafel.agreement.CommentService;
import nl.brabant.regiotafel.base.ui.Feedback;

/**
 * The comment thread of one article: read, reply, resolve, and a new comment with an optional
 * quote. Closed it is only its summary; the thread and the form are built when someone opens it, so
 * a page of articles does not carry a comment form per article in every session's memory.
 */
class CommentsBlock extends Details {

    private final long articleId;
    private final boolean mayComment;
    private final CommentService comments;
    private final Runnable changed;

    /**
     * @param ofAgreement the agreement's comments (this article's are shown)
     * @param changed runs after this person commented or resolved here, also when it was refused
     */
    CommentsBlock(
            long articleId,
            List<CommentRow> ofAgreement,
            boolean mayComment,
            CommentService comments,
            Runnable changed) {
        this.articleId = articleId;
        this.mayComment = mayComment;
        this.comments = comments;
        this.changed = changed;
        List<CommentRow> all =
                ofAgreement.stream().filter(c -> c.articleId() == articleId).toList();
        long open = all.stream().filter(c -> !c.resolved()).count();
        setSummaryText(getTranslation("comment.summary", all.size(), open));
        addClassName("comments");
        addOpenedChangeListener(
                e -> {
                    if (e.isOpened() && getContent().findAny().isEmpty()) {
                        build(all);
                    }
                });
    }

    private void build(List<CommentRow> all) {
        for (CommentRow comment : all.stream().filter(c -> c.parentId() == null).toList()) {
            add(thread(comment, all));
        }
        if (mayComment) {
            TextField quote = new TextField(getTranslation("comment.field.quote"));
            quote.setMaxLength(1000);
            quote.setWidthFull();
            TextArea text = new TextArea(getTranslation("comment.field.text"));
            text.setMaxLength(5000);
            text.setWidthFull();
            Button add =
                    new Button(
                            getTranslation("comment.add"),
                            e ->
                                    act(
                                            () ->
                                                    comments.comment(
                                                            articleId,
                                                            null,
                                                            quote.getValue(),
                                                            text.getValue())));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            add(new Div(quote, text, add));
        } else if (all.isEmpty()) {
            add(new Paragraph(getTranslation("comment.none")));
        }
    }

    private Div thread(CommentRow comment, List<CommentRow> all) {
        Div box = new Div();
        box.addClassName("comment");
        if (comment.resolved()) {
            box.addClassName("resolved");
        }
        if (comment.quote() != null) {
            box.add(AgreementView.withClass(new Paragraph("“" + comment.quote() + "”"), "quote"));
        }
        box.add(
                new Span(comment.author() + ": "),
                AgreementView.withClass(new Span(comment.text()), "plain-text"));
        for (CommentRow reply :
                all.stream()
                        .filter(c -> Long.valueOf(comment.id()).equals(c.parentId()))
                        .toList()) {
            Div r =
                    new Div(
                            new Span(reply.author() + ": "),
                            AgreementView.withClass(new Span(reply.text()), "plain-text"));
            r.addClassName("reply");
            box.add(r);
        }
        if (mayComment) {
            TextField reply = new TextField();
            reply.setPlaceholder(getTranslation("comment.reply"));
            reply.setAriaLabel(getTranslation("comment.reply"));
            Button send =
                    new Button(
                            getTranslation("comment.reply"),
                            e ->
                                    act(
                                            () ->
                                                    comments.comment(
                                                            articleId,
                                                            comment.id(),
                                                            null,
                                                            reply.getValue())));
            send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button resolve =
                    new Button(
                            getTranslation(
                                    comment.resolved() ? "comment.reopen" : "comment.resolve"),
                            e -> act(() -> comments.resolve(comment.id(), !comment.resolved())));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(new Div(reply, send, resolve));
        }
        return box;
    }

    private void act(Runnable change) {
        Feedback.attempt(this, change, changed);
    }
}

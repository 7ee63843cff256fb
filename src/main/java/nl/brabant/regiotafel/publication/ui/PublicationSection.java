package nl.brabant.regiotafel.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Supplier;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.publication.PublicationRow;
import nl.brabant.regiotafel.publication.PublicationService;

/**
 * "Openbaar (Woo)" on a meeting or agreement page: what was published and withdrawn (who, when,
 * why), buttons to publish what may be published now, and withdrawal with a confirmation and a
 * reason. Shown only to whoever may publish, or when something was published.
 */
class PublicationSection extends Div {

    /** A publish button: its label key, its id and what it does. */
    record PublishAction(String labelKey, String id, Runnable publish) {}

    private final PublicationService publications;
    private final boolean mayPublish;
    private final Supplier<List<PublicationRow>> rows;
    private final List<PublishAction> actions;

    PublicationSection(
            PublicationService publications,
            boolean mayPublish,
            Supplier<List<PublicationRow>> rows,
            List<PublishAction> actions) {
        this.publications = publications;
        this.mayPublish = mayPublish;
        this.rows = rows;
        this.actions = actions;
        addClassName("publication-section");
        setId("publication-section");
        render();
    }

    private void render() {
        removeAll();
        List<PublicationRow> all = rows.get();
        if (!mayPublish && all.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("publication.section.title")));
        if (mayPublish) {
            add(new Paragraph(getTranslation("publication.section.intro")));
        }
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("publication.section.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            all.forEach(row -> list.add(item(row)));
            add(list);
        }
        if (mayPublish) {
            Div buttons = new Div();
            for (PublishAction action : actions) {
                Button button =
                        new Button(getTranslation(action.labelKey()), e -> confirmPublish(action));
                button.setId(action.id());
                buttons.add(button);
            }
            add(buttons);
        }
    }

    private ListItem item(PublicationRow row) {
        ListItem item = new ListItem();
        item.add(new Span(getTranslation("publication.kind." + row.kind().name()) + " – "));
        if (row.withdrawn()) {
            item.add(
                    new Span(
                            getTranslation(
                                    "publication.row.withdrawn",
                                    DateFormats.dateTime(row.withdrawnAt(), getLocale()),
                                    row.withdrawnBy(),
                                    row.withdrawalReason())));
            return item;
        }
        item.add(
                new Span(
                        getTranslation(
                                        "publication.row.online",
                                        DateFormats.dateTime(row.publishedAt(), getLocale()),
                                        row.publishedBy())
                                + " "));
        Anchor open =
                new Anchor(
                        row.publicPath(),
                        getTranslation("publication.row.open"),
                        AnchorTarget.BLANK);
        item.add(open);
        if (mayPublish) {
            Button withdraw =
                    new Button(getTranslation("publication.withdraw"), e -> confirmWithdraw(row));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw-" + row.id());
            item.add(withdraw);
        }
        return item;
    }

    private void confirmPublish(PublishAction action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("publication.confirm.publish.title"));
        dialog.setText(getTranslation("publication.confirm.publish.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("publication.confirm.publish.ok"));
        dialog.addConfirmListener(e -> Feedback.attempt(this, action.publish(), this::render));
        dialog.open();
    }

    private void confirmWithdraw(PublicationRow row) {
        new WithdrawDialog(
                        reason ->
                                Feedback.attempt(
                                        this,
                                        () -> publications.withdraw(row.id(), reason),
                                        this::render))
                .open();
    }
}

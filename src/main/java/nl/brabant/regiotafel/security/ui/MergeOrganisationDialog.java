package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.security.OrganisationAdminService;
import nl.brabant.regiotafel.security.OrganisationRow;

/**
 * Merges a duplicate organisation into the one to keep: first choose that one, then confirm in a
 * dialog that says how many accounts move and that the duplicate is deleted.
 */
class MergeOrganisationDialog extends Dialog {

    private final OrganisationAdminService organisations;
    private final OrganisationRow duplicate;
    private final Runnable onMerged;

    MergeOrganisationDialog(
            OrganisationAdminService organisations, OrganisationRow duplicate, Runnable onMerged) {
        this.organisations = organisations;
        this.duplicate = duplicate;
        this.onMerged = onMerged;
        setHeaderTitle(getTranslation("admin.organisations.merge.title", duplicate.name()));
        add(new Paragraph(getTranslation("admin.organisations.merge.intro", duplicate.name())));
        ComboBox<OrganisationRow> keep =
                new ComboBox<>(getTranslation("admin.organisations.merge.keep"));
        ComponentTexts.localize(keep);
        keep.setId("merge-keep");
        keep.setRequiredIndicatorVisible(true);
        keep.setWidthFull();
        keep.setItemLabelGenerator(OrganisationRow::name);
        keep.setItems(
                query ->
                        organisations
                                .find(
                                        query.getFilter().orElse(""),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream());
        add(keep);

        Button next =
                new Button(
                        getTranslation("admin.organisations.merge"),
                        e -> {
                            OrganisationRow kept = keep.getValue();
                            if (kept == null) {
                                keep.setErrorMessage(
                                        getTranslation("organisation.error.mergeChooseKept"));
                                keep.setInvalid(true);
                                keep.focus();
                            } else if (kept.id() == duplicate.id()) {
                                keep.setErrorMessage(
                                        getTranslation("organisation.error.mergeSame"));
                                keep.setInvalid(true);
                                keep.focus();
                            } else {
                                confirm(kept);
                            }
                        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        next.setId("merge-next");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, next);
    }

    private void confirm(OrganisationRow kept) {
        // Counted now, not when the list was loaded: the dialog must say what will happen.
        long accounts = organisations.get(duplicate.id()).accounts();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("merge-confirm");
        dialog.setHeader(
                getTranslation(
                        "admin.organisations.merge.confirm.title", duplicate.name(), kept.name()));
        dialog.setText(
                getTranslation(
                        "admin.organisations.merge.confirm.text",
                        duplicate.name(),
                        kept.name(),
                        accounts));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("admin.organisations.merge"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(
                e -> {
                    try {
                        long moved = organisations.merge(duplicate.id(), kept.id());
                        Notification.show(
                                        getTranslation(
                                                "admin.organisations.merged",
                                                duplicate.name(),
                                                kept.name(),
                                                moved),
                                        5000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        close();
                    } catch (UserInputException refused) {
                        Notification.show(
                                        getTranslation(refused.messageKey(), refused.arguments()),
                                        7000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    } finally {
                        onMerged.run();
                    }
                });
        dialog.open();
    }
}

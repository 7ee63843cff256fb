package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.InvitationRow;
import nl.brabant.regiotafel.security.InvitationService;

/**
 * A region's invitations, for those who may invite people to it: "Iemand uitnodigen", and the
 * pending invitations with resend (a new link; the old one stops working) and withdraw (after a
 * confirmation).
 */
public class InvitationsSection extends Div {

    private final InvitationService invitations;
    private final Long regionId;
    private final Grid<InvitationRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public InvitationsSection(
            InvitationService invitations,
            RegionService regions,
            Long regionId,
            String regionName) {
        this.invitations = invitations;
        this.regionId = regionId;
        setId("invitations");
        Button invite =
                new Button(
                        getTranslation("invitation.invite"),
                        VaadinIcon.ENVELOPE_O.create(),
                        e ->
                                new InviteDialog(
                                                invitations,
                                                regions,
                                                regionId,
                                                regionName,
                                                this::refresh)
                                        .open());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("pending-invitations");
        grid.setAriaLabel(getTranslation("invitation.pending"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(InvitationRow::displayName)
                .setHeader(getTranslation("invitation.name"))
                .setAutoWidth(true);
        grid.addColumn(InvitationRow::email).setHeader(getTranslation("invitation.email"));
        grid.addColumn(InvitationRow::organisationName)
                .setHeader(getTranslation("invitation.organisation"));
        grid.addColumn(r -> getTranslation("role." + r.role().name()))
                .setHeader(getTranslation("invitation.role"));
        grid.addColumn(
                        r ->
                                r.expired()
                                        ? getTranslation("invitation.expired")
                                        : getTranslation(
                                                "invitation.validUntil",
                                                DateFormats.dateTime(r.expiresAt(), getLocale())))
                .setHeader(getTranslation("invitation.status"));
        // The buttons keep their width; the text columns share what is left.
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("invitation.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("invitation.none"));
        empty.addClassName("empty-state");
        add(new Paragraph(getTranslation("invitation.intro")), invite, grid, empty);
        refresh();
    }

    private HorizontalLayout actions(InvitationRow row) {
        Button resend =
                new Button(
                        getTranslation("invitation.resend"),
                        e ->
                                Feedback.attempt(
                                        this, () -> invitations.resend(row.id()), this::refresh));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        resend.getElement()
                .setAttribute(
                        "aria-label", getTranslation("invitation.resend.for", row.displayName()));
        Button withdraw =
                new Button(getTranslation("invitation.withdraw"), e -> confirmWithdraw(row));
        withdraw.addThemeVariants(
                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        withdraw.getElement()
                .setAttribute(
                        "aria-label", getTranslation("invitation.withdraw.for", row.displayName()));
        return new HorizontalLayout(resend, withdraw);
    }

    private void confirmWithdraw(InvitationRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("invitation.withdraw.title"));
        dialog.setText(getTranslation("invitation.withdraw.text", row.displayName(), row.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("invitation.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(
                e -> Feedback.attempt(this, () -> invitations.withdraw(row.id()), this::refresh));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(
                query ->
                        invitations.pending(regionId, query.getOffset(), query.getLimit()).stream(),
                query -> invitations.countPending(regionId));
        boolean none = invitations.countPending(regionId) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }
}

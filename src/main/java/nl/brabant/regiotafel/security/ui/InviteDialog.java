package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.region.OrganisationSummary;
import nl.brabant.regiotafel.region.OrganisationType;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.RegionSummary;
import nl.brabant.regiotafel.security.InvitationService;
import nl.brabant.regiotafel.security.NewInvitation;
import nl.brabant.regiotafel.security.Role;

/**
 * Invites a person to a region: address, name, organisation (an existing one, or a new one by name
 * and type), role (only those the inviter may give) and the language of the e-mail. Opened for a
 * region (its page), the region is fixed; opened without one (the administrator's page), the region
 * is chosen, or all regions for a province role. The service checks every rule; the dialog shows
 * its refusal at the field.
 */
class InviteDialog extends Dialog {

    InviteDialog(
            InvitationService invitations,
            RegionService regions,
            Long regionId,
            String regionName,
            Runnable onInvited) {
        setHeaderTitle(
                regionId == null
                        ? getTranslation("invitation.invite")
                        : getTranslation("invitation.dialog.title", regionName));
        EmailField email = new EmailField(getTranslation("invitation.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setId("invite-email");
        TextField name = new TextField(getTranslation("invitation.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setId("invite-name");

        RadioButtonGroup<Boolean> organisationKind = new RadioButtonGroup<>();
        organisationKind.setLabel(getTranslation("invitation.organisation"));
        organisationKind.setItems(Boolean.FALSE, Boolean.TRUE);
        organisationKind.setItemLabelGenerator(
                isNew ->
                        getTranslation(
                                isNew
                                        ? "invitation.organisation.new"
                                        : "invitation.organisation.existing"));
        organisationKind.setValue(Boolean.FALSE);
        ComboBox<OrganisationSummary> organisation =
                new ComboBox<>(getTranslation("invitation.organisation.choose"));
        ComponentTexts.localize(organisation);
        organisation.setId("invite-organisation");
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(
                query ->
                        regions
                                .findOrganisations(
                                        query.getFilter().orElse(""),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream());
        TextField newOrganisation = new TextField(getTranslation("invitation.organisation.name"));
        newOrganisation.setMaxLength(200);
        newOrganisation.setId("invite-new-organisation");
        Select<OrganisationType> type = new Select<>();
        type.setLabel(getTranslation("invitation.organisation.type"));
        List<OrganisationType> types =
                Arrays.stream(OrganisationType.values())
                        .filter(
                                t ->
                                        t != OrganisationType.MUNICIPALITY
                                                && t != OrganisationType.PROVINCE)
                        .toList();
        type.setItems(types);
        type.setItemLabelGenerator(t -> getTranslation("organisationType." + t.name()));
        type.setValue(OrganisationType.TEMP_WORK_AGENCY);
        newOrganisation.setVisible(false);
        type.setVisible(false);
        organisationKind.addValueChangeListener(
                e -> {
                    boolean isNew = Boolean.TRUE.equals(e.getValue());
                    organisation.setVisible(!isNew);
                    newOrganisation.setVisible(isNew);
                    type.setVisible(isNew);
                });

        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("invitation.role"));
        role.setId("invite-role");
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        // Without a region given (the administrator's page), the region is chosen here, or "all
        // regions" for a province role; the roles follow the choice.
        Select<RegionSummary> region = new Select<>();
        region.setLabel(getTranslation("invitation.region"));
        region.setId("invite-region");
        RegionSummary allRegions =
                new RegionSummary(null, "", getTranslation("invitation.region.all"));
        List<RegionSummary> choices = new ArrayList<>(regions.allRegions());
        choices.add(allRegions);
        region.setItems(choices);
        region.setItemLabelGenerator(RegionSummary::name);
        region.addValueChangeListener(e -> showRoles(invitations, role, e.getValue().id()));
        region.setVisible(regionId == null);
        if (regionId == null) {
            region.setValue(choices.getFirst());
        } else {
            showRoles(invitations, role, regionId);
        }

        Select<String> language = new Select<>();
        language.setLabel(getTranslation("invitation.language"));
        language.setItems("nl", "en");
        language.setItemLabelGenerator(l -> "en".equals(l) ? "English" : "Nederlands");
        language.setValue("en".equals(getLocale().getLanguage()) ? "en" : "nl");

        FormLayout form =
                new FormLayout(
                        email,
                        name,
                        region,
                        organisationKind,
                        organisation,
                        newOrganisation,
                        type,
                        role,
                        language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button send =
                new Button(
                        getTranslation("invitation.send"),
                        e -> {
                            FieldErrors.clear(email, name, organisation, newOrganisation, role);
                            boolean isNew = Boolean.TRUE.equals(organisationKind.getValue());
                            try {
                                InvitationService.Outcome outcome =
                                        invitations.invite(
                                                new NewInvitation(
                                                        email.getValue(),
                                                        name.getValue(),
                                                        isNew || organisation.getValue() == null
                                                                ? null
                                                                : organisation.getValue().id(),
                                                        isNew ? newOrganisation.getValue() : null,
                                                        isNew ? type.getValue() : null,
                                                        role.getValue(),
                                                        regionId != null
                                                                ? regionId
                                                                : region.getValue().id(),
                                                        language.getValue()));
                                Notification.show(
                                                getTranslation(
                                                        outcome == InvitationService.Outcome.INVITED
                                                                ? "invitation.sent"
                                                                : "invitation.membershipAdded",
                                                        name.getValue(),
                                                        email.getValue()),
                                                6000,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                onInvited.run();
                                close();
                            } catch (UserInputException refused) {
                                String message =
                                        getTranslation(refused.messageKey(), refused.arguments());
                                switch (refused.messageKey()) {
                                    case "invitation.error.displayName" ->
                                            FieldErrors.show(name, message);
                                    case "invitation.error.organisation" ->
                                            FieldErrors.show(
                                                    isNew ? newOrganisation : organisation,
                                                    message);
                                    case "invitation.error.organisationName",
                                            "invitation.error.organisationType" ->
                                            FieldErrors.show(newOrganisation, message);
                                    case "invitation.error.role" -> FieldErrors.show(role, message);
                                    default -> FieldErrors.show(email, message);
                                }
                            }
                        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invitation");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, send);
    }

    private void showRoles(InvitationService invitations, Select<Role> role, Long regionId) {
        List<Role> roles = invitations.invitableRoles(regionId);
        role.setItems(roles);
        role.setHelperText(
                roles.contains(Role.ALDERMAN) || regionId == null
                        ? ""
                        : getTranslation("invitation.role.help"));
        roles.stream()
                .filter(r -> r == Role.AGENCY)
                .findFirst()
                .or(() -> roles.stream().findFirst())
                .ifPresent(role::setValue);
    }
}

package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.LocaleSupport;
import nl.brabant.regiotafel.region.RegionRoutes;
import nl.brabant.regiotafel.security.AcceptedInvitation;
import nl.brabant.regiotafel.security.AccountRoutes;
import nl.brabant.regiotafel.security.InvitationDetails;
import nl.brabant.regiotafel.security.InvitationService;

/**
 * The page behind an invitation link: what the invitation is for, then a username and a password
 * (twice). Accepting makes the account; the person then signs in and lands in the region. A link
 * that does not work (expired, used, withdrawn, replaced by a newer one, forged) says so and asks
 * the inviter for a new one; opened while signed in, the page asks to sign out first.
 */
@Route(value = AccountRoutes.INVITATION, autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final AuthenticationContext authentication;

    public AcceptInvitationView(
            InvitationService invitations, AuthenticationContext authentication) {
        this.invitations = invitations;
        this.authentication = authentication;
        addClassName("login-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get(AccountRoutes.TOKEN).orElse("");
        if (authentication.isAuthenticated()) {
            Paragraph text = AccountCard.status("invitation-message");
            text.setText(getTranslation("invitation.error.signedIn"));
            Button signOut =
                    new Button(
                            getTranslation("account.signOutFirst"), e -> authentication.logout());
            add(AccountCard.of(this, "invitation.accept.title", text, signOut));
            return;
        }
        Optional<InvitationDetails> details = invitations.open(token);
        if (details.isEmpty()) {
            Paragraph text = AccountCard.status("invitation-message");
            text.setText(getTranslation("invitation.error.linkInvalid"));
            add(AccountCard.of(this, "invitation.accept.title", text, AccountCard.toLogin(this)));
            return;
        }
        InvitationDetails invitation = details.get();
        UI.getCurrent().setLocale(LocaleSupport.of(invitation.language()));
        add(form(token, invitation));
    }

    private Div form(String token, InvitationDetails invitation) {
        Paragraph about =
                new Paragraph(
                        invitation.regionName() == null
                                ? getTranslation(
                                        "invitation.accept.aboutProvince",
                                        invitation.displayName(),
                                        invitation.invitedBy(),
                                        getTranslation("role." + invitation.role().name()))
                                : getTranslation(
                                        "invitation.accept.about",
                                        invitation.displayName(),
                                        invitation.invitedBy(),
                                        invitation.regionName(),
                                        getTranslation("role." + invitation.role().name())));
        about.setId("invitation-about");
        TextField username = new TextField(getTranslation("invitation.accept.username"));
        username.setId("accept-username");
        username.setValue(invitation.suggestedUsername());
        username.setHelperText(getTranslation("admin.users.username.help"));
        username.setMaxLength(100);
        username.setRequiredIndicatorVisible(true);
        username.setAutocomplete(Autocomplete.USERNAME);
        NewPasswordFields password =
                new NewPasswordFields(
                        this,
                        "invitation.accept.password",
                        "password.help",
                        "password.repeat",
                        "password.error.mismatch",
                        "accept-password",
                        "accept-repeat");
        FormLayout form = new FormLayout(username, password.password, password.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button accept =
                new Button(
                        getTranslation("invitation.accept.submit"),
                        e -> {
                            FieldErrors.clear(username);
                            if (!password.match()) {
                                return;
                            }
                            try {
                                AcceptedInvitation accepted =
                                        invitations.accept(
                                                token, username.getValue(), password.value());
                                LoginNotice.leave("invitation.accepted", accepted.username());
                                UI.getCurrent()
                                        .getPage()
                                        .setLocation(
                                                accepted.regionCode() == null
                                                        ? "login"
                                                        : RegionRoutes.region(
                                                                accepted.regionCode()));
                            } catch (UserInputException refused) {
                                String message =
                                        getTranslation(refused.messageKey(), refused.arguments());
                                if (refused.messageKey().startsWith("user.error")) {
                                    FieldErrors.show(username, message);
                                } else if (refused.messageKey().startsWith("password.error")) {
                                    FieldErrors.show(password.password, message);
                                } else {
                                    removeAll();
                                    Paragraph text = AccountCard.status("invitation-message");
                                    text.setText(message);
                                    add(
                                            AccountCard.of(
                                                    this,
                                                    "invitation.accept.title",
                                                    text,
                                                    AccountCard.toLogin(this)));
                                }
                            }
                        });
        accept.setId("accept-invitation");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickShortcut(Key.ENTER);
        return AccountCard.of(this, "invitation.accept.title", about, form, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.accept.title") + " · " + getTranslation("app.name");
    }
}

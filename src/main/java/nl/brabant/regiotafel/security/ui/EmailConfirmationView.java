package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccountRoutes;
import nl.brabant.regiotafel.security.AccountService;

/**
 * The page behind the link in the e-mail to a new address: confirms it for the signed-in person
 * (someone who is not signed in signs in first and comes back here), or says in plain words why the
 * link does not work, and changes nothing then.
 */
@Route(AccountRoutes.CONFIRM_EMAIL)
@PermitAll
public class EmailConfirmationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService account;

    public EmailConfirmationView(AccountService account) {
        this.account = account;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get(AccountRoutes.TOKEN).orElse(null);
        H2 heading = new H2(getTranslation("account.email.confirm.title"));
        Paragraph message = new Paragraph();
        message.setId("email-confirmation");
        message.getElement().setAttribute("role", "status");
        try {
            String address = account.confirmEmailChange(token);
            message.setText(getTranslation("account.email.confirm.done", address));
        } catch (UserInputException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
        add(
                heading,
                message,
                new RouterLink(getTranslation("account.email.confirm.back"), AccountView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.email.confirm.title");
    }
}

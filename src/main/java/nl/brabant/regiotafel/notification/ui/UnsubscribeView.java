package nl.brabant.regiotafel.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationRoutes;
import nl.brabant.regiotafel.notification.NotificationSettingsService;

/**
 * The page behind a digest's unsubscribe link, without signing in. Opening it changes nothing (mail
 * scanners open links); the button does, and only for the kind the link names.
 */
@Route(value = NotificationRoutes.UNSUBSCRIBE, autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationSettingsService settings;

    public UnsubscribeView(NotificationSettingsService settings) {
        this.settings = settings;
        addClassName("login-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get(NotificationRoutes.TOKEN).orElse("");
        Paragraph message = new Paragraph();
        message.setId("unsubscribe-message");
        message.getElement().setAttribute("role", "status");
        Optional<NotificationKind> kind = settings.unsubscribeTarget(token);
        Div card = new Div(new H1(getTranslation("app.name")), heading());
        card.addClassName("login-card");
        card.add(message);
        if (kind.isEmpty()) {
            message.setText(getTranslation("unsubscribe.invalid"));
        } else {
            String kindText = getTranslation("notification.kind." + kind.get().name());
            message.setText(getTranslation("unsubscribe.question", kindText));
            Button confirm = new Button(getTranslation("unsubscribe.confirm"));
            confirm.setId("unsubscribe-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(
                    e -> {
                        boolean done = settings.unsubscribe(token);
                        message.setText(
                                done
                                        ? getTranslation("unsubscribe.done", kindText)
                                        : getTranslation("unsubscribe.invalid"));
                        confirm.setVisible(false);
                    });
            card.add(confirm);
        }
        card.add(new Anchor("login", getTranslation("account.toLogin")));
        add(card);
    }

    private H2 heading() {
        H2 heading = new H2(getTranslation("unsubscribe.title"));
        heading.setId("account-heading");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title");
    }
}

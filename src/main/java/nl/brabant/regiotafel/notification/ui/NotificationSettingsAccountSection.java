package nl.brabant.regiotafel.notification.ui;

import com.vaadin.flow.component.html.Section;
import nl.brabant.regiotafel.base.ui.AccountPageSection;
import nl.brabant.regiotafel.notification.NotificationSettingsService;
import org.springframework.stereotype.Component;

/** Puts the notification e-mail choices on the account page. */
@Component
class NotificationSettingsAccountSection implements AccountPageSection {

    private final NotificationSettingsService settings;

    NotificationSettingsAccountSection(NotificationSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Section create() {
        return new NotificationSettingsSection(settings);
    }

    @Override
    public int order() {
        return 20;
    }
}

package nl.brabant.regiotafel.notification.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import nl.brabant.regiotafel.notification.Delivery;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationSettingsService;

/**
 * On the account page: per kind of notification, an e-mail at once, a daily or weekly digest, or
 * only the list in the application. A choice is saved as soon as it is made.
 */
class NotificationSettingsSection extends Section {

    NotificationSettingsSection(NotificationSettingsService settings) {
        addClassName("account-section");
        H2 heading = new H2(getTranslation("notificationSettings.title"));
        heading.setId("notification-settings-heading");
        Paragraph status = new Paragraph();
        status.setId("notification-settings-status");
        status.getElement().setAttribute("role", "status");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<NotificationKind, Delivery> mine = settings.mine();
        for (NotificationKind kind : NotificationKind.values()) {
            Select<Delivery> choice = new Select<>();
            choice.setId("notification-setting-" + kind.name());
            choice.setLabel(getTranslation("notification.kind." + kind.name()));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(d -> getTranslation("delivery." + d.name()));
            choice.setValue(mine.get(kind));
            choice.addValueChangeListener(
                    e -> {
                        if (e.getValue() != null) {
                            settings.change(kind, e.getValue());
                            status.setText(
                                    getTranslation(
                                            "notificationSettings.saved",
                                            choice.getLabel(),
                                            getTranslation("delivery." + e.getValue().name())));
                        }
                    });
            form.add(choice);
        }
        add(heading, new Paragraph(getTranslation("notificationSettings.text")), form, status);
    }
}

package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.AgendaItemForm;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.PersonSummary;

/** Proposes an agenda item; presenter defaults to the person proposing it. */
class AgendaItemDialog extends Dialog {

    AgendaItemDialog(PersonSummary me, Consumer<AgendaItemForm> save) {
        setHeaderTitle(getTranslation("agenda.propose"));
        setWidth("min(40rem, 95vw)");
        TextField title = new TextField(getTranslation("agenda.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setId("item-title");
        TextArea explanation = new TextArea(getTranslation("agenda.field.explanation"));
        explanation.setMaxLength(5000);
        explanation.setHelperText(getTranslation("agenda.field.explanation.help"));
        TextField presenter = new TextField(getTranslation("agenda.field.presenter"));
        presenter.setValue(me.displayName());
        presenter.setMaxLength(200);
        TextField organisation =
                new TextField(getTranslation("agenda.field.presenterOrganisation"));
        organisation.setValue(me.organisationName());
        organisation.setMaxLength(200);
        IntegerField minutes = new IntegerField(getTranslation("agenda.field.minutes"));
        ComponentTexts.localize(minutes);
        minutes.setMin(1);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(15);
        minutes.setRequiredIndicatorVisible(true);
        CheckboxGroup<Theme> themes = new CheckboxGroup<>(getTranslation("agenda.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));
        themes.setRequiredIndicatorVisible(true);
        themes.setId("item-themes");
        FormLayout form =
                new FormLayout(title, explanation, presenter, organisation, minutes, themes);
        form.setColspan(title, 2);
        form.setColspan(explanation, 2);
        form.setColspan(themes, 2);
        add(form);
        Button ok =
                new Button(
                        getTranslation("agenda.propose.submit"),
                        e -> {
                            try {
                                save.accept(
                                        new AgendaItemForm(
                                                title.getValue(),
                                                explanation.getValue(),
                                                presenter.getValue(),
                                                organisation.getValue(),
                                                minutes.getValue() == null ? 0 : minutes.getValue(),
                                                themes.getValue()));
                                close();
                            } catch (UserInputException refused) {
                                Notification.show(
                                                getTranslation(
                                                        refused.messageKey(), refused.arguments()),
                                                6000,
                                                Notification.Position.MIDDLE)
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                            }
                        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("submit-item");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }
}

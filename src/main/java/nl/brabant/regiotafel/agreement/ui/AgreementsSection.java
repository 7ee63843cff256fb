package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import nl.brabant.regiotafel.agreement.AgreementRow;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.Theme;

/** A region's agreements (drafts only for those who may read them) and "new agreement". */
public class AgreementsSection extends Div {

    public AgreementsSection(
            AgreementService agreements, RegionService regions, long regionId, String regionCode) {
        var list = agreements.ofRegion(regionId);
        if (list.isEmpty()) {
            add(
                    AgreementView.withClass(
                            new Paragraph(
                                    getTranslation(
                                            agreements.mayCreate(regionId)
                                                    ? "agreement.list.empty.create"
                                                    : "agreement.list.empty")),
                            "empty-state"));
        }
        Div rows = new Div();
        rows.setId("agreements");
        for (AgreementRow row : list) {
            RouterLink link =
                    new RouterLink(
                            row.title(),
                            AgreementView.class,
                            AgreementView.parameters(regionCode, row.id()));
            Div line =
                    new Div(
                            link,
                            AgreementView.badge(
                                    getTranslation("agreement.status." + row.status().name()),
                                    AgreementView.statusTheme(row.status())),
                            AgreementView.badge(
                                    getTranslation("agreement.scope." + row.scope().name()),
                                    "contrast"));
            line.addClassName("agreement-row");
            rows.add(line);
        }
        add(rows);
        if (agreements.mayCreate(regionId)) {
            Button create =
                    new Button(
                            getTranslation("agreement.new"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    dialog(
                                                    agreements,
                                                    regions.municipalities(regionId),
                                                    regionId,
                                                    regionCode)
                                            .open());
            create.setId("new-agreement");
            add(create);
        }
    }

    private Dialog dialog(
            AgreementService agreements,
            Map<Long, String> municipalities,
            long regionId,
            String code) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agreement.new"));
        TextField title = new TextField(getTranslation("agreement.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setValue(getTranslation("agreement.field.title.default"));
        RadioButtonGroup<AgreementScope> scope =
                new RadioButtonGroup<>(getTranslation("agreement.field.scope"));
        scope.setItems(AgreementScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("agreement.scope." + s.name()));
        scope.setValue(AgreementScope.INTEGRAL);
        CheckboxGroup<Theme> themes = new CheckboxGroup<>(getTranslation("agenda.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));
        themes.select(Theme.values());
        CheckboxGroup<Long> participants =
                new CheckboxGroup<>(getTranslation("agreement.field.municipalities"));
        participants.setItems(municipalities.keySet());
        participants.setItemLabelGenerator(municipalities::get);
        participants.select(municipalities.keySet());
        FormLayout form = new FormLayout(title, scope, themes, participants);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button ok =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            try {
                                long id =
                                        agreements.create(
                                                regionId,
                                                title.getValue(),
                                                scope.getValue(),
                                                themes.getValue(),
                                                participants.getValue());
                                dialog.close();
                                UI.getCurrent()
                                        .navigate(
                                                AgreementView.class,
                                                AgreementView.parameters(code, id));
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
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        return dialog;
    }
}

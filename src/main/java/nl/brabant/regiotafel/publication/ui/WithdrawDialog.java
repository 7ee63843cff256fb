package nl.brabant.regiotafel.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks for the reason of a withdrawal; stays open with the text when it was refused. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(Predicate<String> withdraw) {
        setHeaderTitle(getTranslation("publication.withdraw.title"));
        TextArea reason = new TextArea(getTranslation("publication.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("publication.withdraw.text")), reason);
        Button ok =
                new Button(
                        getTranslation("publication.withdraw.ok"),
                        e -> {
                            if (withdraw.test(reason.getValue())) {
                                close();
                            }
                        });
        ok.setId("withdraw-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }
}

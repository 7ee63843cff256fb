package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;

/**
 * "Your session ends in 2 minutes", with the one button that keeps it. An alert dialog with the
 * focus on that button, so Enter or Space is enough. Only visually modal: the server keeps taking
 * input from the page behind it, so a value the person was typing, sent when the focus moves here,
 * is not thrown away (a strictly modal dialog makes the server ignore the rest of the page).
 */
class InactivityWarning extends Dialog {

    static final String STAY_ID = "stay-signed-in";

    InactivityWarning(Duration left, Runnable stay) {
        setModality(ModalityMode.VISUAL);
        setRole("alertdialog");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("session.warning.title"));
        Paragraph text = new Paragraph(getTranslation("session.warning.text", spell(this, left)));
        text.setId("inactivity-warning-text");
        getElement().setAttribute("aria-describedby", text.getId().orElseThrow());
        add(text);
        Button keep = new Button(getTranslation("session.warning.stay"), e -> stay.run());
        keep.setId(STAY_ID);
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setAutofocus(true);
        getFooter().add(keep);
        // Escape counts as "I am here" too.
        addDialogCloseActionListener(e -> stay.run());
        addOpenedChangeListener(
                e -> {
                    if (e.isOpened()) {
                        keep.focus();
                    }
                });
    }

    /** "2 minuten", "1 minuut", "30 seconden": whole minutes from a minute on. */
    static String spell(Component in, Duration duration) {
        return duration.toMinutes() >= 1
                ? in.getTranslation("session.minutes", duration.toMinutes())
                : in.getTranslation("session.seconds", Math.max(1, duration.toSeconds()));
    }
}

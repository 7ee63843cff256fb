package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * The "Vertrouwelijk" flag of an agenda item or attachment: a checkbox for who may set it, a badge
 * for others when set, nothing otherwise.
 */
final class ConfidentialToggle {

    private ConfidentialToggle() {}

    static Component of(
            boolean mayMark,
            boolean confidential,
            String subject,
            String id,
            Consumer<Boolean> change,
            Component context) {
        if (!mayMark) {
            return confidential
                    ? Styled.badge(context.getTranslation("publication.confidential"), "contrast")
                    : new Span();
        }
        Checkbox box = new Checkbox(context.getTranslation("publication.confidential"));
        box.setValue(confidential);
        box.setId(id);
        box.setHelperText(context.getTranslation("publication.confidential.help"));
        box.setAriaLabel(context.getTranslation("publication.confidential") + ": " + subject);
        box.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        change.accept(e.getValue());
                    }
                });
        return box;
    }
}

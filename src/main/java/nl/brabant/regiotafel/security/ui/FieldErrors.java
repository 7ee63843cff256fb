package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/** Shows a service's refusal at the field it is about, and puts the focus there. */
final class FieldErrors {

    private FieldErrors() {}

    static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }
}

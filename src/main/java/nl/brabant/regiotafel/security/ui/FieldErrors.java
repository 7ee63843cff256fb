package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import nl.brabant.regiotafel.base.UserInputException;

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

    /** The refusal's message, in the field's language. */
    static <F extends Component & HasValidation> void show(F field, UserInputException refused) {
        show(field, field.getTranslation(refused.messageKey(), refused.arguments()));
    }

    static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }
}

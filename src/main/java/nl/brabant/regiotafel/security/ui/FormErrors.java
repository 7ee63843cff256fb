package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import nl.brabant.regiotafel.base.UserInputException;

/** A service's refusal shown at the field it is about, which gets the focus. */
final class FormErrors {

    private FormErrors() {}

    static <F extends Component & HasValidation> void show(F field, UserInputException refused) {
        field.setErrorMessage(field.getTranslation(refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}

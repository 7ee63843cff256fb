package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.brabant.regiotafel.security.PasswordPolicy;

/**
 * A new password typed twice, as the invitation, password-reset and account pages ask for it: the
 * password rules as helper text, the browser told it is a new password, and the two compared before
 * anything goes to the service (which checks the rules themselves).
 */
final class NewPasswordFields {

    final PasswordField password;
    final PasswordField repeat;
    private final String mismatchKey;

    /**
     * The label and helper-text keys of the password, the label key of the repetition, the key of
     * the message when the two differ, and the ids of the two fields.
     */
    NewPasswordFields(
            Component owner,
            String labelKey,
            String helpKey,
            String repeatKey,
            String mismatchKey,
            String passwordId,
            String repeatId) {
        this.mismatchKey = mismatchKey;
        password = new PasswordField(owner.getTranslation(labelKey));
        password.setId(passwordId);
        password.setHelperText(
                owner.getTranslation(
                        helpKey, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        repeat = new PasswordField(owner.getTranslation(repeatKey));
        repeat.setId(repeatId);
        for (PasswordField field : new PasswordField[] {password, repeat}) {
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
            field.setRequiredIndicatorVisible(true);
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        }
    }

    /** True when both say the same; otherwise the repetition says they differ. */
    boolean match() {
        FieldErrors.clear(password, repeat);
        if (password.getValue().equals(repeat.getValue())) {
            return true;
        }
        FieldErrors.show(repeat, repeat.getTranslation(mismatchKey));
        return false;
    }

    String value() {
        return password.getValue();
    }

    void clear() {
        password.clear();
        repeat.clear();
    }
}

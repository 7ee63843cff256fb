package nl.brabant.regiotafel.base;

import java.util.Arrays;

/**
 * A rule of the domain refused the user's input. Carries an i18n key and arguments so that the view
 * shows the message in the user's language; the service never builds UI text itself.
 */
public class UserInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserInputException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

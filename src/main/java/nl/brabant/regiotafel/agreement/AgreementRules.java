package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.base.UserInputException;

/** Input checks shared by this feature's services; every refusal is a translatable message. */
final class AgreementRules {

    static final int MAX_BODY = 50_000;

    private AgreementRules() {}

    static String required(String text, int max, String key) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > max) {
            throw new UserInputException(key, max);
        }
        return value;
    }

    static String optional(String text, int max, String key) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw new UserInputException(key, max);
        }
        return value.isEmpty() ? null : value;
    }
}

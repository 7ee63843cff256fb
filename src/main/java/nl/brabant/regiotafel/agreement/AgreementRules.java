package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.base.TextInput;

/** Input checks shared by this feature's services; every refusal is a translatable message. */
final class AgreementRules {

    static final int MAX_BODY = 50_000;

    private AgreementRules() {}

    static String required(String text, int max, String key) {
        return TextInput.required(text, max, key);
    }

    static String optional(String text, int max, String key) {
        return TextInput.optional(text, max, key);
    }

    static String requiredLine(String text, int max, String key) {
        return TextInput.requiredLine(text, max, key);
    }

    static String optionalLine(String text, int max, String key) {
        return TextInput.optionalLine(text, max, key);
    }
}

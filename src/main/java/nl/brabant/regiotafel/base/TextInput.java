package nl.brabant.regiotafel.base;

/** The two checks every form field gets: trimmed, within a length, and required or not. */
public final class TextInput {

    private TextInput() {}

    /** The trimmed text, or a refusal with {@code key} (argument: the maximum) when empty or too long. */
    public static String required(String text, int max, String key) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > max) {
            throw new UserInputException(key, max);
        }
        return value;
    }

    /** The trimmed text or null when empty; a refusal with {@code key} when too long. */
    public static String optional(String text, int max, String key) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw new UserInputException(key, max);
        }
        return value.isEmpty() ? null : value;
    }
}

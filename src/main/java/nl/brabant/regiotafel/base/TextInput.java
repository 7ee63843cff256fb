package nl.brabant.regiotafel.base;

/**
 * The checks every form field gets: trimmed, within a length, required or not, and only characters
 * that can be stored and shown. Emoji, other scripts, right-to-left and zero-width marks are text
 * and kept exactly; control characters (but tab and, in multi-line fields, line breaks) and
 * unpaired surrogates are not: MariaDB would store a '?' for the latter, and neither can be typed
 * into a form.
 *
 * <p>Lengths count UTF-16 units, as the browser's {@code maxlength} does. That is never more
 * characters than the column holds, and keeps a TEXT column (65,535 bytes) safe: a unit is at most
 * 3 bytes in UTF-8.
 */
public final class TextInput {

    /** Refusal for a control character or an unpaired surrogate, in any field. */
    public static final String INVALID_CHARACTER = "input.error.invalidCharacter";

    /** Refusal for a line break in a field of one line (a title, a name). */
    public static final String LINE_BREAK = "input.error.lineBreak";

    private TextInput() {}

    /**
     * Multi-line text; refused with {@code key} (argument: the maximum) when empty, invisible or
     * too long.
     */
    public static String required(String text, int max, String key) {
        return require(clean(text, true), max, key);
    }

    /** Multi-line text or null when empty or invisible; refused with {@code key} when too long. */
    public static String optional(String text, int max, String key) {
        return optionalOf(clean(text, true), max, key);
    }

    /**
     * One line of text, e.g. a title; refused with {@code key} when empty, invisible or too long.
     */
    public static String requiredLine(String text, int max, String key) {
        return require(clean(text, false), max, key);
    }

    /** One line of text or null when empty or invisible; refused with {@code key} when too long. */
    public static String optionalLine(String text, int max, String key) {
        return optionalOf(clean(text, false), max, key);
    }

    /**
     * Text the application composes itself (a notification subject, an audit line) cut to fit its
     * column, never between the two halves of an emoji or other 4-byte character.
     */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String require(String value, int max, String key) {
        if (!visible(value) || value.length() > max) {
            throw new UserInputException(key, max);
        }
        return value;
    }

    private static String optionalOf(String value, int max, String key) {
        if (value.length() > max) {
            throw new UserInputException(key, max);
        }
        return visible(value) ? value : null;
    }

    /**
     * Checked before trimming: {@code strip()} would silently drop some control characters at the
     * ends.
     */
    private static String clean(String text, boolean multiLine) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new UserInputException(INVALID_CHARACTER);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new UserInputException(INVALID_CHARACTER);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new UserInputException(INVALID_CHARACTER);
            }
        }
        String value = text.strip();
        // Around a one-line value a line break is only whitespace; inside it, an error.
        if (!multiLine
                && value.chars()
                        .anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
            throw new UserInputException(LINE_BREAK);
        }
        return value;
    }

    /** Whether anything would show: not only spaces, zero-width or other format characters. */
    private static boolean visible(String value) {
        return value.codePoints()
                .anyMatch(
                        c ->
                                !Character.isWhitespace(c)
                                        && !Character.isSpaceChar(c)
                                        && Character.getType(c) != Character.FORMAT
                                        && !Character.isISOControl(c));
    }
}

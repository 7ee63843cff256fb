package nl.brabant.regiotafel.agreement.word;

import java.util.regex.Pattern;

/**
 * Makes Word text literal in Markdown: a star, underscore or bracket typed in Word is a character,
 * not markup, and a line that starts with "1." or "-" in a paragraph stays a paragraph.
 */
final class MarkdownEscape {

    private static final String SPECIAL = "\\`*_[]<>&|~";
    private static final Pattern LINE_START_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownEscape() {}

    /**
     * @param atLineStart whether the text begins a line, where "#", "-", "+", ">" and "1." mean
     *     something
     */
    static String escape(String text, boolean atLineStart) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = atLineStart;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart) {
                if (c == '#' || c == '-' || c == '+' || c == '>' || c == '=') {
                    out.append('\\');
                } else if (Character.isDigit(c)) {
                    var number = LINE_START_NUMBER.matcher(text.substring(i));
                    if (number.find()) {
                        out.append(number.group(1)).append('\\').append(number.group(2));
                        i += number.group().length() - 1;
                        lineStart = false;
                        continue;
                    }
                }
            }
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }
}

package nl.brabant.regiotafel.publication;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The public site's texts: always Dutch (it is the Dutch government's publication), from the i18n
 * bundle like every other text.
 */
final class PublicTexts {

    static final Locale DUTCH = Locale.of("nl", "NL");

    private PublicTexts() {}

    static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", DUTCH).getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, DUTCH).format(arguments);
    }
}

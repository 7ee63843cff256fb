package nl.brabant.regiotafel.base.format;

import java.util.List;
import java.util.Objects;

/**
 * Missing values and lists in the documents (PDF, calendar): a dash for "nothing", never "null".
 */
public final class DocumentText {

    public static final String MISSING = "—";

    private DocumentText() {}

    public static String orDash(String text) {
        return isBlank(text) ? MISSING : text;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The records come from callers that may hand over null for "none". */
    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** "Huisvesting, Registratie"; null and blank labels are left out. */
    public static String joined(List<String> labels) {
        return String.join(
                ", ", orEmpty(labels).stream().filter(label -> !isBlank(label)).toList());
    }
}

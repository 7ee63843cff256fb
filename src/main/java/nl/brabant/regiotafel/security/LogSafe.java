package nl.brabant.regiotafel.security;

/** Keeps user-typed text from forging log lines. */
final class LogSafe {

    private LogSafe() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\p{Cntrl}]", "_");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}

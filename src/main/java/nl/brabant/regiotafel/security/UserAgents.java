package nl.brabant.regiotafel.security;

/**
 * A readable name for a browser's User-Agent ("Firefox, Windows"), enough for a person to tell
 * their own sessions apart. Guessed from well-known markers; null when nothing is recognised.
 */
final class UserAgents {

    private UserAgents() {}

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String browser = browser(userAgent);
        String system = system(userAgent);
        if (browser == null && system == null) {
            return null;
        }
        if (browser == null || system == null) {
            return browser == null ? system : browser;
        }
        return browser + ", " + system;
    }

    private static String browser(String ua) {
        // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
        if (ua.contains("Edg/")) {
            return "Edge";
        }
        if (ua.contains("OPR/")) {
            return "Opera";
        }
        if (ua.contains("Firefox/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return null;
    }

    private static String system(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return null;
    }
}

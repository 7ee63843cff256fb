package nl.brabant.regiotafel.notification;

/** The addresses of this feature's pages. */
public final class NotificationRoutes {

    /** The route parameter of the unsubscribe page. */
    public static final String TOKEN = "token";

    /** The page behind a digest's unsubscribe link; works without signing in. */
    public static final String UNSUBSCRIBE = "afmelden/:" + TOKEN;

    private NotificationRoutes() {}

    /** The path of an unsubscribe link, without a leading slash. */
    static String unsubscribe(String token) {
        return "afmelden/" + token;
    }
}

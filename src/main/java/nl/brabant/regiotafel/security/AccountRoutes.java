package nl.brabant.regiotafel.security;

/** The addresses of the pages behind the links in account e-mails, in one place. */
public final class AccountRoutes {

    /** The route parameter that holds a link's token. */
    public static final String TOKEN = "token";

    public static final String INVITATION = "uitnodiging/:" + TOKEN;
    public static final String FORGOT_PASSWORD = "wachtwoord-vergeten";
    public static final String RESET_PASSWORD = "wachtwoord-herstellen/:" + TOKEN;

    private AccountRoutes() {}

    public static String invitation(String token) {
        return "uitnodiging/" + token;
    }

    public static String resetPassword(String token) {
        return "wachtwoord-herstellen/" + token;
    }
}

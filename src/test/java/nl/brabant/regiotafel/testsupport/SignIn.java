package nl.brabant.regiotafel.testsupport;

import nl.brabant.regiotafel.security.AccountSignIn;
import nl.brabant.regiotafel.security.AppUserDetails;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a (demo) user into the security context the way a real login does. */
public final class SignIn {

    /** The password of every demo account (DemoDataSeeder). */
    public static final String DEMO_PASSWORD = "Regiotafel-demo-2026";

    private SignIn() {}

    public static AppUserDetails as(UserDetailsService users, String username) {
        return AccountSignIn.signIn(users, username);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

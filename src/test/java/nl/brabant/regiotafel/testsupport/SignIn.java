package nl.brabant.regiotafel.testsupport;

import nl.brabant.regiotafel.security.AccountSignIn;
import nl.brabant.regiotafel.security.AppUserDetails;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
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

    /** A visitor who has not signed in, as Spring Security's anonymous filter makes one. */
    public static void anonymous() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new AnonymousAuthenticationToken(
                        "test",
                        "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

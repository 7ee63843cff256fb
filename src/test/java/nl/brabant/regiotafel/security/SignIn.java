package nl.brabant.regiotafel.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a (demo) user into the security context the way a real login does. */
public final class SignIn {

    private SignIn() {}

    public static AppUserDetails as(UserDetailsService users, String username) {
        return AccountSignIn.signIn(users, username);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

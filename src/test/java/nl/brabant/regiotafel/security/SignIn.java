package nl.brabant.regiotafel.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a (demo) user into the security context the way a real login does. */
public final class SignIn {

    private SignIn() {}

    public static AppUserDetails as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return (AppUserDetails) user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

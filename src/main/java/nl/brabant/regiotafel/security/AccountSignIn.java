package nl.brabant.regiotafel.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acts as an existing account without a password, for code that makes data through the services as
 * a person would (the demo data, the load-test data, the tests): the same principal and authorities
 * as that account's login, so the services' access rules apply exactly as for them. The caller
 * restores or clears the context afterwards.
 */
public final class AccountSignIn {

    private AccountSignIn() {}

    /** An authenticated token for the account, with the authorities its memberships give. */
    public static Authentication token(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** Puts the account into this thread's security context, as a login does, and returns it. */
    public static AppUserDetails signIn(UserDetailsService users, String username) {
        Authentication token = token(users, username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        return (AppUserDetails) token.getPrincipal();
    }
}

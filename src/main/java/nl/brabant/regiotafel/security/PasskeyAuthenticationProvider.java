package nl.brabant.regiotafel.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's WebAuthn sign-in, made to fit this application:
 *
 * <ul>
 *   <li>someone already signed in (the password step) may confirm only with a passkey of their own
 *       account: one of another account is refused before it is even verified, so nothing about it
 *       changes (Spring would otherwise sign the browser in as that other person);
 *   <li>a disabled account cannot sign in with a passkey either (Spring's provider does not ask);
 *   <li>the principal is our {@link AppUserDetails}, as after a password sign-in, instead of
 *       Spring's WebAuthn user entity: the views, services and session tracking read it;
 *   <li>the factors of the password step stay in the new sign-in (FACTOR_PASSWORD and
 *       FACTOR_WEBAUTHN together).
 * </ul>
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasskeyAuthenticationProvider.class);

    private final WebAuthnAuthenticationProvider webAuthn;
    private final UserDetailsService users;
    private final PasskeyStore store;
    private final SecurityAudit audit;

    PasskeyAuthenticationProvider(
            WebAuthnRelyingPartyOperations relyingParty,
            UserDetailsService users,
            PasskeyStore store,
            SecurityAudit audit) {
        this.webAuthn = new WebAuthnAuthenticationProvider(relyingParty, users);
        this.users = users;
        this.store = store;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request =
                (WebAuthnAuthenticationRequestToken) authentication;
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        AppUserDetails signedIn =
                current != null
                                && current.isAuthenticated()
                                && current.getPrincipal() instanceof AppUserDetails user
                        ? user
                        : null;
        if (signedIn != null) {
            String credentialId =
                    request.getWebAuthnRequest().getPublicKey().getRawId().toBase64UrlString();
            String owner = store.ownerOf(credentialId).orElse(null);
            if (owner != null && !owner.equals(signedIn.getUsername())) {
                log.warn(
                        "User '{}' tried to confirm with a passkey of another account: refused",
                        LogSafe.of(signedIn.getUsername()));
                audit.record(
                        signedIn.id(),
                        signedIn.id(),
                        SecurityAuditAction.PASSKEY_OF_OTHER_ACCOUNT_REFUSED,
                        null);
                throw new PasskeyOfOtherAccountException();
            }
        }
        Authentication verified = webAuthn.authenticate(request);
        AppUserDetails user = (AppUserDetails) users.loadUserByUsername(verified.getName());
        if (!user.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(verified.getAuthorities());
        if (signedIn != null) {
            for (GrantedAuthority authority : current.getAuthorities()) {
                if (authority instanceof FactorGrantedAuthority) {
                    authorities.add(authority);
                }
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}

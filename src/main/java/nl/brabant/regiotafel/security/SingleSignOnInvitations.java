package nl.brabant.regiotafel.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The way in through single sign-on for someone who was invited but has no account yet: accepts a
 * pending invitation to the address the provider verified ({@link
 * InvitationService#acceptForVerifiedEmail}) and returns the new account's id.
 */
@Component
class SingleSignOnInvitations {

    private final InvitationService invitations;

    SingleSignOnInvitations(InvitationService invitations) {
        this.invitations = invitations;
    }

    Optional<Long> accept(String verifiedEmail, String displayName) {
        // The OAuth2 login filter runs before Spring Security's anonymous filter, so the context is
        // still empty here, and method security refuses an empty context even for permitAll():
        // the person is anonymous to this application until this sign-in ends.
        SecurityContext before = SecurityContextHolder.getContext();
        if (before.getAuthentication() != null) {
            return invitations.acceptForVerifiedEmail(verifiedEmail, displayName);
        }
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(
                new AnonymousAuthenticationToken(
                        "single-sign-on",
                        "anonymousUser",
                        List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(anonymous);
        try {
            return invitations.acceptForVerifiedEmail(verifiedEmail, displayName);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}

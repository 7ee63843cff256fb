package nl.brabant.regiotafel.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The way in through single sign-on for someone who was invited but has no account yet: accepts a
 * pending invitation to the address the provider verified and returns the new account's id.
 */
@Component
class SingleSignOnInvitations {

    Optional<Long> accept(String verifiedEmail, String displayName) {
        // InvitationService (issue 12, item 1) is not on this branch yet.
        return Optional.empty();
    }
}

package nl.brabant.regiotafel.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request. Only for request threads: background and push threads have
 * no security context and must be handed the acting user explicitly.
 */
@Component
public class CurrentUser {

    public Optional<AppUserDetails> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AppUserDetails user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AppUserDetails require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}

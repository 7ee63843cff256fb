package nl.brabant.regiotafel.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds a factor to the current sign-in and keeps it in the HTTP session, as Spring Security's own
 * authentication filters do: used for a recovery code, which is checked in a Vaadin request rather
 * than by a filter of its own.
 */
@Component
class SecondFactorSession {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void grant(String factorAuthority) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(current.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factorAuthority));
        Authentication upgraded =
                UsernamePasswordAuthenticationToken.authenticated(
                        current.getPrincipal(), null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            repository.saveContext(context, request.getRequest(), request.getResponse());
        }
    }
}

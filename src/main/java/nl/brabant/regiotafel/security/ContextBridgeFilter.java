package nl.brabant.regiotafel.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs a Spring Security filter that took the security context strategy when it was made and has no
 * setter for it ({@code PublicKeyCredentialCreationOptionsFilter} in 7.1.1), handing it the context
 * of the strategy now in force (Vaadin installs its own strategy after the filter chain is built).
 * Without this, /webauthn/register/options answered 400 to a signed-in person.
 */
final class ContextBridgeFilter extends OncePerRequestFilter {

    private final RequestMatcher matcher;
    private final Filter delegate;
    private final SecurityContextHolderStrategy seenByDelegate;

    /** {@code seenByDelegate}: the strategy that was in force when the delegate was made. */
    ContextBridgeFilter(
            RequestMatcher matcher, Filter delegate, SecurityContextHolderStrategy seenByDelegate) {
        this.matcher = matcher;
        this.delegate = delegate;
        this.seenByDelegate = seenByDelegate;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!matcher.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();
        if (current == seenByDelegate) {
            delegate.doFilter(request, response, chain);
            return;
        }
        seenByDelegate.setContext(current.getContext());
        try {
            delegate.doFilter(request, response, chain);
        } finally {
            seenByDelegate.clearContext();
        }
    }
}

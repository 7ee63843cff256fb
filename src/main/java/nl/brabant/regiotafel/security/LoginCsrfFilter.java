package nl.brabant.regiotafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form post must carry the session's CSRF token, as every other form post does (login
 * CSRF: a foreign page must not sign a visitor in to an account of the attacker's). Vaadin's
 * security configurer exempts its login path from Spring's CSRF check; the Vaadin login form sends
 * the token from the page's meta tags, so the check is made here. A missing or stale token (the
 * anonymous session of a login page left open ended meanwhile) goes back to the login page with
 * that reason.
 */
public final class LoginCsrfFilter extends OncePerRequestFilter {

    /** Query parameter of the login page: the form was too old, sign in again. */
    public static final String EXPIRED_PARAMETER = "verlopen";

    private static final Logger log = LoggerFactory.getLogger(LoginCsrfFilter.class);

    private final CsrfTokenRequestHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!validToken(request)) {
            log.warn(
                    "Login post without a valid CSRF token refused, from {}",
                    request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?" + EXPIRED_PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean validToken(HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName())
                        instanceof DeferredCsrfToken deferred)
                || deferred.isGenerated()) {
            // No token was ever handed out in this session: nothing the post can match.
            return false;
        }
        CsrfToken expected = deferred.get();
        String sent = tokens.resolveCsrfTokenValue(request, expected);
        return sent != null
                && MessageDigest.isEqual(
                        expected.getToken().getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8));
    }
}

package nl.brabant.regiotafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a deployment with local passwords switched off, a password post to the login form is refused
 * before any password is checked (the form is not shown then, but anyone can still post to it).
 */
class LocalPasswordsOffFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LocalPasswordsOffFilter.class);

    private final SingleSignOn settings;

    LocalPasswordsOffFilter(SingleSignOn settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return settings.localPasswords()
                || !("POST".equals(request.getMethod())
                        && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        log.warn(
                "Password login for user '{}' from {} refused: local passwords are switched off",
                LogSafe.of(request.getParameter("username")),
                request.getRemoteAddr());
        response.sendRedirect(
                request.getContextPath() + "/login?" + SingleSignOn.PASSWORDS_OFF_PARAMETER);
    }
}

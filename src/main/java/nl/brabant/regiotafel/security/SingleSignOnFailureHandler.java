package nl.brabant.regiotafel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import nl.brabant.regiotafel.security.SingleSignOn.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * Every way a sign-in through the provider can end without signing in, on the way out (the redirect
 * to the provider) and on the way back: the login page with the reason ({@code /login?sso=...}).
 * Our own refusals were logged where they were made; the provider's errors are logged here, by
 * their error code only (the descriptions are the provider's text, never a token).
 */
class SingleSignOnFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnFailureHandler.class);

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException exception)
            throws IOException {
        Refusal refusal = refusalOf(exception);
        if (!(exception instanceof SingleSignOnRefused)
                && !(exception.getCause() instanceof SingleSignOnRefused)) {
            log.warn(
                    "Single sign-on failed ({}) from {}: {}",
                    refusal.parameter(),
                    request.getRemoteAddr(),
                    exception instanceof OAuth2AuthenticationException oauth
                            ? LogSafe.of(oauth.getError().getErrorCode())
                            : exception.getClass().getSimpleName()
                                    + " caused by "
                                    + causeName(exception));
        }
        response.sendRedirect(
                request.getContextPath()
                        + "/login?"
                        + SingleSignOn.REFUSAL_PARAMETER
                        + "="
                        + refusal.parameter());
    }

    static Refusal refusalOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SingleSignOnRefused refused) {
                return refused.refusal();
            }
            if (t instanceof ConnectException
                    || t instanceof HttpTimeoutException
                    || t instanceof ResourceAccessException) {
                return Refusal.UNAVAILABLE;
            }
        }
        return Refusal.FAILED;
    }

    private static String causeName(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}

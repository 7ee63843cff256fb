package nl.brabant.regiotafel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.brabant.regiotafel.security.ui.LoginView;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A wrong name or password goes back to {@code /login?error}. When the password could not be
 * checked at all (the account lookup failed: database stopped, killed or frozen past its timeouts)
 * Spring Security reports an {@link AuthenticationServiceException}: then {@code
 * /login?unavailable} says the service is temporarily unavailable instead of blaming the password.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException exception)
            throws IOException {
        String query =
                exception instanceof AuthenticationServiceException
                        ? LoginView.LOGIN_UNAVAILABLE
                        : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}

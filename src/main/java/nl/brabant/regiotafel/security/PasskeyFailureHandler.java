package nl.brabant.regiotafel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused passkey sign-in: 401, as Spring's default, with the reason the page can translate
 * ({@code other-account} or {@code failed}) and nothing of the credential.
 */
final class PasskeyFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException exception)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter()
                .write(
                        exception instanceof PasskeyOfOtherAccountException
                                ? "{\"error\":\"other-account\"}"
                                : "{\"error\":\"failed\"}");
    }
}

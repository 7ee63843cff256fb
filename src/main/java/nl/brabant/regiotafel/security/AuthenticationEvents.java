package nl.brabant.regiotafel.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logs sign-ins and failed attempts and feeds the failures to the throttle. */
@Component
class AuthenticationEvents {

    private static final Logger log = LoggerFactory.getLogger(AuthenticationEvents.class);

    private final LoginThrottle throttle;

    AuthenticationEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        if (event.getException() instanceof AuthenticationServiceException) {
            // the password could not be checked (database unavailable): not a guess, so not
            // throttled
            log.warn(
                    "Login for user '{}' from {} could not be checked: {}",
                    LogSafe.of(username),
                    address,
                    event.getException().getClass().getSimpleName());
            return;
        }
        throttle.recordFailure(username, address);
        log.warn(
                "Failed login for user '{}' from {}: {}",
                LogSafe.of(username),
                address,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName());
        log.info(
                "User '{}' signed in from {}",
                LogSafe.of(event.getAuthentication().getName()),
                address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}

package nl.brabant.regiotafel.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Anonymous sessions live briefly; signing in gives the session its full lifetime. The login page
 * is a Vaadin view and needs a session for its UI, and a request for a page before signing in keeps
 * that page in the session to return to it afterwards: both are anonymous sessions that anyone can
 * make by the thousand, so they end after a few minutes without a request instead of half an hour.
 */
@Component
class SessionLifetime implements HttpSessionListener {

    private final int anonymousSeconds;
    private final int signedInSeconds;

    SessionLifetime(
            @Value("${regiotafel.session.anonymous-timeout:3m}") Duration anonymous,
            @Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
        this.anonymousSeconds = Math.toIntExact(anonymous.toSeconds());
        this.signedInSeconds = Math.toIntExact(signedIn.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    /** Published while the login request is being handled, so its session is at hand. */
    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession();
            session.setMaxInactiveInterval(signedInSeconds);
        }
    }
}

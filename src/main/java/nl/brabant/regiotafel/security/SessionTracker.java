package nl.brabant.regiotafel.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Knows the live HTTP sessions so that disabling an account can end them. Invalidating the HTTP
 * session also closes the Vaadin session, which matters because push traffic over a WebSocket never
 * passes Spring Security's filters again.
 */
@Component
class SessionTracker implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session in which this user is signed in; returns how many. */
    int endSessionsOf(long userId) {
        List<HttpSession> theirs =
                live.values().stream().filter(s -> belongsTo(s, userId)).toList();
        for (HttpSession session : theirs) {
            live.remove(session.getId());
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: nothing left to do
            }
        }
        return theirs.size();
    }

    private static boolean belongsTo(HttpSession session, long userId) {
        try {
            Object context =
                    session.getAttribute(
                            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext sc
                    && sc.getAuthentication() != null
                    && sc.getAuthentication().getPrincipal() instanceof AppUserDetails user
                    && user.id() == userId;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}

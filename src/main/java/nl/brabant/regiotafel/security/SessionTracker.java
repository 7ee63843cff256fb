package nl.brabant.regiotafel.security;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
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
            invalidate(session);
        }
        return theirs.size();
    }

    /**
     * Invalidates a session with the lock of its Vaadin session held: closing a Vaadin session
     * touches its state, which Vaadin allows only under that lock, and the thread ending it (an
     * administrator's or a password reset's request) holds another session's lock, if any. (Seen in
     * the password-reset journey: without it the reset failed on Vaadin's lock assertion.)
     */
    private static void invalidate(HttpSession session) {
        List<Lock> locks = new ArrayList<>();
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                    locks.add(vaadin.getLockInstance());
                }
            }
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        // Closing a Vaadin session makes it the thread's current one; the request that ends it
        // goes on with its own afterwards.
        Map<Class<?>, CurrentInstance> current = CurrentInstance.getInstances();
        locks.forEach(Lock::lock);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile: nothing left to do
        } finally {
            locks.forEach(Lock::unlock);
            CurrentInstance.restoreInstances(current);
        }
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

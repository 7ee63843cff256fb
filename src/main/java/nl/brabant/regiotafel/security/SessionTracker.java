package nl.brabant.regiotafel.security;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import nl.brabant.regiotafel.base.TextInput;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Knows the live HTTP sessions so that disabling an account can end them, and so that a person sees
 * and ends their own sessions on the account page. Invalidating the HTTP session also closes the
 * Vaadin session, which matters because push traffic over a WebSocket never passes Spring
 * Security's filters again.
 */
@Component
class SessionTracker implements HttpSessionListener, HttpSessionIdListener {

    static final String SIGN_IN = SessionTracker.class.getName() + ".signIn";
    private static final int MAX_USER_AGENT = 400;

    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SessionTracker(Clock clock) {
        this.clock = clock;
    }

    /**
     * Published while the login request is handled: its session, browser and address are at hand.
     * The session keeps the record when its id changes right after (session fixation protection).
     */
    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String userAgent = request.getHeader("User-Agent");
            request.getSession()
                    .setAttribute(
                            SIGN_IN,
                            new SignInRecord(
                                    newKey(),
                                    clock.instant(),
                                    userAgent == null
                                            ? null
                                            : TextInput.shorten(userAgent, MAX_USER_AGENT),
                                    request.getRemoteAddr()));
        }
    }

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
        return endSessionsOf(userId, null);
    }

    /** Ends every session of this user but the one with the given id; returns how many. */
    int endSessionsOf(long userId, String keptHttpSessionId) {
        List<HttpSession> theirs =
                live.values().stream()
                        .filter(s -> belongsTo(s, userId))
                        .filter(s -> !Objects.equals(id(s), keptHttpSessionId))
                        .toList();
        for (HttpSession session : theirs) {
            live.remove(session.getId());
            invalidate(session);
        }
        return theirs.size();
    }

    /** The open sessions of this user, the most recently signed in first. */
    List<LiveSession> sessionsOf(long userId) {
        return live.values().stream()
                .filter(s -> belongsTo(s, userId))
                .map(this::describe)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((LiveSession s) -> s.signIn().signedInAt()).reversed())
                .toList();
    }

    /**
     * Ends the session of this user that the key names; false when there is none (ended meanwhile,
     * or another person's).
     */
    boolean end(long userId, String key) {
        for (HttpSession session : live.values()) {
            if (belongsTo(session, userId)
                    && describe(session).filter(s -> s.signIn().key().equals(key)).isPresent()) {
                live.remove(session.getId());
                invalidate(session);
                return true;
            }
        }
        return false;
    }

    /**
     * A session signed in without the login form (the tests, or one signed in before this
     * application version) gets its record when first listed.
     */
    private Optional<LiveSession> describe(HttpSession session) {
        try {
            SignInRecord signIn =
                    session.getAttribute(SIGN_IN) instanceof SignInRecord kept ? kept : null;
            if (signIn == null) {
                signIn =
                        new SignInRecord(
                                newKey(),
                                Instant.ofEpochMilli(session.getCreationTime()),
                                null,
                                null);
                session.setAttribute(SIGN_IN, signIn);
            }
            return Optional.of(
                    new LiveSession(
                            session.getId(),
                            signIn,
                            Instant.ofEpochMilli(session.getLastAccessedTime())));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String id(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
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

package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.brabant.regiotafel.security.EndedSessionExit;
import nl.brabant.regiotafel.security.InactivityLimits;
import nl.brabant.regiotafel.security.SessionInactivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a signed-in session after a spell without input, with a warning before the end (WCAG 2.2.1).
 * The servlet session timeout alone never fires while a tab is open: Vaadin's heartbeat and push
 * reconnects are requests too. So activity here is only what a person does in the page: a key, a
 * pointer, the wheel, a touch, or opening a page. The browser reports it as a DOM event on the UI,
 * throttled; heartbeats, push and data requests do not count. All tabs of a session share one
 * clock.
 *
 * <p>Longer than 250 lines: listening for activity in the page, warning and ending the session are
 * the steps of one watch per window on its session's shared clock, run on one timer thread; the
 * rules of that clock are {@link SessionInactivity}'s and unit-tested there.
 */
@Component
public class InactivityGuard implements VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InactivityGuard.class);
    static final String ACTIVITY_EVENT = "regiotafel-activity";

    /** After the pages have had this long to leave, the session is thrown away in any case. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private static final String LISTEN =
            """
            const target = this;
            const report = () => target.dispatchEvent(new CustomEvent($0));
            for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
                document.addEventListener(type, report, {capture: true, passive: true});
            }""";

    private final Clock clock;
    private final InactivityLimits defaults;
    private final AuthenticationContext authentication;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("inactivity-guard").daemon().factory());

    InactivityGuard(Clock clock, InactivityLimits defaults, AuthenticationContext authentication) {
        this.clock = clock;
        this.defaults = defaults;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        init -> {
                            if (authentication.isAuthenticated()) {
                                watch(init.getUI());
                            }
                        });
        event.getSource()
                .addSessionDestroyListener(
                        destroyed -> {
                            Watch watch = destroyed.getSession().getAttribute(Watch.class);
                            if (watch != null) {
                                forget(watch);
                            }
                        });
    }

    /**
     * Other limits for one live session, counted from now: for tests that cannot wait half an hour.
     * Its open pages then report activity at a rate that suits the new limits.
     */
    public void limitSession(String httpSessionId, InactivityLimits limits) throws Exception {
        Watch watch =
                watches.stream()
                        .filter(w -> httpSessionId.equals(w.httpSessionId()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no signed-in session with that id"));
        watch.session
                .access(
                        () -> {
                            watch.inactivity.limitTo(limits);
                            watch.listeners.replaceAll(
                                    (ui, old) -> {
                                        old.remove();
                                        return listen(ui, watch);
                                    });
                            closeWarnings(watch);
                            schedule(watch);
                        })
                .get();
    }

    private void watch(UI ui) {
        VaadinSession session = ui.getSession();
        Watch found = session.getAttribute(Watch.class);
        if (found != null && found.inactivity.phase() == SessionInactivity.Phase.ENDED) {
            // Signed in again in the same browser before the ended session was thrown away.
            session.getSession().removeAttribute(EndedSessionExit.ENDED);
            found = null;
        }
        if (found == null) {
            found =
                    new Watch(
                            session,
                            authentication.getPrincipalName().orElse("?"),
                            new SessionInactivity(clock, defaults));
            session.setAttribute(Watch.class, found);
            watches.add(found);
        }
        Watch watch = found;
        watch.listeners.put(ui, listen(ui, watch));
        ui.addDetachListener(
                detached -> {
                    watch.listeners.remove(ui);
                    watch.warnings.remove(ui);
                });
        ui.getElement().executeJs(LISTEN, ACTIVITY_EVENT);
        userActed(watch);
        schedule(watch);
    }

    private Registration listen(UI ui, Watch watch) {
        // allowInert: a strictly modal dialog of the page must not hide that the person is busy in
        // it.
        return ui.getElement()
                .addEventListener(ACTIVITY_EVENT, e -> userActed(watch))
                .throttle(reportInterval(watch.inactivity.limits()))
                .allowInert();
    }

    /** Often enough to be exact to a minute or less, rarely enough to cost nothing. */
    static int reportInterval(InactivityLimits limits) {
        long thirtieth = limits.inactivityTimeout().toMillis() / 30;
        return (int) Math.clamp(thirtieth, 1_000, 60_000);
    }

    private void userActed(Watch watch) {
        if (watch.inactivity.userActed()) {
            closeWarnings(watch);
            schedule(watch);
        }
    }

    private void schedule(Watch watch) {
        synchronized (watch) {
            if (watch.next != null) {
                watch.next.cancel(false);
            }
            long delay =
                    Math.max(
                            0,
                            Duration.between(clock.instant(), watch.inactivity.nextChange())
                                    .toMillis());
            watch.next = timer.schedule(() -> check(watch), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void check(Watch watch) {
        try {
            watch.session.access(
                    () -> {
                        switch (watch.inactivity.phase()) {
                            case ACTIVE -> schedule(watch);
                            case WARNED -> {
                                warn(watch);
                                schedule(watch);
                            }
                            case ENDED -> end(watch);
                        }
                    });
        } catch (RuntimeException sessionGone) {
            forget(watch);
        }
    }

    /** Runs under the session lock. */
    private void warn(Watch watch) {
        for (UI ui : List.copyOf(watch.listeners.keySet())) {
            if (!watch.warnings.containsKey(ui)) {
                ui.accessSynchronously(
                        () -> {
                            InactivityWarning warning =
                                    new InactivityWarning(
                                            watch.inactivity.limits().inactivityWarning(),
                                            () -> userActed(watch));
                            watch.warnings.put(ui, warning);
                            warning.open();
                        });
            }
        }
    }

    private void closeWarnings(Watch watch) {
        watch.warnings.forEach(
                (ui, warning) -> {
                    try {
                        ui.accessSynchronously(warning::close);
                    } catch (RuntimeException closedMeanwhile) {
                        // the page is gone, and its warning with it
                    }
                });
        watch.warnings.clear();
    }

    /**
     * Runs under the session lock. Signs the session out at once and marks it ended; then sends
     * every open page to {@link EndedSessionExit}, which throws the session away and shows the
     * login page with the reason. Invalidating the session right here would close the push
     * connections before that message is out, and the pages would land on the login page without a
     * word.
     */
    private void end(Watch watch) {
        forget(watch);
        WrappedSession http = watch.session.getSession();
        try {
            http.setAttribute(EndedSessionExit.ENDED, Boolean.TRUE);
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        for (UI ui : List.copyOf(watch.listeners.keySet())) {
            try {
                ui.accessSynchronously(
                        () -> {
                            ui.getPage().setLocation(EndedSessionExit.PATH.substring(1));
                            ui.push();
                        });
            } catch (RuntimeException closedMeanwhile) {
                log.debug("Could not send a page away from its ended session", closedMeanwhile);
            }
        }
        log.info(
                "Signed out '{}' after {} without activity",
                watch.username,
                watch.inactivity.limits().inactivityTimeout());
        timer.schedule(
                () -> {
                    try {
                        if (http.getAttribute(EndedSessionExit.ENDED) != null) {
                            http.invalidate();
                        }
                    } catch (IllegalStateException alreadyInvalid) {
                        // the page came by and ended it
                    }
                },
                GRACE.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void forget(Watch watch) {
        synchronized (watch) {
            if (watch.next != null) {
                watch.next.cancel(false);
            }
        }
        watches.remove(watch);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** One signed-in session: its inactivity, its open pages and the warnings on them. */
    private static final class Watch {
        private final VaadinSession session;
        private final String username;
        private final SessionInactivity inactivity;

        /** The open pages, each with its activity listener. */
        private final Map<UI, Registration> listeners = new ConcurrentHashMap<>();

        private final Map<UI, InactivityWarning> warnings = new ConcurrentHashMap<>();
        private ScheduledFuture<?> next;

        Watch(VaadinSession session, String username, SessionInactivity inactivity) {
            this.session = session;
            this.username = username;
            this.inactivity = inactivity;
        }

        String httpSessionId() {
            try {
                return session.getSession() == null ? null : session.getSession().getId();
            } catch (IllegalStateException invalidated) {
                return null;
            }
        }
    }
}

package nl.brabant.regiotafel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import java.util.function.BooleanSupplier;
import nl.brabant.regiotafel.Application;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Several people, each with windows of their own, on one browserless application in the suite's
 * Spring context: for what one window sees of another's work (pushes from the collaboration hub).
 * Open it before each test and close it after.
 */
public final class Windows implements AutoCloseable {

    private final SecuredBrowserlessApplicationContext<Authentication> app;
    private final UserDetailsService users;

    public Windows(ApplicationContext spring, UserDetailsService users) {
        this.app = SpringBrowserlessApplicationContext.createSecured(spring, Application.class);
        this.users = users;
    }

    /** The account signed in, as a login does; {@code newWindow()} opens a tab of theirs. */
    public BrowserlessUserContext signedIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return app.newUser(
                UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
    }

    /** The n-th (from 0) article's edit button in the window. */
    public static Button editButton(BrowserlessUIContext window, int article) {
        return window.find(Button.class).all().stream()
                .filter(b -> b.hasClassName("edit-article"))
                .skip(article)
                .findFirst()
                .orElseThrow();
    }

    /** Runs what reached this window from the hub so far (its push, or its next round trip). */
    public static void deliver(BrowserlessUIContext window) {
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            runPending(window);
            sleep();
        }
    }

    /**
     * Runs what the hub's thread handed to this window (its push), until the window shows what is
     * expected: the hub tells windows on its own thread, a moment after the change.
     */
    public static void receiveUntil(BrowserlessUIContext window, BooleanSupplier shown) {
        long until = System.currentTimeMillis() + 5000;
        do {
            runPending(window);
            if (shown.getAsBoolean()) {
                return;
            }
            sleep();
        } while (System.currentTimeMillis() < until);
        assertThat(shown.getAsBoolean()).as("the window shows the change within 5 s").isTrue();
    }

    private static void runPending(BrowserlessUIContext window) {
        window.activate();
        var session = window.getUser().getSession();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
        } finally {
            session.unlock();
        }
        window.roundTrip();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}

package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * A message the login page shows once, left by the page the person came from in the same (not yet
 * signed-in) session: "your account is ready", "your password was changed".
 */
record LoginNotice(String key, String argument) implements Serializable {

    static void leave(String key, String argument) {
        VaadinSession.getCurrent().setAttribute(LoginNotice.class, new LoginNotice(key, argument));
    }

    static Optional<LoginNotice> take() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        LoginNotice notice = session.getAttribute(LoginNotice.class);
        session.setAttribute(LoginNotice.class, null);
        return Optional.ofNullable(notice);
    }
}

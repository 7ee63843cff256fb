package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.brabant.regiotafel.base.LanguagePreference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Dutch by default, English on request. The choice is kept in the session and in a cookie, so it
 * holds on the login page too; a signed-in person's choice is also kept with their account ({@link
 * LanguagePreference}), which sets session and cookie again at every sign-in.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    static final String COOKIE = "regiotafel-taal";

    /**
     * In the HTTP session (not only the Vaadin session), so that the sign-in can set it before any
     * UI exists.
     */
    private static final String SESSION_KEY = LocaleSupport.class.getName();

    private final ObjectProvider<LanguagePreference> preferences;

    public LocaleSupport(ObjectProvider<LanguagePreference> preferences) {
        this.preferences = preferences;
    }

    /** The supported locale for a language code; Dutch for anything else. */
    public static Locale of(String language) {
        return ENGLISH.getLanguage().equals(language) ? ENGLISH : DUTCH;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(resolve()));
    }

    /** Switches every window of this session to the language and reloads the current page. */
    public static void switchTo(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        session.getSession().setAttribute(SESSION_KEY, locale);
        session.setLocale(locale);
        // Set by the server, so that it can be HttpOnly: no script needs it. The click that got us
        // here came as an ordinary request (push only carries server-to-browser messages).
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null) {
            response.addCookie(cookie(locale, request.getContextPath(), request.isSecure()));
        }
        Principal principal = request == null ? null : request.getUserPrincipal();
        if (principal != null) {
            session.getService()
                    .getInstantiator()
                    .getOrCreate(LocaleSupport.class)
                    .preferences
                    .ifAvailable(kept -> kept.remember(principal.getName(), locale.getLanguage()));
        }
        ui.getPage().reload();
    }

    /**
     * At sign-in (the login form's POST, same thread) the account's language wins over what this
     * browser had before: it goes into the session, and the cookie is set to match.
     */
    @EventListener
    void applyAtSignIn(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
                || web.getResponse() == null) {
            return;
        }
        LanguagePreference kept = preferences.getIfAvailable();
        if (kept != null) {
            kept.of(event.getAuthentication().getName())
                    .map(LocaleSupport::of)
                    .ifPresent(locale -> apply(web.getRequest(), web.getResponse(), locale));
        }
    }

    private static void apply(
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.getSession().setAttribute(SESSION_KEY, locale);
        response.addCookie(cookie(locale, request.getContextPath(), request.isSecure()));
    }

    /**
     * A year long, for the whole application, never to scripts, Secure whenever the page came over
     * TLS.
     */
    static Cookie cookie(Locale locale, String contextPath, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static Locale resolve() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null
                && session.getSession() != null
                && session.getSession().getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .map(c -> of(c.getValue()))
                    .findFirst()
                    .orElse(DUTCH);
        }
        return DUTCH;
    }
}

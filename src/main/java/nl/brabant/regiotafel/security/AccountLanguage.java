package nl.brabant.regiotafel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.brabant.regiotafel.base.ui.LanguageChosen;
import nl.brabant.regiotafel.base.ui.LocaleSupport;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language is kept per account: stored when the person switches, applied (with the cookie set to match)
 * when they sign in, on whatever browser.
 */
@Component
class AccountLanguage {

    private final UserAccountRepository accounts;

    AccountLanguage(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    void remember(LanguageChosen chosen) {
        accounts.updateLanguage(chosen.username(), chosen.locale().getLanguage());
    }

    @EventListener
    @Transactional(readOnly = true)
    void applyAtSignIn(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
                || web.getResponse() == null) {
            return;
        }
        accounts.findByUsername(event.getAuthentication().getName())
                .map(UserAccount::getLanguage)
                .map(LocaleSupport::of)
                .ifPresent(locale -> apply(web.getRequest(), web.getResponse(), locale));
    }

    private static void apply(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        LocaleSupport.applyAtSignIn(request, response, locale);
    }
}

package nl.brabant.regiotafel.security;

import java.util.Optional;
import nl.brabant.regiotafel.base.LanguagePreference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language is kept per account (column user_account.language), so it follows the person to any
 * browser.
 */
@Component
class AccountLanguage implements LanguagePreference {

    private final UserAccountRepository accounts;

    AccountLanguage(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> of(String username) {
        return accounts.findByUsername(username).map(UserAccount::getLanguage);
    }

    @Override
    @Transactional
    public void remember(String username, String language) {
        accounts.updateLanguage(username, language);
    }
}

package nl.brabant.regiotafel.base;

import java.util.Optional;

/**
 * Where a person's chosen language ("nl", "en") is kept between sign-ins. The UI asks through this
 * interface; the security feature, which owns the accounts, answers.
 */
public interface LanguagePreference {

    /** The language this account last chose, if it ever chose one. */
    Optional<String> of(String username);

    void remember(String username, String language);
}

package nl.brabant.regiotafel.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where to write to a person, for jobs that run without a signed-in user (the digest): only an
 * enabled account with an e-mail address has one.
 */
@Component
public class AccountContacts {

    /** A person's name, address and language ("nl" or "en"). */
    public record Contact(long id, String displayName, String email, String language) {}

    private final UserAccountRepository accounts;

    AccountContacts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<Contact> ofEnabled(long userId) {
        return accounts.findById(userId)
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getEmail() != null && !a.getEmail().isBlank())
                .map(
                        a ->
                                new Contact(
                                        a.getId(),
                                        a.getDisplayName(),
                                        a.getEmail(),
                                        a.getLanguage()));
    }
}

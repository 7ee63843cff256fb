package nl.brabant.regiotafel.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.brabant.regiotafel.security.SingleSignOn.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a person the OpenID provider vouched for is. The identity (issuer and subject) an
 * account was linked to decides; an account not linked yet is found once by the e-mail address the
 * provider verified, and linked then. Nothing else comes from the provider: roles and regions are
 * the account's memberships here.
 */
@Component
class SingleSignOnAccounts {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);

    private final UserAccountRepository users;
    private final AppUserDetailsService details;
    private final SingleSignOnInvitations invitations;

    SingleSignOnAccounts(
            UserAccountRepository users,
            AppUserDetailsService details,
            SingleSignOnInvitations invitations) {
        this.users = users;
        this.details = details;
        this.invitations = invitations;
    }

    /** What the provider said about the person. */
    record Identity(
            String issuer,
            String subject,
            String email,
            boolean emailVerified,
            String displayName,
            String address) {}

    /**
     * The account to sign in as, or the refusal. A refusal is logged here (no tokens, no secrets).
     */
    @Transactional
    AppUserDetails signIn(Identity who) {
        Optional<UserAccount> linked =
                users.findByOidcIssuerAndOidcSubject(who.issuer(), who.subject());
        if (linked.isPresent()) {
            return enabled(linked.get(), who);
        }
        if (who.email() == null || who.email().isBlank() || !who.emailVerified()) {
            throw refuse(
                    Refusal.UNVERIFIED,
                    who,
                    "the provider gave no verified e-mail address (email_verified="
                            + who.emailVerified()
                            + ")");
        }
        String email = who.email().strip();
        // The column's collation also makes "josé@" equal "jose@"; only the address itself, in
        // any case, is that account's.
        List<UserAccount> owners =
                users.findByEmail(email).stream()
                        .filter(
                                account ->
                                        account.getEmail() != null
                                                && account.getEmail()
                                                        .strip()
                                                        .toLowerCase(Locale.ROOT)
                                                        .equals(email.toLowerCase(Locale.ROOT)))
                        .toList();
        if (owners.size() > 1) {
            throw refuse(Refusal.CONFLICT, who, owners.size() + " accounts have this address");
        }
        if (owners.isEmpty()) {
            Optional<Long> invited = invitations.accept(email, who.displayName());
            if (invited.isEmpty()) {
                throw refuse(Refusal.NO_ACCOUNT, who, "no account and no pending invitation");
            }
            UserAccount account = users.findById(invited.get()).orElseThrow();
            log.info(
                    "Invitation for '{}' accepted through single sign-on: account '{}' created",
                    LogSafe.of(email),
                    LogSafe.of(account.getUsername()));
            return link(account, who);
        }
        UserAccount account = owners.getFirst();
        if (account.getOidcSubject() != null) {
            throw refuse(
                    Refusal.CONFLICT,
                    who,
                    "account '"
                            + LogSafe.of(account.getUsername())
                            + "' is linked to another identity");
        }
        enabled(account, who);
        return link(account, who);
    }

    private AppUserDetails link(UserAccount account, Identity who) {
        if (users.linkToProvider(account.getId(), who.issuer(), who.subject()) != 1) {
            throw refuse(
                    Refusal.CONFLICT,
                    who,
                    "account '" + LogSafe.of(account.getUsername()) + "' was linked meanwhile");
        }
        log.info(
                "Account '{}' linked to its identity at {} (first sign-in through single sign-on)",
                LogSafe.of(account.getUsername()),
                LogSafe.of(who.issuer()));
        return details.details(account);
    }

    private AppUserDetails enabled(UserAccount account, Identity who) {
        if (!account.isEnabled()) {
            throw refuse(
                    Refusal.DISABLED,
                    who,
                    "account '" + LogSafe.of(account.getUsername()) + "' is disabled");
        }
        return details.details(account);
    }

    private static SingleSignOnRefused refuse(Refusal refusal, Identity who, String why) {
        log.warn(
                "Single sign-on refused ({}) for subject '{}' at {}, e-mail '{}', from {}: {}",
                refusal.parameter(),
                LogSafe.of(who.subject()),
                LogSafe.of(who.issuer()),
                LogSafe.of(who.email()),
                who.address(),
                why);
        return new SingleSignOnRefused(refusal);
    }
}

package nl.brabant.regiotafel.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An empty production database has no default admin. The first one comes from the environment
 * (REGIOTAFEL_ADMIN_USERNAME and REGIOTAFEL_ADMIN_PASSWORD) and only while no admin exists. With
 * local passwords switched off the password may be left out: the account then gets the address of
 * REGIOTAFEL_ADMIN_EMAIL and a password nobody knows, and its first sign-in through the provider
 * with that (verified) address links it.
 */
@Component
@Order(20)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String email;
    private final SingleSignOn singleSignOn;

    FirstAdminInitializer(
            UserAccountRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwordEncoder,
            @Value("${regiotafel.admin.username:}") String username,
            @Value("${regiotafel.admin.password:}") String password,
            @Value("${regiotafel.admin.email:}") String email,
            SingleSignOn singleSignOn) {
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.username = username.trim().toLowerCase(Locale.ROOT);
        this.password = password;
        this.email = email.strip();
        this.singleSignOn = singleSignOn;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (memberships.countByRoleAndUserEnabledTrue(Role.ADMIN) > 0) {
            return;
        }
        boolean throughProvider = !singleSignOn.localPasswords() && !email.isEmpty();
        if (username.isEmpty() || (password.isEmpty() && !throughProvider)) {
            if (singleSignOn.localPasswords()) {
                log.warn(
                        "No administrator exists. Set REGIOTAFEL_ADMIN_USERNAME and REGIOTAFEL_ADMIN_PASSWORD "
                                + "(at least {} characters) and restart to create the first one.",
                        UserAdminService.MIN_PASSWORD_LENGTH);
            } else {
                log.warn(
                        "No administrator exists. Set REGIOTAFEL_ADMIN_USERNAME and REGIOTAFEL_ADMIN_EMAIL "
                                + "(the address the identity provider has for them) and restart; the "
                                + "first sign-in through the provider with that address links it.");
            }
            return;
        }
        if (!password.isEmpty() && password.length() < UserAdminService.MIN_PASSWORD_LENGTH) {
            log.error(
                    "REGIOTAFEL_ADMIN_PASSWORD is shorter than {} characters; no administrator created.",
                    UserAdminService.MIN_PASSWORD_LENGTH);
            return;
        }
        UserAccount admin =
                users.findByUsername(username)
                        .orElseGet(
                                () ->
                                        users.save(
                                                new UserAccount(
                                                        username,
                                                        "Beheerder",
                                                        email.isEmpty() ? null : email,
                                                        passwordEncoder.encode(
                                                                password.isEmpty()
                                                                        ? unknownPassword()
                                                                        : password),
                                                        null)));
        admin.setEnabled(true);
        memberships.save(new Membership(admin, null, Role.ADMIN));
        log.info("First administrator '{}' created from the environment.", username);
    }

    /** A password nobody knows, for an administrator who signs in through the provider only. */
    private static String unknownPassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}

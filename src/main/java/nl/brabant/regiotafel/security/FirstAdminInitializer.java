package nl.brabant.regiotafel.security;

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
 * (REGIOTAFEL_ADMIN_USERNAME and REGIOTAFEL_ADMIN_PASSWORD) and only while no admin exists.
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

    FirstAdminInitializer(
            UserAccountRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwordEncoder,
            @Value("${regiotafel.admin.username:}") String username,
            @Value("${regiotafel.admin.password:}") String password) {
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.username = username.trim().toLowerCase(Locale.ROOT);
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (memberships.countByRoleAndUserEnabledTrue(Role.ADMIN) > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn(
                    "No administrator exists. Set REGIOTAFEL_ADMIN_USERNAME and REGIOTAFEL_ADMIN_PASSWORD "
                            + "(at least {} characters) and restart to create the first one.",
                    UserAdminService.MIN_PASSWORD_LENGTH);
            return;
        }
        if (password.length() < UserAdminService.MIN_PASSWORD_LENGTH) {
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
                                                        null,
                                                        passwordEncoder.encode(password),
                                                        null)));
        admin.setEnabled(true);
        memberships.save(new Membership(admin, null, Role.ADMIN));
        log.info("First administrator '{}' created from the environment.", username);
    }
}

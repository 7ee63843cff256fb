package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Account and membership administration on MariaDB: the rules hold and bad input stores nothing.
 */
@IntegrationTest
class UserAdminServiceTest {

    @Autowired UserAdminService admin;
    @Autowired AccessPolicy policy;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetails, "beheerder");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void createdUserCanSignInWithAHashedPasswordAndSeesNothingUntilGivenAMembership() {
        UserRow created =
                admin.createUser(
                        new NewUser(
                                "  Nieuwe.Ambtenaar ",
                                "Nina Nieuw",
                                "nina@example.org",
                                null,
                                "een-lang-wachtwoord"));
        assertThat(created.username()).isEqualTo("nieuwe.ambtenaar");
        String hash =
                jdbc.queryForObject(
                        "SELECT password_hash FROM user_account WHERE username = 'nieuwe.ambtenaar'",
                        String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("een-lang-wachtwoord");
        assertThat(passwordEncoder.matches("een-lang-wachtwoord", hash)).isTrue();

        long hvb = regionId("HVB");
        assertThat(policy.may(created.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
        MembershipRow membership = admin.addMembership(created.id(), Role.MUNICIPAL_OFFICER, hvb);
        assertThat(policy.may(created.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();
        assertThat(policy.may(created.id(), Action.VIEW_REGION_WORKSPACE, regionId("BRE")))
                .isFalse();

        admin.removeMembership(membership.id());
        assertThat(policy.may(created.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
    }

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] [{3}] is refused with {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "ab          | Naam              | NULL           | een-lang-wachtwoord | user.error.username",
                "met spatie  | Naam              | NULL           | een-lang-wachtwoord | user.error.username",
                "<script>    | Naam              | NULL           | een-lang-wachtwoord | user.error.username",
                "goede.naam  | ''                | NULL           | een-lang-wachtwoord | user.error.displayName",
                "goede.naam  | Naam              | geen-adres     | een-lang-wachtwoord | user.error.email",
                "goede.naam  | Naam              | NULL           | kort                | password.error.tooShort",
                "goede.naam  | Naam              | NULL           | GOEDE.NAAM          | password.error.tooShort",
                "goede.naam.lang | Naam          | NULL           | GOEDE.NAAM.LANG     | password.error.username",
                "goede.naam  | Naam              | NULL           | 1qaz2wsx3edc        | password.error.common",
                "beheerder   | Dubbel            | NULL           | een-lang-wachtwoord | user.error.usernameTaken"
            })
    void badInputIsRefusedWithAClearMessageAndStoresNothing(
            String username, String name, String email, String password, String expectedKey) {
        int before = count();
        assertThatThrownBy(
                        () -> admin.createUser(new NewUser(username, name, email, null, password)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void scriptTagsInANameAreStoredAsPlainText() {
        UserRow row =
                admin.createUser(
                        new NewUser(
                                "script.test",
                                "<script>alert(1)</script>",
                                null,
                                null,
                                "een-lang-wachtwoord"));
        assertThat(row.displayName()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void membershipRulesRegionalRolesNeedARegionProvinceRolesMustNotHaveOne() {
        long userId =
                admin.createUser(
                                new NewUser(
                                        "regels.test", "Regels", null, null, "een-lang-wachtwoord"))
                        .id();
        assertKey(
                () -> admin.addMembership(userId, Role.ALDERMAN, null),
                "membership.error.regionRequired");
        assertKey(
                () -> admin.addMembership(userId, Role.PROVINCE_MONITOR, regionId("HVB")),
                "membership.error.noRegionForProvinceRole");
        assertKey(() -> admin.addMembership(userId, null, null), "membership.error.role");
        admin.addMembership(userId, Role.PROVINCE_MONITOR, null);
        assertKey(
                () -> admin.addMembership(userId, Role.PROVINCE_MONITOR, null),
                "membership.error.duplicate");
        admin.addMembership(userId, Role.AGENCY, regionId("SGE"));
        assertKey(
                () -> admin.addMembership(userId, Role.AGENCY, regionId("SGE")),
                "membership.error.duplicate");
        assertThat(admin.memberships(userId)).hasSize(2);
    }

    @Test
    void disablingAnAccountRevokesItsAccessAtOnceAndEnablingRestoresIt() {
        long userId =
                admin.createUser(
                                new NewUser(
                                        "tijdelijk",
                                        "Tijdelijk",
                                        null,
                                        null,
                                        "een-lang-wachtwoord"))
                        .id();
        long hvb = regionId("HVB");
        admin.addMembership(userId, Role.AGENCY, hvb);
        assertThat(policy.may(userId, Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();

        admin.setEnabled(userId, false);
        assertThat(policy.may(userId, Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
        assertThat(userDetails.loadUserByUsername("tijdelijk").isEnabled()).isFalse();

        admin.setEnabled(userId, true);
        assertThat(policy.may(userId, Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        AppUserDetails me = (AppUserDetails) userDetails.loadUserByUsername("beheerder");
        assertKey(() -> admin.setEnabled(me.id(), false), "user.error.disableSelf");
        MembershipRow own =
                admin.memberships(me.id()).stream()
                        .filter(m -> m.role() == Role.ADMIN)
                        .findFirst()
                        .orElseThrow();
        assertKey(() -> admin.removeMembership(own.id()), "membership.error.removeOwnAdmin");
        assertThat(policy.may(Action.MANAGE_USERS, null)).isTrue();
    }

    @Test
    void searchIsPagedAndFiltered() {
        // "wethouder." matches exactly the seven demo aldermen (other tests add "wethouder2.hvb").
        assertThat(admin.findUsers("wethouder.", 0, 50))
                .hasSize(7)
                .allSatisfy(
                        u ->
                                assertThat(u.memberships())
                                        .singleElement()
                                        .satisfies(
                                                m ->
                                                        assertThat(m.role())
                                                                .isEqualTo(Role.ALDERMAN)));
        assertThat(admin.countUsers("wethouder.")).isEqualTo(7);
        assertThat(admin.findUsers("", 0, 5)).hasSize(5);
        assertThat(admin.findUsers("", 5, 5))
                .hasSize(5)
                .doesNotContainAnyElementsOf(admin.findUsers("", 0, 5));
    }

    private static void assertKey(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Integer.class);
    }

    private long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }
}

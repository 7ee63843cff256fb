package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.testsupport.HostileInput;
import nl.brabant.regiotafel.testsupport.HostileInput.Field;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The hostile input sweep over the account administration form: name, user name, e-mail, password,
 * search.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUserInputTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "een-lang-wachtwoord";

    @Autowired UserAdminService admin;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetails, "beheerder");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Stream<Field> fields() {
        return Stream.of(
                Field.line(
                        "user.displayName",
                        200,
                        true,
                        text -> column("display_name", create(freshName(), text, null)),
                        this::accounts),
                Field.line(
                                "user.email",
                                254,
                                false,
                                text -> column("email", create(freshName(), "E-mail", text)),
                                this::accounts)
                        .formatted(text -> text + "@voorbeeld.nl"),
                // A user name is lower-cased letters, digits and . _ -: nearly every payload is
                // refused.
                Field.line(
                                "user.username",
                                100,
                                true,
                                text -> column("username", create(text, "Gebruikersnaam", null)),
                                this::accounts)
                        .formatted(text -> text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyPayloadIsRefusedClearlyOrStoredExactly(Field field) {
        HostileInput.sweep(field);
    }

    @Test
    void aPasswordBCryptCannotHoldIsRefusedClearlyNotWithAnError() {
        long before = accounts();
        for (String password :
                List.of("x".repeat(73), "😀".repeat(19), "wachtwoord-" + "é".repeat(31))) {
            assertThatThrownBy(
                            () ->
                                    admin.createUser(
                                            new NewUser(
                                                    freshName(),
                                                    "Lang wachtwoord",
                                                    null,
                                                    null,
                                                    password)))
                    .isInstanceOfSatisfying(
                            UserInputException.class,
                            e -> {
                                assertThat(e.messageKey()).isEqualTo("password.error.tooManyBytes");
                                assertThat(HostileInput.translated(e)).isTrue();
                            });
        }
        assertThat(accounts()).isEqualTo(before);
        // Exactly 72 bytes is still a password, also with characters of more than one byte.
        long id =
                admin.createUser(
                                new NewUser(freshName(), "Precies 72", null, null, "😀".repeat(18)))
                        .id();
        assertThat(id).isPositive();
    }

    @Test
    void searchingForHostileTextFindsNothingAndNeverFails() {
        for (var payload : HostileInput.payloads()) {
            assertThat(admin.findUsers(payload.text(), 0, 10)).as(payload.name()).isNotNull();
            assertThat(admin.countUsers(payload.text())).as(payload.name()).isNotNegative();
        }
        assertThat(admin.countUsers("' OR '1'='1")).isZero();
    }

    /** MariaDB's collation ignores accents and some invisible characters; the login must not. */
    @Test
    void onlyTheUserNameItselfSignsInNotASpellingTheDatabaseCollatesAlike() {
        assertThat(userDetails.loadUserByUsername("Beheerder").getUsername())
                .isEqualTo("beheerder");
        for (String lookalike :
                List.of(
                        "behéérder",
                        "beheer\u200Bder",
                        "beheerde\u0301r",
                        "beheer\u00ADder",
                        "beheerder\u0000x")) {
            assertThatThrownBy(() -> userDetails.loadUserByUsername(lookalike))
                    .as(lookalike)
                    .isInstanceOf(UsernameNotFoundException.class);
        }
    }

    private long create(String username, String displayName, String email) {
        return admin.createUser(new NewUser(username, displayName, email, null, PASSWORD)).id();
    }

    private String column(String column, long id) {
        return jdbc.queryForObject(
                "SELECT " + column + " FROM user_account WHERE id = ?", String.class, id);
    }

    private long accounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Long.class);
    }

    private static String freshName() {
        return "vijandig." + System.nanoTime() % 1_000_000_000L + "." + SEQUENCE.incrementAndGet();
    }
}

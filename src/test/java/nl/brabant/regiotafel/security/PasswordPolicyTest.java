package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules, without a database. */
class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(PasswordPolicy.problem("paarden eten graag hooi")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(64))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(72))).isEmpty();
    }

    @Test
    void tooShortTooLongAndTooManyBytesAreRefused() {
        assertThat(PasswordPolicy.problem(null)).contains("password.error.tooShort");
        assertThat(PasswordPolicy.problem("elf-tekens!")).contains("password.error.tooShort");
        assertThat(PasswordPolicy.problem("            ")).contains("password.error.tooShort");
        assertThat(PasswordPolicy.problem("a".repeat(129))).contains("password.error.tooLong");
        // 40 characters, 80 bytes: bcrypt would silently ignore the end
        assertThat(PasswordPolicy.problem("é".repeat(40))).contains("password.error.tooManyBytes");
    }

    @Test
    void theCommonestPasswordsAreRefusedInAnyCase() {
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc")).contains("password.error.common");
        assertThat(PasswordPolicy.problem("123QWEASDZXC")).contains("password.error.common");
        assertThat(PasswordPolicy.COMMON_PASSWORDS).isEqualTo(10_000);
    }

    @Test
    void theUsernameIsNoPassword() {
        assertThat(PasswordPolicy.problem("Jan.de.Vries.2027", "jan.de.vries.2027"))
                .contains("password.error.username");
    }
}

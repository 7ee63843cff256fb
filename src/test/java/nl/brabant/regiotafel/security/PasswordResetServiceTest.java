package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.AccountMailbox;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * "Wachtwoord vergeten?" on MariaDB with the real e-mail: the same answer for known and unknown
 * addresses, a single-use link of 30 minutes stored as a hash, the throttle, and the refusals.
 */
@IntegrationTest
class PasswordResetServiceTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    @Autowired PasswordResetService resets;
    @Autowired UserAdminService admin;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    String username;
    String email;

    @BeforeEach
    void anAccountOfItsOwn() {
        username = "herstel." + UUID.randomUUID().toString().substring(0, 8);
        email = username + "@example.org";
        SignIn.as(users, "beheerder");
        admin.createUser(
                new NewUser(username, "Hanna Herstel", email, null, "het oude wachtwoord"));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndTheOldPasswordStopsWorking() throws Exception {
        resets.request(email.toUpperCase(), "192.0.2.1");
        String token = AccountMailbox.token(mail, email, 1);
        assertThat(AccountMailbox.to(mail, email, 1).getFirst().getSubject())
                .isEqualTo("Nieuw wachtwoord voor Regiotafel");
        assertThat(resets.open(token)).contains(username);
        long minutes =
                jdbc.queryForObject(
                        "SELECT TIMESTAMPDIFF(MINUTE, created_at, expires_at) FROM account_token"
                                + " WHERE token_hash = ?",
                        Long.class,
                        AccountTokens.hash(token));
        assertThat(minutes).isEqualTo(30);

        assertThatThrownBy(() -> resets.reset(token, "kort"))
                .hasMessageStartingWith("password.error.tooShort");
        assertThatThrownBy(() -> resets.reset(token, username))
                .hasMessageStartingWith("password.error");
        assertThat(resets.open(token)).as("a refused password leaves the link usable").isPresent();

        assertThat(resets.reset(token, "een heel nieuw wachtwoord")).isEqualTo(username);
        String hash =
                jdbc.queryForObject(
                        "SELECT password_hash FROM user_account WHERE username = ?",
                        String.class,
                        username);
        assertThat(passwordEncoder.matches("een heel nieuw wachtwoord", hash)).isTrue();
        assertThat(passwordEncoder.matches("het oude wachtwoord", hash)).isFalse();
        assertThat(resets.open(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, "nog een ander wachtwoord"))
                .hasMessageStartingWith("reset.error.linkInvalid");
        assertThat(
                        jdbc.queryForList(
                                "SELECT a.action FROM account_audit a JOIN user_account u ON"
                                        + " u.id = a.user_id WHERE u.username = ?",
                                String.class,
                                username))
                .contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
        // the confirmation that the password changed
        assertThat(AccountMailbox.to(mail, email, 2).getLast().getSubject())
                .isEqualTo("Uw wachtwoord voor Regiotafel is gewijzigd");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerInTheSameTimeAndNoMail() {
        long known = timed(() -> resets.request(email, null));
        String unknown = "niemand." + UUID.randomUUID() + "@example.org";
        long unknownTime = timed(() -> resets.request(unknown, null));
        assertThat(known).isGreaterThanOrEqualTo(PasswordResetService.MIN_ANSWER_TIME.toMillis());
        assertThat(unknownTime)
                .isGreaterThanOrEqualTo(PasswordResetService.MIN_ANSWER_TIME.toMillis());
        AccountMailbox.to(mail, email, 1);
        assertThat(
                        Arrays.stream(mail.getReceivedMessages())
                                .filter(m -> recipients(m).contains(unknown))
                                .count())
                .isZero();
    }

    @Test
    void requestsAreThrottledPerAddress() throws Exception {
        for (int i = 0; i < PasswordResetService.REQUESTS_PER_EMAIL + 2; i++) {
            resets.request(email, "198.51.100." + i);
        }
        AccountMailbox.to(mail, email, PasswordResetService.REQUESTS_PER_EMAIL);
        Thread.sleep(1000);
        assertThat(
                        Arrays.stream(mail.getReceivedMessages())
                                .filter(m -> recipients(m).contains(email))
                                .count())
                .isEqualTo(PasswordResetService.REQUESTS_PER_EMAIL);
    }

    @Test
    void forgedLinksAndADisabledAccountChangeNothing() throws Exception {
        assertThat(resets.open("A".repeat(43))).isEmpty();
        assertThatThrownBy(() -> resets.reset("A".repeat(43), "een heel nieuw wachtwoord"))
                .hasMessageStartingWith("reset.error.linkInvalid");
        resets.request(email, null);
        String token = AccountMailbox.token(mail, email, 1);
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", username);
        assertThatThrownBy(() -> resets.reset(token, "een heel nieuw wachtwoord"))
                .hasMessageStartingWith("reset.error.linkInvalid");
        // signed in as someone else, the link is refused too
        jdbc.update("UPDATE user_account SET enabled = TRUE WHERE username = ?", username);
        SignIn.as(users, "ambtenaar.hvb");
        assertThatThrownBy(() -> resets.reset(token, "een heel nieuw wachtwoord"))
                .hasMessageStartingWith("reset.error.signedIn");
        SignIn.out();
        String hash =
                jdbc.queryForObject(
                        "SELECT password_hash FROM user_account WHERE username = ?",
                        String.class,
                        username);
        assertThat(passwordEncoder.matches("het oude wachtwoord", hash)).isTrue();
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

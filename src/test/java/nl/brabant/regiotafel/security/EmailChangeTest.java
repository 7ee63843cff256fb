package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.testsupport.AccountMailbox;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.TestMail;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Changing the own e-mail address on MariaDB, with the link read out of the real e-mail: the new
 * address waits until its link is followed by its own account, and every bad link changes nothing.
 */
@IntegrationTest
class EmailChangeTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    @Autowired AccountService account;
    @Autowired UserAdminService admin;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);
    private String username;
    private long userId;

    @BeforeEach
    void aFreshAccountSignedIn() {
        SignIn.as(userDetails, "beheerder");
        username = "post." + run;
        userId =
                admin.createUser(
                                new NewUser(
                                        username,
                                        "Piet Post",
                                        "oud." + run + "@example.org",
                                        null,
                                        "een-lang-wachtwoord"))
                        .id();
        SignIn.as(userDetails, username);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theNewAddressWaitsForItsLinkAndThenReplacesTheOldOne() throws Exception {
        String next = "nieuw." + run + "@example.org";
        account.requestEmailChange("  Nieuw." + run + "@Example.org ");

        assertThat(account.mine().email()).isEqualTo("oud." + run + "@example.org");
        assertThat(account.mine().pendingEmail()).isEqualTo(next);
        MimeMessage message = AccountMailbox.newest(mail, next);
        assertThat(message.getSubject())
                .isEqualTo("Bevestig uw nieuwe e-mailadres voor Regiotafel");
        assertThat(GreenMailUtil.getBody(message)).contains("Piet Post");
        String token = AccountMailbox.token(message);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM account_token WHERE token_hash = ?",
                                Integer.class,
                                token))
                .as("only the hash is stored")
                .isZero();

        assertThat(account.confirmEmailChange(token)).isEqualTo(next);

        assertThat(account.mine().email()).isEqualTo(next);
        assertThat(account.mine().pendingEmail()).isNull();
        assertKey(() -> account.confirmEmailChange(token), "account.error.emailLinkInvalid");
        assertThat(audit())
                .contains("EMAIL_CHANGE_REQUESTED", "EMAIL_CHANGED", "EMAIL_CHANGE_REFUSED");
    }

    @Test
    void aLinkOpenedWhileSignedInAsAnotherPersonChangesNothingAndStillWorksForItsOwner()
            throws Exception {
        String next = "ander." + run + "@example.org";
        account.requestEmailChange(next);
        String token = AccountMailbox.token(AccountMailbox.newest(mail, next));

        SignIn.as(userDetails, "wethouder.hvb");
        String aldermanEmail =
                jdbc.queryForObject(
                        "SELECT email FROM user_account WHERE username = 'wethouder.hvb'",
                        String.class);
        assertKey(() -> account.confirmEmailChange(token), "account.error.emailLinkOtherAccount");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT email FROM user_account WHERE username = 'wethouder.hvb'",
                                String.class))
                .isEqualTo(aldermanEmail);

        SignIn.as(userDetails, username);
        assertThat(account.mine().email()).isEqualTo("oud." + run + "@example.org");
        assertThat(account.confirmEmailChange(token)).isEqualTo(next);
    }

    @Test
    void forgedReplacedAndWithdrawnLinksChangeNothing() throws Exception {
        String first = "eerste." + run + "@example.org";
        String second = "tweede." + run + "@example.org";
        account.requestEmailChange(first);
        String firstToken = AccountMailbox.token(AccountMailbox.newest(mail, first));
        account.requestEmailChange(second);
        String secondToken = AccountMailbox.token(AccountMailbox.newest(mail, second));

        assertKey(() -> account.confirmEmailChange(firstToken), "account.error.emailLinkInvalid");
        assertKey(
                () -> account.confirmEmailChange("x".repeat(43)), "account.error.emailLinkInvalid");
        assertKey(() -> account.confirmEmailChange(null), "account.error.emailLinkInvalid");
        assertKey(() -> account.confirmEmailChange("<script>"), "account.error.emailLinkInvalid");
        assertThat(account.mine().email()).isEqualTo("oud." + run + "@example.org");

        account.cancelEmailChange();
        assertThat(account.mine().pendingEmail()).isNull();
        assertKey(() -> account.confirmEmailChange(secondToken), "account.error.emailLinkInvalid");
        assertThat(account.mine().email()).isEqualTo("oud." + run + "@example.org");
    }

    @Test
    void anExpiredLinkChangesNothing() throws Exception {
        String next = "laat." + run + "@example.org";
        account.requestEmailChange(next);
        String token = AccountMailbox.token(AccountMailbox.newest(mail, next));
        jdbc.update(
                "UPDATE account_token SET expires_at = created_at WHERE purpose = 'EMAIL_CHANGE'"
                        + " AND subject_id = ?",
                userId);
        assertKey(() -> account.confirmEmailChange(token), "account.error.emailLinkInvalid");
        assertThat(account.mine().email()).isEqualTo("oud." + run + "@example.org");
    }

    @Test
    void badTakenAndUnchangedAddressesAreRefusedAndSendNothing() {
        int before = mail.getReceivedMessages().length;
        assertKey(() -> account.requestEmailChange("geen-adres"), "account.error.email");
        assertKey(() -> account.requestEmailChange(""), "account.error.email");
        assertKey(() -> account.requestEmailChange("a@b.nl\nBcc: x@y.nl"), TextInput.LINE_BREAK);
        assertKey(
                () -> account.requestEmailChange("OUD." + run + "@example.org"),
                "account.error.emailSame");
        String taken = "bezet." + run + "@example.org";
        SignIn.as(userDetails, "beheerder");
        admin.createUser(new NewUser("bezet." + run, "Bezet", taken, null, "een-lang-wachtwoord"));
        SignIn.as(userDetails, username);
        assertKey(() -> account.requestEmailChange(taken), "account.error.emailTaken");
        assertThat(account.mine().pendingEmail()).isNull();
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }

    private List<String> audit() {
        return jdbc.queryForList(
                "SELECT action FROM account_audit WHERE user_id = ? ORDER BY id",
                String.class,
                userId);
    }

    private static void assertKey(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}

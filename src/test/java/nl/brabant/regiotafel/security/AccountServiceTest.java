package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.servlet.http.HttpSessionEvent;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The own account on MariaDB: name, password and sessions, with every refusal. */
@IntegrationTest
class AccountServiceTest {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final String FIREFOX =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String SAFARI =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML,"
                    + " like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @Autowired AccountService account;
    @Autowired UserAdminService admin;
    @Autowired SessionTracker tracker;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<MockHttpSession> opened = new ArrayList<>();
    private String username;
    private long userId;

    @BeforeEach
    void aFreshAccountSignedIn() {
        SignIn.as(userDetails, "beheerder");
        username = "eigen." + run;
        userId = admin.createUser(new NewUser(username, "Eva Eigen", null, null, PASSWORD)).id();
        SignIn.as(userDetails, username);
    }

    @AfterEach
    void closeAndSignOut() {
        opened.forEach(s -> tracker.sessionDestroyed(new HttpSessionEvent(s)));
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
    }

    @Test
    void theNewNameIsStoredShownInTheSignedInPrincipalAndAudited() {
        account.changeName("  Eva van Eigen  ");
        assertThat(account.mine().displayName()).isEqualTo("Eva van Eigen");
        assertThat(
                        ((AppUserDetails)
                                        SecurityContextHolder.getContext()
                                                .getAuthentication()
                                                .getPrincipal())
                                .displayName())
                .isEqualTo("Eva van Eigen");
        assertThat(audit()).containsExactly("NAME_CHANGED");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'   '"})
    void aBadNameIsRefusedAndTheOldOneKept(String name) {
        assertThatThrownBy(() -> account.changeName(name)).isInstanceOf(UserInputException.class);
        assertKey(() -> account.changeName("x".repeat(201)), "account.error.name");
        assertThat(account.mine().displayName()).isEqualTo("Eva Eigen");
        assertThat(audit()).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsAudited() {
        String hashBefore = hash();
        assertKey(
                () ->
                        account.changePassword(
                                "niet-het-wachtwoord", "een-nieuw-lang-wachtwoord", null),
                "account.error.currentPassword");
        assertKey(
                () -> account.changePassword("", "een-nieuw-lang-wachtwoord", null),
                "account.error.currentPassword");
        assertThat(hash()).isEqualTo(hashBefore);
        assertThat(audit()).containsExactly("PASSWORD_CHANGE_REFUSED", "PASSWORD_CHANGE_REFUSED");
    }

    @ParameterizedTest(name = "[{0}] is refused with {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kort                     | password.error.tooShort",
                "'           '            | password.error.tooShort",
                "qwerty123456             | password.error.common",
                "QWERTY123456             | password.error.common",
                "een-lang-wachtwoord      | account.error.samePassword",
            })
    void aWeakOrUnchangedNewPasswordIsRefusedAndTheOldOneStillWorks(String next, String key) {
        assertKey(() -> account.changePassword(PASSWORD, next, null), key);
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void theUsernameAndOverlongPasswordsAreRefused() {
        assertKey(
                () -> account.changePassword(PASSWORD, username.toUpperCase(), null),
                "password.error.username");
        assertKey(
                () -> account.changePassword(PASSWORD, "a".repeat(129), null),
                "password.error.tooLong");
        // 40 accented letters are 80 bytes: more than bcrypt reads.
        assertKey(
                () -> account.changePassword(PASSWORD, "é".repeat(40), null),
                "password.error.tooManyBytes");
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void aNewPasswordOfSixtyFourCharactersWorksAndEndsTheOtherSessionsButThisOne() {
        MockHttpSession here = signedInSession(FIREFOX, "192.0.2.10");
        MockHttpSession phone = signedInSession(SAFARI, "198.51.100.7");
        String next = "lange zin als wachtwoord ".repeat(3).substring(0, 64);

        assertThat(account.changePassword(PASSWORD, next, here.getId())).isEqualTo(1);

        assertThat(passwordEncoder.matches(next, hash())).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isFalse();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(here.isInvalid()).isFalse();
        assertThat(audit()).containsExactly("PASSWORD_CHANGED");
    }

    @Test
    void theSessionsListShowsOnlyOwnSessionsWithBrowserAndAddressAndMarksThisOne() {
        MockHttpSession here = signedInSession(FIREFOX, "192.0.2.10");
        MockHttpSession phone = signedInSession(SAFARI, "198.51.100.7");
        MockHttpSession someoneElse = sessionOf("wethouder.hvb", FIREFOX, "203.0.113.1");

        List<SessionRow> rows = account.sessions(here.getId());

        assertThat(rows)
                .extracting(SessionRow::browser, SessionRow::address, SessionRow::current)
                .containsExactlyInAnyOrder(
                        tuple("Firefox, Windows", "192.0.2.10", true),
                        tuple("Safari, iOS", "198.51.100.7", false));
        assertThat(rows).allSatisfy(r -> assertThat(r.key()).hasSizeGreaterThan(20));
        assertThat(someoneElse.isInvalid()).isFalse();
    }

    @Test
    void oneOtherSessionCanBeEndedButNotThisOneNorSomeoneElses() {
        MockHttpSession here = signedInSession(FIREFOX, "192.0.2.10");
        MockHttpSession phone = signedInSession(SAFARI, "198.51.100.7");
        MockHttpSession someoneElse = sessionOf("wethouder.hvb", FIREFOX, "203.0.113.1");
        String otherKey = ((SignInRecord) someoneElse.getAttribute(SessionTracker.SIGN_IN)).key();
        String hereKey = ((SignInRecord) here.getAttribute(SessionTracker.SIGN_IN)).key();
        String phoneKey = ((SignInRecord) phone.getAttribute(SessionTracker.SIGN_IN)).key();

        assertThat(account.endSession(otherKey, here.getId())).isFalse();
        assertThat(someoneElse.isInvalid()).isFalse();
        assertKey(
                () -> account.endSession(hereKey, here.getId()), "account.error.endCurrentSession");
        assertThat(here.isInvalid()).isFalse();
        assertThat(account.endSession("forged", here.getId())).isFalse();

        assertThat(account.endSession(phoneKey, here.getId())).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(account.endSession(phoneKey, here.getId())).as("ended already").isFalse();
        assertThat(account.sessions(here.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.current()).isTrue());
        assertThat(audit()).containsExactly("SESSION_ENDED");
    }

    @Test
    void signingOutEverywhereEndsEveryOtherOwnSession() {
        MockHttpSession here = signedInSession(FIREFOX, "192.0.2.10");
        MockHttpSession phone = signedInSession(SAFARI, "198.51.100.7");
        MockHttpSession laptop = signedInSession(FIREFOX, "198.51.100.8");
        MockHttpSession someoneElse = sessionOf("wethouder.hvb", FIREFOX, "203.0.113.1");

        assertThat(account.signOutEverywhere(here.getId())).isEqualTo(2);

        assertThat(phone.isInvalid()).isTrue();
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(someoneElse.isInvalid()).isFalse();
        assertThat(audit()).containsExactly("SIGNED_OUT_EVERYWHERE");
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeTheLogin() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            assertKey(
                    () ->
                            account.changePassword(
                                    "fout-" + System.nanoTime(), "een-nieuw-lang-wachtwoord", null),
                    "account.error.currentPassword");
        }
        assertKey(
                () -> account.changePassword(PASSWORD, "een-nieuw-lang-wachtwoord", null),
                "account.error.tooManyAttempts");
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void withoutSignInNothingIsAnswered() {
        SignIn.out();
        assertThatThrownBy(() -> account.mine()).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> account.changeName("Iemand")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> account.sessions(null)).isInstanceOf(RuntimeException.class);
    }

    /** A session of the signed-in account, made by the login as the browser's would be. */
    private MockHttpSession signedInSession(String userAgent, String address) {
        return sessionOf(username, userAgent, address);
    }

    private MockHttpSession sessionOf(String who, String userAgent, String address) {
        Authentication signIn = AccountSignIn.token(userDetails, who);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("User-Agent", userAgent);
        request.setRemoteAddr(address);
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        tracker.sessionCreated(new HttpSessionEvent(session));
        opened.add(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            tracker.onSignIn(new AuthenticationSuccessEvent(signIn));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(signIn));
        return session;
    }

    private String hash() {
        return jdbc.queryForObject(
                "SELECT password_hash FROM user_account WHERE id = ?", String.class, userId);
    }

    private List<String> audit() {
        return jdbc.queryForList(
                "SELECT action FROM account_audit WHERE user_id = ? AND action IN ('NAME_CHANGED',"
                        + " 'PASSWORD_CHANGED', 'PASSWORD_CHANGE_REFUSED', 'SESSION_ENDED',"
                        + " 'SIGNED_OUT_EVERYWHERE') ORDER BY id",
                String.class,
                userId);
    }

    private static void assertKey(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}

package nl.brabant.regiotafel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Preferences decide between an e-mail now, a digest or the application only; a digest is sent
 * once, also when the job runs twice or late, never to a disabled account; its unsubscribe link
 * changes that one choice and a wrong link nothing.
 */
@IntegrationTest
class NotificationDigestTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    /** Demo accounts of region West-Brabant West that no other test uses. */
    private static final String USER = "ambtenaar.wbw";

    private static final String OTHER = "wethouder.wbw";
    private static final String REGION = "Regio West-Brabant West";
    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("/afmelden/(\\d+\\.[A-Z_]+\\.[A-Za-z0-9_-]{43})");

    @Autowired NotificationService notifications;
    @Autowired NotificationSettingsService settings;
    @Autowired NotificationDigests digests;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private long user;
    private String address;

    @BeforeEach
    void setUp() {
        user = id(USER);
        address =
                jdbc.queryForObject(
                        "SELECT email FROM user_account WHERE id = ?", String.class, user);
        putBack();
    }

    @AfterEach
    void putBack() {
        SignIn.out();
        for (String name : List.of(USER, OTHER)) {
            jdbc.update("DELETE FROM notification_preference WHERE user_id = ?", id(name));
            jdbc.update(
                    "UPDATE notification SET digested_at = NOW(6) WHERE user_id = ? AND digest IS NOT NULL AND digested_at IS NULL",
                    id(name));
            jdbc.update("UPDATE user_account SET enabled = TRUE WHERE id = ?", id(name));
        }
    }

    @Test
    void immediateSendsNowDailyWaitsForTheDigestAndInAppSendsNothing() throws Exception {
        choose(
                USER,
                Map.of(
                        NotificationKind.ACTION_ITEM_ASSIGNED, Delivery.IMMEDIATE,
                        NotificationKind.MENTIONED, Delivery.DAILY,
                        NotificationKind.AGENDA_ITEM_REJECTED, Delivery.IN_APP));
        assertThat(mineAs(USER))
                .containsEntry(NotificationKind.MENTIONED, Delivery.DAILY)
                .containsEntry(NotificationKind.MEETING_CANCELLED, Delivery.IMMEDIATE);
        tell(NotificationKind.ACTION_ITEM_ASSIGNED, "Actie nu");
        tell(NotificationKind.MENTIONED, "Genoemd in artikel 3");
        tell(NotificationKind.AGENDA_ITEM_REJECTED, "Alleen in de app");

        MimeMessage now = AccountMailbox.newest(mail, address);
        assertThat(now.getSubject()).contains("Actie nu");
        assertThat(digests.sendDue(Instant.now())).isZero();
        settle();
        assertThat(to(address)).hasSize(1);

        assertThat(digests.sendDue(Instant.now().plus(Duration.ofDays(1)))).isEqualTo(1);
        List<MimeMessage> both = AccountMailbox.to(mail, address, 2);
        String digest = body(both.getLast());
        assertThat(digest)
                .contains(REGION, "Genoemd in artikel 3")
                .doesNotContain("Alleen in de app", "Actie nu");

        // The job again, or a second node at the same hour: nothing twice.
        assertThat(digests.sendDue(Instant.now().plus(Duration.ofDays(1)))).isZero();
        settle();
        assertThat(to(address)).hasSize(2);
        // In the application all three are there.
        SignIn.as(users, USER);
        assertThat(notifications.mine(0, 10))
                .extracting(NotificationRow::subject)
                .contains("Actie nu", "Genoemd in artikel 3", "Alleen in de app");
    }

    @Test
    void aDigestMissedWhileTheApplicationWasDownIsSentAtStartOnceAndGroupedNewestFirst() {
        choose(
                USER,
                Map.of(
                        NotificationKind.MENTIONED,
                        Delivery.DAILY,
                        NotificationKind.ACTION_ITEM_ASSIGNED,
                        Delivery.WEEKLY));
        tell(NotificationKind.MENTIONED, "Eerste vermelding");
        tell(NotificationKind.MENTIONED, "Tweede vermelding");
        tell(NotificationKind.ACTION_ITEM_ASSIGNED, "Wekelijkse actie");
        // Down over three scheduled runs; the first run after start takes everything due.
        Instant restart = Instant.now().plus(Duration.ofDays(3));
        assertThat(digests.sendDue(restart)).isEqualTo(1);
        String first = body(AccountMailbox.newest(mail, address));
        assertThat(first.indexOf("Tweede vermelding"))
                .isLessThan(first.indexOf("Eerste vermelding"));
        assertThat(digests.sendDue(restart.plus(Duration.ofHours(1)))).isZero();
        // The weekly line waits for Monday 07:00, then comes once.
        Instant week = Instant.now().plus(Duration.ofDays(8));
        boolean weeklyAlreadyDue = !NotificationDigests.lastWeekly(restart).isBefore(Instant.now());
        if (!weeklyAlreadyDue) {
            assertThat(first).doesNotContain("Wekelijkse actie");
            assertThat(digests.sendDue(week)).isEqualTo(1);
            assertThat(body(AccountMailbox.to(mail, address, 2).getLast()))
                    .contains("Wekelijkse actie");
        }
        assertThat(digests.sendDue(week)).isZero();
    }

    @Test
    void anAccountDisabledMeanwhileGetsNoDigestNotEvenAfterBeingEnabledAgain() {
        choose(USER, Map.of(NotificationKind.MENTIONED, Delivery.DAILY));
        tell(NotificationKind.MENTIONED, "Voor een uitgeschakeld account");
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE id = ?", user);
        assertThat(digests.sendDue(Instant.now().plus(Duration.ofDays(1)))).isZero();
        jdbc.update("UPDATE user_account SET enabled = TRUE WHERE id = ?", user);
        assertThat(digests.sendDue(Instant.now().plus(Duration.ofDays(2)))).isZero();
        settle();
        assertThat(to(address)).isEmpty();
    }

    @Test
    void theUnsubscribeLinkChangesOnlyThatChoiceWithoutSigningInAndAWrongLinkNothing() {
        choose(
                USER,
                Map.of(
                        NotificationKind.MENTIONED,
                        Delivery.DAILY,
                        NotificationKind.ACTION_ITEM_ASSIGNED,
                        Delivery.WEEKLY));
        choose(OTHER, Map.of(NotificationKind.MENTIONED, Delivery.DAILY));
        tell(NotificationKind.MENTIONED, "Met afmeldlink");
        digests.sendDue(Instant.now().plus(Duration.ofDays(1)));
        Matcher link = UNSUBSCRIBE.matcher(body(AccountMailbox.newest(mail, address)));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(token).startsWith(user + ".MENTIONED.");

        SignIn.anonymous();
        String forged =
                token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String otherPerson = id(OTHER) + token.substring(token.indexOf('.'));
        String otherKind = token.replace(".MENTIONED.", ".ACTION_ITEM_ASSIGNED.");
        for (String wrong :
                List.of(forged, otherPerson, otherKind, "", "1.MENTIONED.x", "' OR 1=1 --")) {
            assertThat(settings.unsubscribeTarget(wrong)).as(wrong).isEmpty();
            assertThat(settings.unsubscribe(wrong)).as(wrong).isFalse();
        }
        // Opening the link (the page) changes nothing; confirming does.
        assertThat(settings.unsubscribeTarget(token)).contains(NotificationKind.MENTIONED);
        assertThat(mineAs(USER)).containsEntry(NotificationKind.MENTIONED, Delivery.DAILY);
        SignIn.anonymous();
        assertThat(settings.unsubscribe(token)).isTrue();

        assertThat(mineAs(USER))
                .containsEntry(NotificationKind.MENTIONED, Delivery.IN_APP)
                .containsEntry(NotificationKind.ACTION_ITEM_ASSIGNED, Delivery.WEEKLY)
                .containsEntry(NotificationKind.AGENDA_PUBLISHED, Delivery.IMMEDIATE);
        assertThat(mineAs(OTHER)).containsEntry(NotificationKind.MENTIONED, Delivery.DAILY);
    }

    private void choose(String username, Map<NotificationKind, Delivery> choices) {
        SignIn.as(users, username);
        choices.forEach(settings::change);
        SignIn.out();
    }

    private Map<NotificationKind, Delivery> mineAs(String username) {
        SignIn.as(users, username);
        try {
            return settings.mine();
        } finally {
            SignIn.out();
        }
    }

    private void tell(NotificationKind kind, String subject) {
        SignIn.as(users, "coordinator");
        notifications.notify(List.of(user), kind, subject, "mijn-actiepunten", REGION);
        SignIn.out();
        sleepMillis(5);
    }

    private long id(String username) {
        return jdbc.queryForObject(
                "SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    private List<MimeMessage> to(String to) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getHeaders(m).contains(to))
                .toList();
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** Mail leaves on a background thread after commit: give a mail that should not come time. */
    private static void settle() {
        sleepMillis(1500);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

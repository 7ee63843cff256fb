package nl.brabant.regiotafel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.meeting.MeetingRoutes;
import nl.brabant.regiotafel.notification.ui.UnsubscribeView;
import nl.brabant.regiotafel.security.ui.AccountView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The account page's calendar feed and notification sections, and the unsubscribe page, without a
 * browser, in Dutch.
 */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class AccountNotificationSectionsViewTest extends SpringBrowserlessTest {

    /** A demo account no other test uses; its choices and feed are put back after each test. */
    private static final String USER = "uitzendbureau.wbw";

    @Autowired JdbcTemplate jdbc;
    @Autowired UnsubscribeLinks links;

    private long user;

    @BeforeEach
    @AfterEach
    void putBack() {
        user =
                jdbc.queryForObject(
                        "SELECT id FROM user_account WHERE username = ?", Long.class, USER);
        jdbc.update("DELETE FROM notification_preference WHERE user_id = ?", user);
        jdbc.update(
                "UPDATE account_token SET used_at = NOW(6) WHERE purpose = 'CALENDAR_FEED' AND"
                        + " subject_id = ? AND used_at IS NULL",
                user);
    }

    @Test
    @WithUserDetails(USER)
    void theCalendarFeedAddressIsMadeShownOnceRenewedAndStopped() {
        navigate(AccountView.class);
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .contains("Agenda-abonnement", "E-mail over meldingen");
        Paragraph status = $(Paragraph.class).id("calendar-feed-status");
        Button renew = $(Button.class).id("calendar-feed-renew");
        assertThat(status.getText()).isEqualTo("U heeft geen agenda-abonnement.");
        // The address field, copy and stop buttons are hidden until there is an address.
        assertThat($(TextField.class).withId("calendar-feed-url").exists()).isFalse();
        assertThat($(Button.class).withId("calendar-feed-revoke").exists()).isFalse();
        assertThat(renew.getText()).isEqualTo("Adres maken");

        test(renew).click();
        TextField address = $(TextField.class).id("calendar-feed-url");
        Button revoke = $(Button.class).id("calendar-feed-revoke");
        assertThat(address.getValue()).matches("https?://.+/agenda-feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(address.getLabel()).isEqualTo("Adres van uw agenda-abonnement");
        assertThat($(Button.class).id("calendar-feed-copy").isVisible()).isTrue();
        assertThat(renew.getText()).isEqualTo("Nieuw adres maken");
        assertThat(revoke.isVisible()).isTrue();
        String first = address.getValue();
        test(renew).click();
        assertThat(address.getValue()).isNotEqualTo(first);
        assertThat(openFeeds()).isEqualTo(1);

        // Coming back, the address is not shown again (only its hash is kept).
        navigate(MeetingRoutes.MY_ACTION_ITEMS, Component.class);
        navigate(AccountView.class);
        assertThat($(TextField.class).withId("calendar-feed-url").exists()).isFalse();
        assertThat($(Paragraph.class).id("calendar-feed-status").getText())
                .startsWith("U heeft een agenda-abonnement sinds");
        test($(Button.class).id("calendar-feed-revoke")).click();
        assertThat(openFeeds()).isZero();
        assertThat($(Paragraph.class).id("calendar-feed-status").getText())
                .isEqualTo("Het abonnement is gestopt: het adres werkt niet meer.");
    }

    @Test
    @WithUserDetails(USER)
    void aChoicePerKindIsSavedAtOnce() {
        navigate(AccountView.class);
        @SuppressWarnings("unchecked")
        Select<Delivery> mentioned = $(Select.class).id("notification-setting-MENTIONED");
        assertThat(mentioned.getLabel()).isEqualTo("U bent genoemd in een opmerking");
        assertThat(mentioned.getValue()).isEqualTo(Delivery.IMMEDIATE);
        test(mentioned).selectItem("Dagelijkse samenvatting");
        assertThat(delivery("MENTIONED")).isEqualTo("DAILY");
        assertThat($(Paragraph.class).id("notification-settings-status").getText())
                .contains("Dagelijkse samenvatting");
        assertThat($(Select.class).id("notification-setting-AGENDA_PUBLISHED").getValue())
                .isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    @WithUserDetails(USER)
    void theUnsubscribePageAsksFirstAndAWrongLinkChangesNothing() {
        jdbc.update(
                "INSERT INTO notification_preference (user_id, kind, delivery) VALUES (?,"
                        + " 'MENTIONED', 'WEEKLY'), (?, 'ACTION_ITEM_ASSIGNED', 'DAILY')",
                user,
                user);
        navigate("afmelden/" + user + ".MENTIONED." + "A".repeat(43), UnsubscribeView.class);
        assertThat($(Paragraph.class).id("unsubscribe-message").getText()).contains("klopt niet");
        assertThat($(Button.class).all()).isEmpty();

        navigate(
                "afmelden/" + links.token(user, NotificationKind.MENTIONED), UnsubscribeView.class);
        assertThat($(Paragraph.class).id("unsubscribe-message").getText())
                .contains("U bent genoemd in een opmerking");
        assertThat(delivery("MENTIONED"))
                .as("opening the page changes nothing")
                .isEqualTo("WEEKLY");
        test($(Button.class).id("unsubscribe-confirm")).click();
        assertThat(delivery("MENTIONED")).isEqualTo("IN_APP");
        assertThat(delivery("ACTION_ITEM_ASSIGNED")).isEqualTo("DAILY");
        assertThat($(Paragraph.class).id("unsubscribe-message").getText())
                .startsWith("U krijgt geen e-mail meer");
    }

    private String delivery(String kind) {
        return jdbc.queryForObject(
                "SELECT delivery FROM notification_preference WHERE user_id = ? AND kind = ?",
                String.class,
                user,
                kind);
    }

    private int openFeeds() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM account_token WHERE purpose = 'CALENDAR_FEED' AND"
                        + " subject_id = ? AND used_at IS NULL",
                Integer.class,
                user);
    }
}

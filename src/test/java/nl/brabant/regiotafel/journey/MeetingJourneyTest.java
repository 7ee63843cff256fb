package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.meeting.MeetingForm;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The regiotafel journey in a real browser: an agency proposes an item, the officer accepts it and
 * publishes the agenda, the agency sees the published agenda, minutes with an action item are
 * written, and the action item comes back on the next meeting's agenda.
 */
@IntegrationTest
class MeetingJourneyTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void proposalAcceptedPublishedMinutedAndFollowedUp() throws Exception {
        long peel = jdbc.queryForObject("SELECT id FROM region WHERE code = 'PEEL'", Long.class);
        Instant start = Instant.now().plus(Duration.ofDays(25));
        long meeting;
        long next;
        SignIn.as(users, "ambtenaar.peel");
        try {
            meeting =
                    meetings.schedule(
                            peel,
                            new MeetingForm(
                                    "Journey-regiotafel",
                                    "4e regiotafel",
                                    start,
                                    start.plus(Duration.ofHours(2)),
                                    start.minus(Duration.ofDays(10)),
                                    "Helmond",
                                    null));
            next =
                    meetings.schedule(
                            peel,
                            new MeetingForm(
                                    "Volgende journey-regiotafel",
                                    "5e regiotafel",
                                    start.plus(Duration.ofDays(60)),
                                    start.plus(Duration.ofDays(60)).plus(Duration.ofHours(2)),
                                    start.plus(Duration.ofDays(50)),
                                    "Deurne",
                                    null));
        } finally {
            SignIn.out();
        }
        String page = "/regio/PEEL/regiotafel/" + meeting;

        try (Browser agency = new Browser(port);
                Browser officer = new Browser(port)) {
            agency.logIn("uitzendbureau.peel", DEMO_PASSWORD);
            agency.waitForText(By.id("region-name"), "Regio De Peel");
            agency.open(page);
            agency.click(By.id("propose-item"));
            agency.type(By.cssSelector("#item-title input"), "Huisvesting seizoenswerkers");
            agency.click(By.cssSelector("#item-themes vaadin-checkbox"));
            agency.click(By.id("submit-item"));
            agency.waitForText(By.id("proposed-items"), "Huisvesting seizoenswerkers");
            agency.screenshot("10-agency-proposed");

            officer.logIn("ambtenaar.peel", DEMO_PASSWORD);
            officer.waitForText(By.id("region-name"), "Regio De Peel");
            officer.open(page);
            officer.waitForText(By.id("proposed-items"), "Huisvesting seizoenswerkers");
            officer.click(By.xpath("//vaadin-button[contains(., 'Opnemen')]"));
            officer.click(By.id("confirm-duration"));
            officer.waitForText(By.id("agenda-items"), "Huisvesting seizoenswerkers");
            officer.click(By.id("publish-agenda"));
            officer.click(
                    By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
            officer.waitForText(By.id("meeting-status"), "Agenda gepubliceerd");
            officer.screenshot("11-officer-published");

            agency.open(page);
            agency.waitForText(By.id("meeting-status"), "Agenda gepubliceerd");
            agency.waitForText(By.id("agenda-items"), "Huisvesting seizoenswerkers");
            assertThat(agency.findAll(By.id("propose-item"))).isEmpty();
            agency.open("/meldingen");
            agency.waitForText(By.id("notifications"), "Agenda gepubliceerd: Journey-regiotafel");

            officer.click(By.xpath("//vaadin-tab[contains(., 'Verslag')]"));
            officer.type(
                    By.cssSelector(".item-minutes textarea"), "Er is een tekort van 200 bedden.");
            officer.click(By.xpath("//vaadin-button[contains(., 'Verslag opslaan')]"));
            officer.waitForText(By.tagName("vaadin-notification-card"), "Opgeslagen");
            officer.click(By.xpath("//vaadin-tab[contains(., 'Verslag')]"));
            officer.type(
                    By.cssSelector("#action-description input"),
                    "Locaties voor flexwonen inventariseren");
            By owner = By.cssSelector("#action-owner input");
            officer.type(owner, "Marta");
            officer.waitFor(By.cssSelector("vaadin-combo-box-item"));
            officer.type(owner, Keys.ARROW_DOWN);
            officer.type(owner, Keys.ENTER);
            String due =
                    LocalDate.now(ClockConfiguration.ZONE)
                            .plusDays(40)
                            .format(DateTimeFormatter.ofPattern("d-M-yyyy"));
            By date = By.cssSelector("#action-due input");
            officer.type(date, due);
            officer.type(date, Keys.ENTER);
            officer.screenshot("12a-action-form");
            officer.click(By.id("add-action"));
            officer.waitForText(
                    By.id("meeting-action-items"), "Locaties voor flexwonen inventariseren");
            officer.screenshot("12-officer-minutes");

            officer.open("/regio/PEEL/regiotafel/" + next);
            officer.waitForText(By.id("follow-ups"), "Locaties voor flexwonen inventariseren");
            officer.screenshot("13-next-meeting-follow-up");

            agency.open("/mijn-actiepunten");
            agency.waitForText(By.id("my-action-items"), "Locaties voor flexwonen inventariseren");
            agency.screenshot("14-my-action-items");
        }
    }
}

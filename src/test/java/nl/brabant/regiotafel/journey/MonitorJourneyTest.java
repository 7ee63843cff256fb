package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;

import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The coordinator opens the monitor and drills down to one region's overdue action items. */
@IntegrationTest
class MonitorJourneyTest {

    @LocalServerPort int port;

    @Test
    void coordinatorDrillsDownToOverdueActionItems() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn("coordinator", DEMO_PASSWORD);
            browser.waitForText(By.tagName("main"), "Kies een regio");
            browser.open("/monitor");
            browser.waitForText(By.id("dashboard"), "Regio Hart van Brabant");
            browser.waitFor(By.id("theme-chart"));
            browser.screenshot("30-monitor");
            browser.click(By.id("overdue-HVB"));
            browser.waitForText(
                    By.id("drill-down"),
                    "Afspraken met uitzendbureaus over registratie (RNI) uitwerken");
            browser.screenshot("31-monitor-drill-down");
            browser.click(
                    By.xpath(
                            "//vaadin-dialog-overlay//vaadin-button[contains(., 'Sluiten')] | //vaadin-button[contains(., 'Sluiten')]"));
            browser.click(By.id("timeline-HVB"));
            browser.waitForContent(By.id("timeline"), "Vastgesteld door alle gemeenten");
            browser.screenshot("32-monitor-timeline");
        }
    }
}

package nl.brabant.regiotafel.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.ui.AgreementView;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.meeting.ui.MeetingView;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Woo section and the confidentiality flag on the meeting page, per role, without a browser.
 */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class PublicationViewsTest extends SpringBrowserlessTest {

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    /** A meeting of HVB with a published agenda, made as the coordinator; then signed in again. */
    private long meeting(String account) {
        long id =
                new MeetingFixture(meetings, agendas, minutes, actionItems, users, jdbc)
                        .published("HVB", Instant.now().plus(Duration.ofDays(40)));
        SignIn.as(users, account);
        return id;
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void anOfficerPublishesTheAgendaAndWithdrawsItWithAReason() {
        long meeting = meeting("ambtenaar.hvb");
        navigate("regio/HVB/regiotafel/" + meeting, MeetingView.class);
        test($(Button.class).id("woo-publish-agenda")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Anchor.class).all())
                .anyMatch(a -> a.getHref().startsWith("/openbaar/publicatie/"));

        Button withdraw =
                $(Button.class).all().stream()
                        .filter(b -> b.getId().orElse("").startsWith("withdraw-"))
                        .findFirst()
                        .orElseThrow();
        test(withdraw).click();
        test($(Button.class).id("withdraw-confirm")).click();
        assertThat($(Dialog.class).all()).anyMatch(Dialog::isOpened);
        assertThat(withdrawalReason(meeting)).isNull();

        test($(TextArea.class).id("withdraw-reason")).setValue("Verkeerde versie");
        test($(Button.class).id("withdraw-confirm")).click();
        assertThat(withdrawalReason(meeting)).isEqualTo("Verkeerde versie");
        assertThat($(Anchor.class).all())
                .noneMatch(a -> a.getHref().startsWith("/openbaar/publicatie/"));
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void markingAnItemConfidentialOnTheAgendaWithdrawsThePublication() {
        long meeting = meeting("wethouder.hvb");
        navigate("regio/HVB/regiotafel/" + meeting, MeetingView.class);
        test($(Button.class).id("woo-publish-agenda")).click();
        test($(ConfirmDialog.class).single()).confirm();
        long item =
                jdbc.queryForObject(
                        "SELECT id FROM agenda_item WHERE meeting_id = ?", Long.class, meeting);
        test($(Checkbox.class).id("confidential-item-" + item)).click();
        assertThat(withdrawalReason(meeting)).isEqualTo("Vertrouwelijk gemarkeerd: Punt");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT confidential FROM agenda_item WHERE id = ?",
                                Boolean.class,
                                item))
                .isTrue();
    }

    @Test
    @WithUserDetails("uitzendbureau.hvb")
    void anAgencyNeitherPublishesNorMarksConfidential() {
        long meeting = meeting("uitzendbureau.hvb");
        navigate("regio/HVB/regiotafel/" + meeting, MeetingView.class);
        assertThat($(Component.class).all())
                .noneMatch(c -> c.getId().orElse("").startsWith("woo-publish"))
                .noneMatch(c -> c.getId().orElse("").startsWith("confidential-"));
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void anAldermanPublishesTheAdoptedAgreementFromItsPage() {
        long agreement = adoptedHvbAgreement();
        jdbc.update(
                "UPDATE publication SET withdrawn_at = NOW(), withdrawn_by = 0,"
                        + " withdrawn_by_name = 'test', withdrawal_reason = 'test' WHERE kind ="
                        + " 'AGREEMENT' AND source_id = ? AND withdrawn_at IS NULL",
                agreement);
        navigate("regio/HVB/afspraken/" + agreement, AgreementView.class);
        test($(Button.class).id("woo-publish-agreement")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM publication WHERE kind = 'AGREEMENT' AND"
                                        + " source_id = ? AND withdrawn_at IS NULL",
                                Integer.class,
                                agreement))
                .isEqualTo(1);
        assertThat($(Anchor.class).all())
                .anyMatch(a -> a.getHref().startsWith("/openbaar/publicatie/"));
    }

    @Test
    @WithUserDetails("woningcorporatie.hvb")
    void aHousingProviderCannotPublishTheAgreement() {
        navigate("regio/HVB/afspraken/" + adoptedHvbAgreement(), AgreementView.class);
        assertThat($(Component.class).all())
                .noneMatch(c -> c.getId().orElse("").startsWith("woo-publish"));
    }

    private long adoptedHvbAgreement() {
        return jdbc.queryForObject(
                "SELECT a.id FROM agreement a JOIN region r ON r.id = a.region_id WHERE r.code ="
                        + " 'HVB' AND a.status = 'ADOPTED' ORDER BY a.id LIMIT 1",
                Long.class);
    }

    private String withdrawalReason(long meeting) {
        return jdbc.queryForObject(
                "SELECT MAX(withdrawal_reason) FROM publication WHERE kind = 'AGENDA' AND"
                        + " source_id = ?",
                String.class,
                meeting);
    }
}

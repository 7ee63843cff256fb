package nl.brabant.regiotafel.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.shell.ui.NotFoundView;
import nl.brabant.regiotafel.workspace.ui.RegionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The meeting screens per role, without a browser, on the demo regiotafels. */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class MeetingViewsTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    private String plannedHvbMeeting() {
        long id =
                jdbc.queryForObject(
                        "SELECT m.id FROM meeting m JOIN region r ON r.id = m.region_id "
                                + "WHERE r.code = 'HVB' AND m.title = '3e regiotafel arbeidsmigratie'",
                        Long.class);
        return "regio/HVB/regiotafel/" + id;
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void anAldermanManagesTheAgendaOfTheNextMeeting() {
        navigate(plannedHvbMeeting(), MeetingView.class);
        assertThat($(H2.class).id("meeting-title").getText())
                .isEqualTo("3e regiotafel arbeidsmigratie");
        assertThat(ids()).contains("publish-agenda", "propose-item");
        assertThat($(Button.class).all()).anyMatch(b -> "Opnemen".equals(b.getText()));
    }

    @Test
    @WithUserDetails("uitzendbureau.hvb")
    void anAgencyMayProposeButNotManage() {
        navigate(plannedHvbMeeting(), MeetingView.class);
        assertThat(ids()).contains("propose-item").doesNotContain("publish-agenda");
        assertThat($(Button.class).all()).noneMatch(b -> "Opnemen".equals(b.getText()));
    }

    @Test
    @WithUserDetails("monitor")
    void theMonitorReadsButChangesNothing() {
        navigate(plannedHvbMeeting(), MeetingView.class);
        assertThat(ids()).doesNotContain("propose-item", "publish-agenda", "my-rsvp");
    }

    @Test
    @WithUserDetails("wethouder.bre")
    void aMemberOfAnotherRegionGetsNotFound() {
        navigate(plannedHvbMeeting(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void theRegionWorkspaceListsUpcomingAndPastMeetings() {
        navigate("regio/HVB", RegionView.class);
        assertThat($(NativeTable.class).id("upcoming-meetings").getBody().getRowCount())
                .isGreaterThanOrEqualTo(1);
        assertThat($(NativeTable.class).id("past-meetings").getBody().getRowCount())
                .isGreaterThanOrEqualTo(2);
        assertThat(ids()).contains("new-meeting");
    }

    @Test
    @WithUserDetails("uitzendbureau.hvb")
    void myActionItemsShowsTheDemoFollowUp() {
        navigate(ActionItemsView.class);
        assertThat(test($(Grid.class).id("my-action-items")).size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void theRedButtonSaysItCancelsTheMeetingAndSoDoesItsDialog() {
        navigate(plannedHvbMeeting(), MeetingView.class);
        Button cancel = $(Button.class).id("cancel-meeting");
        assertThat(cancel.getText()).isEqualTo("Regiotafel afgelasten");
        test(cancel).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Regiotafel afgelasten?");
        assertThat(dialog.getElement().getProperty("confirmText"))
                .isEqualTo("Regiotafel afgelasten");
        assertThat(dialog.getElement().getProperty("cancelText")).isEqualTo("Niet afgelasten");
        dialog.close();
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void theAttachmentBoxSpeaksDutchAndEnglish() {
        navigate(plannedHvbMeeting(), MeetingView.class);
        UploadI18N dutch = $(Upload.class).first().getI18n();
        assertThat(dutch).isNotNull();
        assertThat(dutch.getDropFiles().getOne()).isEqualTo("Sleep het bestand hierheen");
        assertThat(dutch.getError().getFileIsTooBig()).isEqualTo("Het bestand is te groot.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("regio/HVB", RegionView.class);
        navigate(plannedHvbMeeting(), MeetingView.class);
        assertThat($(Upload.class).first().getI18n().getDropFiles().getOne())
                .isEqualTo("Drop file here");
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void theMeetingFormsDatePickerNamesDutchMonthsAndDays() {
        navigate("regio/HVB", RegionView.class);
        test($(Button.class).id("new-meeting")).click();
        DatePicker date = $(DatePicker.class).first();
        assertThat(date.getI18n()).isNotNull();
        assertThat(date.getI18n().getMonthNames()).startsWith("januari", "februari");
        assertThat(date.getI18n().getWeekdaysShort()).startsWith("zo", "ma");
        assertThat(date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(date.getI18n().getToday()).isEqualTo("Vandaag");
        assertThat(date.getI18n().getCancel()).isEqualTo("Annuleren");
        assertThat($(TimePicker.class).first().getI18n().getBadInputErrorMessage())
                .startsWith("Vul een geldige tijd in");
    }

    private List<String> ids() {
        return $(Component.class).all().stream()
                .map(c -> c.getId().orElse(""))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** PDF and iCalendar exports and notification mail of a meeting, on MariaDB. */
@IntegrationTest
class MeetingFilesTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired MeetingExportService exports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    MeetingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MeetingFixture(meetings, agendas, minutes, actionItems, users, jdbc);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void agendaAndMinutesExportAsDutchPdfAndTheMeetingAsACalendarEventThatParsesBack()
            throws Exception {
        long meeting = fixture.published("NOB", Instant.parse("2027-03-11T13:00:00Z"));
        SignIn.as(users, "ambtenaar.nob");
        minutes.addDecision(meeting, "Besluit over <b>huisvesting</b>", Theme.HOUSING, null);

        String agenda = text(exports.agendaPdf(meeting));
        assertThat(agenda).contains("Agenda", "Regio Noordoost-Brabant", "14:00", "Punt");
        String minutesText = text(exports.minutesPdf(meeting));
        assertThat(minutesText).contains("Verslag", "B1", "Besluit over <b>huisvesting</b>");

        ICalendar calendar = Biweekly.parse(exports.icalendar(meeting)).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-03-11T13:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-03-11T15:00:00Z"));
        assertThat(event.getSummary().getValue()).contains("Regio Noordoost-Brabant");
        assertThat(exports.fileName(meeting, "agenda", "pdf"))
                .isEqualTo("agenda-NOB-2027-03-11.pdf");

        SignIn.as(users, "ambtenaar.bre");
        assertThatThrownBy(() -> exports.agendaPdf(meeting)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void publishingTheAgendaMailsTheInviteesWhenSmtpIsConfigured() throws Exception {
        fixture.published("KA2", Instant.now().plus(Duration.ofDays(12)));
        assertThat(mail.waitForIncomingEmail(5000, 4)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received)
                .extracting(m -> m.getAllRecipients()[0].toString())
                .contains(
                        "wethouder.ka2@demo.regiotafel.example",
                        "uitzendbureau.ka2@demo.regiotafel.example");
        // The calendar invitation is the e-mail about a published agenda (CalendarInvitationTest).
        assertThat(received[0].getSubject()).startsWith("Uitnodiging: Gepubliceerd");
        assertThat(GreenMailUtil.getBody(received[0])).contains("/regio/KA2/regiotafel/");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }
}

package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.AccountMailbox;
import nl.brabant.regiotafel.testsupport.CalendarMail;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
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
 * Publishing an agenda sends each invitee an iCalendar invitation that calendars accept; a new time
 * sends the same event with a higher SEQUENCE, a cancellation METHOD:CANCEL.
 */
@IntegrationTest
class CalendarInvitationTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
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
    void publishingSendsARequestToEachInviteeAndChangesSendUpdatesAndACancel() {
        List<String> invitees =
                jdbc.queryForList(
                        "SELECT DISTINCT u.email FROM user_account u JOIN membership m ON"
                                + " m.user_id = u.id JOIN region r ON m.region_id = r.id WHERE"
                                + " r.code = 'KA2' AND u.enabled = TRUE AND u.email IS NOT NULL",
                        String.class);
        assertThat(invitees).hasSizeGreaterThanOrEqualTo(2);
        String invitee = invitees.getFirst();
        Instant start = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);

        long meeting = fixture.published("KA2", start);
        String uid = "regiotafel-meeting-" + meeting + "@regiotafel";
        for (String address : invitees) {
            VEvent event = invitation(AccountMailbox.newest(mail, address), "REQUEST");
            assertThat(event.getUid().getValue()).isEqualTo(uid);
            assertThat(event.getSequence().getValue()).isZero();
            assertThat(event.getAttendees())
                    .singleElement()
                    .satisfies(a -> assertThat(a.getEmail()).isEqualTo(address))
                    .satisfies(a -> assertThat(a.getRsvp()).isTrue());
        }
        VEvent first = invitation(AccountMailbox.newest(mail, invitee), "REQUEST");
        assertThat(first.getOrganizer().getEmail()).isNotBlank();
        assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(first.getDescription().getValue())
                .contains("1. Punt", "/regio/KA2/regiotafel/" + meeting);
        assertThat(first.getUrl().getValue()).endsWith("/regio/KA2/regiotafel/" + meeting);

        SignIn.as(users, "coordinator");
        MeetingDetails d = meetings.get(meeting);
        Instant later = start.plus(Duration.ofDays(1));
        meetings.update(
                meeting,
                new MeetingForm(
                        d.title(),
                        d.sequenceLabel(),
                        later,
                        later.plus(Duration.ofHours(2)),
                        d.proposalDeadline(),
                        "Gemeentehuis Veldhoven",
                        d.onlineLink()),
                d.version());
        List<MimeMessage> two = AccountMailbox.to(mail, invitee, 2);
        VEvent update = invitation(two.getLast(), "REQUEST");
        assertThat(update.getUid().getValue()).isEqualTo(uid);
        assertThat(update.getSequence().getValue()).isEqualTo(1);
        assertThat(update.getDateStart().getValue().toInstant()).isEqualTo(later);
        assertThat(update.getLocation().getValue()).isEqualTo("Gemeentehuis Veldhoven");

        // A change of title only is no new time or place: no update.
        d = meetings.get(meeting);
        meetings.update(
                meeting,
                new MeetingForm(
                        d.title() + " (herzien)",
                        d.sequenceLabel(),
                        d.startsAt(),
                        d.endsAt(),
                        d.proposalDeadline(),
                        d.location(),
                        d.onlineLink()),
                d.version());

        meetings.cancel(meeting);
        List<MimeMessage> three = AccountMailbox.to(mail, invitee, 3);
        assertThat(three).hasSize(3);
        VEvent cancel = invitation(three.getLast(), "CANCEL");
        assertThat(cancel.getUid().getValue()).isEqualTo(uid);
        assertThat(cancel.getSequence().getValue()).isEqualTo(2);
        assertThat(cancel.getStatus().isCancelled()).isTrue();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT calendar_sequence FROM meeting WHERE id = ?",
                                Integer.class,
                                meeting))
                .isEqualTo(2);
    }

    /** The event of the message's text/calendar part, checking the method on part and calendar. */
    private static VEvent invitation(MimeMessage message, String method) {
        List<CalendarMail.CalendarPart> parts = CalendarMail.parts(message);
        assertThat(parts).hasSize(2);
        assertThat(parts)
                .anySatisfy(
                        p ->
                                assertThat(p.contentType().toLowerCase())
                                        .startsWith("text/calendar")
                                        .contains("method=" + method.toLowerCase()))
                .anySatisfy(p -> assertThat(p.fileName()).isEqualTo("invite.ics"));
        ICalendar calendar = parts.getFirst().calendar();
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        List<Attendee> attendees = calendar.getEvents().getFirst().getAttendees();
        assertThat(attendees).hasSize(1);
        return calendar.getEvents().getFirst();
    }
}

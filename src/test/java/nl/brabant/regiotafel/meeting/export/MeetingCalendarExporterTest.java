package nl.brabant.regiotafel.meeting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingCalendarExporterTest {

    private static final String UID = "regiotafel-meeting-42@regiotafel.example";
    private static final String URL =
            "https://regiotafel.example/regio/hart-van-brabant/bijeenkomst/42";

    private final MeetingCalendarExporter exporter = new MeetingCalendarExporter();

    @Test
    void writesOneEventThatParsesBackToTheMeeting() {
        MeetingDocument meeting = SampleMeeting.thirdMeeting("Gepland");

        String ics = exporter.icalendar(meeting, UID, URL);

        assertThat(ics)
                .contains(
                        "PRODID:-//Provincie Noord-Brabant//Regiotafel//NL",
                        "DTSTART;TZID=Europe/Amsterdam:20260312T140000",
                        "DTEND;TZID=Europe/Amsterdam:20260312T163000",
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/Amsterdam");
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(perCalendar -> assertThat(perCalendar).isEmpty());
        assertThat(calendar.getProductId().getValue())
                .isEqualTo(MeetingCalendarExporter.PRODUCT_ID);
        assertThat(calendar.getEvents()).hasSize(1);
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo(UID);
        assertThat(event.getSummary().getValue())
                .isEqualTo("Regiotafel arbeidsmigratie maart – Regio Hart van Brabant");
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(meeting.start().toInstant());
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(meeting.end().toInstant());
        assertThat(
                        calendar.getTimezoneInfo()
                                .getTimezone(event.getDateStart())
                                .getComponent()
                                .getTimezoneId()
                                .getValue())
                .isEqualTo("Europe/Amsterdam");
        assertThat(event.getLocation().getValue()).isEqualTo("Stadhuis Tilburg, Stadhuisplein 130");
        assertThat(event.getUrl().getValue()).isEqualTo(URL);
        assertThat(event.getDescription().getValue())
                .contains(
                        "3e regiotafel",
                        "https://meet.example.org/regiotafel-hvb",
                        "1. Opening en mededelingen",
                        "2. " + SampleMeeting.SCRIPT_TITLE,
                        "3. Registratie arbeidsmigranten (BRP/RNI)");
        assertThat(event.getStatus().isConfirmed()).isTrue();
    }

    @Test
    void summerTimeAndAnOnlineOnlyMeetingParseBackToTheSameInstant() {
        ZonedDateTime start = ZonedDateTime.of(2026, 6, 4, 10, 0, 0, 0, SampleMeeting.AMSTERDAM);
        MeetingDocument online =
                new MeetingDocument(
                        "Regio West-Brabant",
                        "Regiotafel juni",
                        null,
                        start,
                        start.plusHours(2),
                        " ",
                        "https://meet.example.org/west",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of());

        String ics = exporter.icalendar(online, UID, null);

        assertThat(ics)
                .contains("DTSTART;TZID=Europe/Amsterdam:20260604T100000")
                .doesNotContain("URL:");
        VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start.toInstant());
        assertThat(event.getDateEnd().getValue().toInstant())
                .isEqualTo(start.plusHours(2).toInstant());
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.org/west");
    }

    @Test
    void aCancelledMeetingIsCancelledInTheCalendar() {
        String ics = exporter.icalendar(SampleMeeting.thirdMeeting("Geannuleerd"), UID, URL);

        assertThat(ics).contains("STATUS:CANCELLED");
        assertThat(Biweekly.parse(ics).first().getEvents().get(0).getStatus().isCancelled())
                .isTrue();
    }

    @Test
    void aMeetingWithoutStartCannotBeExported() {
        MeetingDocument undated =
                new MeetingDocument(
                        "Regio",
                        "Zonder datum",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);

        assertThatThrownBy(() -> exporter.icalendar(undated, UID, URL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvitationCarriesMethodSequenceOrganizerAndOneAttendeeWithRsvp() {
        MeetingDocument meeting = SampleMeeting.thirdMeeting("Agenda gepubliceerd");
        CalendarInvite invite =
                new CalendarInvite(
                        3,
                        false,
                        "Regio Hart van Brabant – Regiotafel",
                        "regiotafel@brabant.example",
                        "Anouk de Vries",
                        "anouk@tilburg.example");

        String ics = exporter.invitation(meeting, UID, URL, invite);

        assertThat(ics).contains("METHOD:REQUEST", "SEQUENCE:3", "RSVP=TRUE", "DTSTAMP:");
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(perCalendar -> assertThat(perCalendar).isEmpty());
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(UID);
        assertThat(event.getOrganizer().getEmail()).isEqualTo("regiotafel@brabant.example");
        assertThat(event.getAttendees())
                .singleElement()
                .satisfies(a -> assertThat(a.getEmail()).isEqualTo("anouk@tilburg.example"))
                .satisfies(a -> assertThat(a.getCommonName()).isEqualTo("Anouk de Vries"));
        assertThat(event.getDescription().getValue()).contains("1. Opening", URL);
        assertThat(event.getStatus().isConfirmed()).isTrue();

        String cancel =
                exporter.invitation(
                        meeting,
                        UID,
                        URL,
                        new CalendarInvite(
                                4,
                                true,
                                invite.organizerName(),
                                invite.organizerEmail(),
                                invite.attendeeName(),
                                invite.attendeeEmail()));
        ICalendar cancelled = Biweekly.parse(cancel).first();
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().getFirst().getStatus().isCancelled()).isTrue();
        assertThat(cancelled.getEvents().getFirst().getSequence().getValue()).isEqualTo(4);
    }

    @Test
    void aFeedHasOneEventPerMeetingAndNoMethod() {
        String ics =
                exporter.feed(
                        "Regiotafel",
                        List.of(
                                new FeedEntry(SampleMeeting.thirdMeeting("Gepland"), UID, URL, 0),
                                new FeedEntry(
                                        SampleMeeting.thirdMeeting("Afgelast"),
                                        "regiotafel-meeting-43@regiotafel.example",
                                        URL,
                                        2)));
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getMethod()).isNull();
        assertThat(calendar.getEvents()).hasSize(2);
        assertThat(calendar.getEvents().get(1).getStatus().isCancelled()).isTrue();
        assertThat(calendar.getEvents().get(1).getSequence().getValue()).isEqualTo(2);
    }

    @Test
    void fourByteCharactersAndRightToLeftTextSurviveAnInvitation() {
        MeetingDocument m = SampleMeeting.thirdMeeting("Gepland");
        String title = "Overleg 🚜 اجتماع العمل";
        MeetingDocument odd =
                new MeetingDocument(
                        m.regionName(),
                        title,
                        m.sequenceLabel(),
                        m.start(),
                        m.end(),
                        "מרכז 𝄞 Tilburg",
                        m.onlineLink(),
                        m.statusLabel(),
                        m.agenda(),
                        m.followUps(),
                        m.decisions(),
                        m.actions(),
                        m.attendees());
        String ics =
                exporter.invitation(
                        odd,
                        UID,
                        URL,
                        new CalendarInvite(
                                0, false, "Regio", "r@x.example", "أحمد", "a@x.example"));
        VEvent event = Biweekly.parse(ics).first().getEvents().getFirst();
        assertThat(event.getSummary().getValue()).startsWith(title);
        assertThat(event.getLocation().getValue()).isEqualTo("מרכז 𝄞 Tilburg");
        assertThat(event.getAttendees().getFirst().getCommonName()).isEqualTo("أحمد");
    }
}

package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.HostileInput;
import nl.brabant.regiotafel.testsupport.HostileInput.Expect;
import nl.brabant.regiotafel.testsupport.HostileInput.Field;
import nl.brabant.regiotafel.testsupport.HostileInput.Payload;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The hostile input sweep over every text a meeting takes: the meeting form, agenda proposals and
 * rejections, minutes, decisions, action items; numbers and attendance; and the PDF and iCalendar
 * exports of what was stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileMeetingInputTest {

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired MeetingExportService exports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    MeetingFixture fixture;
    long planned;
    long proposal;
    long published;
    long acceptedItem;
    long coordinator;

    @BeforeAll
    void meetings() {
        fixture = new MeetingFixture(meetings, agendas, minutes, actionItems, users, jdbc);
        long[] withProposal = fixture.plannedWithProposal("HVB", "coordinator");
        planned = withProposal[0];
        proposal = withProposal[1];
        published = fixture.published("HVB", Instant.now().plus(Duration.ofDays(40)));
        acceptedItem =
                jdbc.queryForObject(
                        "SELECT id FROM agenda_item WHERE meeting_id = ?", Long.class, published);
        coordinator = fixture.userId("coordinator");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Stream<Field> fields() {
        return Stream.of(
                Field.line(
                        "meeting.title",
                        200,
                        true,
                        text -> updated(f -> withTitle(f, text)).title(),
                        this::meeting),
                Field.line(
                        "meeting.sequenceLabel",
                        60,
                        false,
                        text ->
                                updated(
                                                f ->
                                                        new MeetingForm(
                                                                f.title(),
                                                                text,
                                                                f.startsAt(),
                                                                f.endsAt(),
                                                                f.proposalDeadline(),
                                                                f.location(),
                                                                f.onlineLink()))
                                        .sequenceLabel(),
                        this::meeting),
                Field.line(
                        "meeting.location",
                        300,
                        false,
                        text -> updated(f -> withLocation(f, text)).location(),
                        this::meeting),
                Field.line(
                                "meeting.onlineLink",
                                500,
                                false,
                                text -> updated(f -> withLink(f, text)).onlineLink(),
                                this::meeting)
                        .formatted(text -> "https://meet.voorbeeld.nl/" + text),
                Field.line(
                                "meeting.onlineLink.raw",
                                500,
                                false,
                                text -> updated(f -> withLink(f, text)).onlineLink(),
                                this::meeting)
                        .formatted(text -> text),
                Field.line(
                        "agenda.title",
                        200,
                        true,
                        text ->
                                column(
                                        "agenda_item",
                                        "title",
                                        agendas.propose(
                                                planned, proposalWith(text, null, null, null))),
                        this::items),
                Field.multiLine(
                        "agenda.explanation",
                        5000,
                        false,
                        text ->
                                column(
                                        "agenda_item",
                                        "explanation",
                                        agendas.propose(
                                                planned,
                                                proposalWith("Toelichting", text, null, null))),
                        this::items),
                Field.line(
                        "agenda.presenterName",
                        200,
                        false,
                        text ->
                                column(
                                        "agenda_item",
                                        "presenter_name",
                                        agendas.propose(
                                                planned,
                                                proposalWith("Inbrenger", null, text, null))),
                        this::items),
                Field.line(
                        "agenda.presenterOrganisation",
                        200,
                        false,
                        text ->
                                column(
                                        "agenda_item",
                                        "presenter_organisation",
                                        agendas.propose(
                                                planned,
                                                proposalWith("Organisatie", null, null, text))),
                        this::items),
                Field.multiLine(
                        "agenda.rejectionReason",
                        1000,
                        true,
                        text -> {
                            agendas.reject(proposal, text, fixture.version(proposal));
                            return column("agenda_item", "rejection_reason", proposal);
                        },
                        () -> itemState(proposal)),
                Field.multiLine(
                        "minutes.text",
                        20_000,
                        false,
                        text -> {
                            minutes.saveItemMinutes(
                                    acceptedItem, text, fixture.version(acceptedItem));
                            return column("agenda_item", "minutes_text", acceptedItem);
                        },
                        () -> itemState(acceptedItem)),
                Field.multiLine(
                        "decision.text",
                        5000,
                        true,
                        text -> {
                            int number =
                                    minutes.addDecision(
                                            published, text, Theme.HOUSING, acceptedItem);
                            return jdbc.queryForObject(
                                    "SELECT text FROM decision WHERE meeting_id = ? AND number = ?",
                                    String.class,
                                    published,
                                    number);
                        },
                        () -> count("decision", published)),
                Field.line(
                        "action.description",
                        1000,
                        true,
                        text -> {
                            long id =
                                    actionItems.create(
                                            published,
                                            new ActionItemForm(
                                                    text,
                                                    coordinator,
                                                    null,
                                                    LocalDate.now(ClockConfiguration.ZONE)
                                                            .plusDays(14),
                                                    null,
                                                    acceptedItem));
                            return column("action_item", "description", id);
                        },
                        () -> count("action_item", published)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyPayloadIsRefusedClearlyOrStoredExactly(Field field) {
        SignIn.as(users, "coordinator");
        HostileInput.sweep(field);
    }

    @Test
    void minutesOutOfRangeAreRefusedAndChangeNothing() {
        SignIn.as(users, "coordinator");
        for (int minutes :
                new int[] {0, -1, -30, 241, 10_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            Object before = itemState(proposal);
            assertRefused(
                    () -> agendas.setDuration(proposal, minutes, fixture.version(proposal)),
                    "agenda.error.minutes");
            assertRefused(
                    () -> agendas.accept(proposal, minutes, fixture.version(proposal)),
                    "agenda.error.minutes");
            assertThat(itemState(proposal)).isEqualTo(before);
            long items = items();
            assertRefused(
                    () ->
                            agendas.propose(
                                    planned,
                                    new AgendaItemForm(
                                            "Duur",
                                            null,
                                            null,
                                            null,
                                            minutes,
                                            EnumSet.of(Theme.HOUSING))),
                    "agenda.error.minutes");
            assertThat(items()).isEqualTo(items);
        }
        agendas.setDuration(proposal, MeetingRules.MAX_ITEM_MINUTES, fixture.version(proposal));
        assertThat(item(proposal).durationMinutes()).isEqualTo(MeetingRules.MAX_ITEM_MINUTES);
    }

    @Test
    void attendanceOfSomeoneWhoIsNotInvitedIsRefused() {
        SignIn.as(users, "coordinator");
        long outsider = fixture.userId("wethouder.bre");
        for (long userId : new long[] {-1, 0, Long.MAX_VALUE, outsider}) {
            long rows =
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM attendance WHERE meeting_id = ?",
                            Long.class,
                            published);
            assertRefused(
                    () -> meetings.recordAttendance(published, userId, true),
                    "attendance.error.notInvited");
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM attendance WHERE meeting_id = ?",
                                    Long.class,
                                    published))
                    .isEqualTo(rows);
        }
    }

    /**
     * Every text a meeting's calendar event carries reads back from the .ics exactly, and nothing
     * more is in it.
     */
    @Test
    void theCalendarEventCarriesHostileTitlesAndPlacesAsPlainText() {
        SignIn.as(users, "coordinator");
        long meeting =
                meetings.schedule(
                        fixture.regionId("HVB"),
                        MeetingFixture.form(
                                "Agenda-export", Instant.now().plus(Duration.ofDays(50))));
        SoftAssertions softly = new SoftAssertions();
        List<Payload> payloads =
                new ArrayList<>(
                        storable().stream()
                                .filter(
                                        p ->
                                                List.of(
                                                                "markup",
                                                                "sql",
                                                                "bidi",
                                                                "emoji",
                                                                "formulas",
                                                                "inner-whitespace",
                                                                "crlf-header")
                                                        .contains(p.name()))
                                .toList());
        payloads.add(new Payload("ical-syntax", "Zaal 1; vloer 2, \\ BEGIN:VALARM", Expect.STORED));
        for (Payload payload : payloads) {
            String text = payload.text().strip();
            MeetingForm form = withLocation(withTitle(meetings.get(meeting).toForm(), text), text);
            try {
                meetings.update(meeting, form, meetings.get(meeting).version());
            } catch (UserInputException refusedLineBreak) {
                continue;
            }
            List<ICalendar> calendars = Biweekly.parse(exports.icalendar(meeting)).all();
            softly.assertThat(calendars).as(payload.name()).hasSize(1);
            softly.assertThat(calendars.getFirst().getEvents()).as(payload.name()).hasSize(1);
            var event = calendars.getFirst().getEvents().getFirst();
            softly.assertThat(event.getSummary().getValue())
                    .as(payload.name())
                    .isEqualTo(text + " – Regio Hart van Brabant");
            softly.assertThat(event.getLocation().getValue()).as(payload.name()).isEqualTo(text);
            softly.assertThat(event.getAttendees()).as(payload.name()).isEmpty();
        }
        softly.assertAll();
    }

    /** Agenda and minutes PDFs of a meeting full of hostile text are made, and show it as text. */
    @Test
    void agendaAndMinutesPdfsShowHostileTextAsText() throws Exception {
        long meeting = fixture.published("HVB", Instant.now().plus(Duration.ofDays(60)));
        SignIn.as(users, "coordinator");
        long item =
                jdbc.queryForObject(
                        "SELECT id FROM agenda_item WHERE meeting_id = ?", Long.class, meeting);
        StringBuilder all = new StringBuilder();
        for (Payload payload : storable()) {
            all.append(payload.text()).append('\n');
            minutes.addDecision(meeting, payload.text(), Theme.SOCIAL, item);
            try {
                actionItems.create(
                        meeting,
                        new ActionItemForm(
                                payload.text(),
                                coordinator,
                                null,
                                LocalDate.now(ClockConfiguration.ZONE).plusDays(7),
                                null,
                                null));
            } catch (UserInputException refusedLineBreak) {
                // a line break in a one-line field; the decision above has it
            }
        }
        minutes.saveItemMinutes(item, all.toString(), fixture.version(item));
        minutes.addDecision(meeting, "x".repeat(5000), Theme.SOCIAL, null);
        minutes.addDecision(meeting, "😀".repeat(2500), Theme.SOCIAL, null);

        String agenda = text(exports.agendaPdf(meeting));
        assertThat(agenda).contains("Agenda");
        String minutesText = text(exports.minutesPdf(meeting));
        assertThat(minutesText)
                .contains(HostileInput.SCRIPT, HostileInput.SQL, HostileInput.FORMULA);
    }

    /**
     * A notification subject cut to its column never ends in half an emoji (MariaDB would store a
     * '?').
     */
    @Test
    void aNotificationSubjectIsCutBetweenCharactersNotInsideOne() {
        SignIn.as(users, "coordinator");
        Instant start = Instant.now().plus(Duration.ofDays(45));
        String emojiTitle = "😀".repeat(50);
        long meeting =
                meetings.schedule(
                        fixture.regionId("HVB"),
                        new MeetingForm(
                                emojiTitle,
                                null,
                                start,
                                start.plus(Duration.ofHours(2)),
                                start.minus(Duration.ofDays(5)),
                                null,
                                null));
        SignIn.as(users, "uitzendbureau.hvb");
        long item =
                agendas.propose(
                        meeting,
                        new AgendaItemForm(
                                "x".repeat(199),
                                null,
                                null,
                                null,
                                10,
                                EnumSet.of(Theme.LABOUR_MARKET)));
        SignIn.as(users, "coordinator");
        agendas.reject(item, "Past niet", fixture.version(item));
        String subject =
                jdbc.queryForObject(
                        "SELECT subject FROM notification WHERE user_id = ? ORDER BY id DESC LIMIT 1",
                        String.class,
                        fixture.userId("uitzendbureau.hvb"));
        String full = "x".repeat(199) + " (" + emojiTitle + ")";
        assertThat(subject).doesNotContain("?").hasSize(299);
        assertThat(full).startsWith(subject);
    }

    private static List<Payload> storable() {
        return HostileInput.payloads().stream()
                .filter(p -> p.expect() == Expect.STORED || p.expect() == Expect.LINE_BREAK)
                .toList();
    }

    private MeetingDetails updated(UnaryOperator<MeetingForm> change) {
        MeetingDetails now = meetings.get(planned);
        meetings.update(planned, change.apply(now.toForm()), now.version());
        return meetings.get(planned);
    }

    private static MeetingForm withTitle(MeetingForm f, String title) {
        return new MeetingForm(
                title,
                f.sequenceLabel(),
                f.startsAt(),
                f.endsAt(),
                f.proposalDeadline(),
                f.location(),
                f.onlineLink());
    }

    private static MeetingForm withLocation(MeetingForm f, String location) {
        return new MeetingForm(
                f.title(),
                f.sequenceLabel(),
                f.startsAt(),
                f.endsAt(),
                f.proposalDeadline(),
                location,
                f.onlineLink());
    }

    private static MeetingForm withLink(MeetingForm f, String link) {
        return new MeetingForm(
                f.title(),
                f.sequenceLabel(),
                f.startsAt(),
                f.endsAt(),
                f.proposalDeadline(),
                f.location(),
                link);
    }

    private static AgendaItemForm proposalWith(
            String title, String explanation, String presenter, String organisation) {
        return new AgendaItemForm(
                title, explanation, presenter, organisation, 15, EnumSet.of(Theme.HOUSING));
    }

    private Map<String, Object> meeting() {
        return jdbc.queryForMap("SELECT * FROM meeting WHERE id = ?", planned);
    }

    private AgendaItemRow item(long itemId) {
        long meetingId =
                jdbc.queryForObject(
                        "SELECT meeting_id FROM agenda_item WHERE id = ?", Long.class, itemId);
        return agendas.agenda(meetingId).items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow();
    }

    /** Read straight from the database: what MariaDB holds is what counts. */
    private String column(String table, String column, long id) {
        return jdbc.queryForObject(
                "SELECT " + column + " FROM " + table + " WHERE id = ?", String.class, id);
    }

    private Map<String, Object> itemState(long itemId) {
        return jdbc.queryForMap(
                "SELECT status, rejection_reason, minutes_text, duration_minutes, version "
                        + "FROM agenda_item WHERE id = ?",
                itemId);
    }

    private long items() {
        return count("agenda_item", planned);
    }

    private long count(String table, long meetingId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE meeting_id = ?", Long.class, meetingId);
    }

    private static void assertRefused(Runnable change, String key) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo(key);
                            assertThat(HostileInput.translated(e)).isTrue();
                        });
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}

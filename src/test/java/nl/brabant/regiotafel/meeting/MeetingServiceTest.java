package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The life of a regiotafel session on MariaDB: agenda, publication, minutes, follow-up; and its
 * refusals.
 */
@IntegrationTest
class MeetingServiceTest {

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired NotificationService notifications;
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
    void proposalToPublishedAgendaToMinutesToFollowUpOnTheNextAgenda() {
        long peel = fixture.regionId("PEEL");
        SignIn.as(users, "ambtenaar.peel");
        Instant start = Instant.now().plus(Duration.ofDays(20));
        long meeting = meetings.schedule(peel, MeetingFixture.form("Regiotafel De Peel", start));

        SignIn.as(users, "uitzendbureau.peel");
        long proposal =
                agendas.propose(
                        meeting,
                        new AgendaItemForm(
                                "Huisvesting seizoenswerk",
                                "Graag bespreken",
                                null,
                                null,
                                25,
                                EnumSet.of(Theme.HOUSING, Theme.LABOUR_MARKET)));
        assertThat(agendas.agenda(meeting).items())
                .singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(AgendaItemStatus.PROPOSED))
                .satisfies(i -> assertThat(i.mine()).isTrue());

        SignIn.as(users, "ambtenaar.peel");
        long second = agendas.propose(meeting, MeetingFixture.item("Opening", 10));
        agendas.accept(proposal, 30, fixture.version(proposal));
        agendas.accept(second, 10, fixture.version(second));
        Agenda agenda = agendas.agenda(meeting);
        agendas.reorder(meeting, List.of(second, proposal), agenda.meetingVersion());
        agenda = agendas.agenda(meeting);
        assertThat(agenda.items())
                .extracting(AgendaItemRow::title)
                .containsExactly("Opening", "Huisvesting seizoenswerk");
        assertThat(agenda.items().get(1).startsAt())
                .isEqualTo(agenda.items().get(0).startsAt().plusMinutes(10));
        assertThat(agenda.plannedMinutes()).isEqualTo(40);
        assertThat(agenda.overrunMinutes()).isZero();

        meetings.publishAgenda(meeting, meetings.get(meeting).version());
        assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);

        SignIn.as(users, "uitzendbureau.peel");
        assertThat(notifications.mine(0, 10))
                .anySatisfy(n -> assertThat(n.subject()).isEqualTo("Regiotafel De Peel"));
        assertThatThrownBy(() -> agendas.propose(meeting, MeetingFixture.item("Te laat", 10)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.error.notOpen"));

        SignIn.as(users, "ambtenaar.peel");
        minutes.saveItemMinutes(
                proposal,
                "Besproken: tekort aan bedden in het seizoen.",
                fixture.version(proposal));
        assertThat(
                        minutes.addDecision(
                                meeting,
                                "Regionale aanpak seizoenshuisvesting",
                                Theme.HOUSING,
                                proposal))
                .isEqualTo(1);
        assertThat(minutes.addDecision(meeting, "Tweede besluit", Theme.SOCIAL, null)).isEqualTo(2);
        long decision = minutes.decisions(meeting).getFirst().id();
        long action =
                actionItems.create(
                        meeting,
                        new ActionItemForm(
                                "Locaties inventariseren",
                                fixture.userId("uitzendbureau.peel"),
                                null,
                                LocalDate.now(ClockConfiguration.ZONE).plusDays(30),
                                decision,
                                proposal));
        meetings.markHeld(meeting);

        // The next meeting's agenda brings the open action item back, automatically.
        long next =
                meetings.schedule(
                        peel,
                        MeetingFixture.form(
                                "Volgende regiotafel", start.plus(Duration.ofDays(60))));
        assertThat(agendas.agenda(next).followUps()).extracting(ActionItemRow::id).contains(action);

        // The owner sees it among their action items and can close it; then it no longer follows
        // up.
        SignIn.as(users, "uitzendbureau.peel");
        assertThat(actionItems.mine(0, 50))
                .anySatisfy(
                        a -> {
                            assertThat(a.id()).isEqualTo(action);
                            assertThat(a.decisionNumber()).isEqualTo(1);
                            assertThat(a.mayUpdate()).isTrue();
                        });
        actionItems.updateStatus(action, ActionItemStatus.DONE, fixture.actionVersion(action));
        SignIn.as(users, "ambtenaar.peel");
        assertThat(agendas.agenda(next).followUps())
                .extracting(ActionItemRow::id)
                .doesNotContain(action);

        meetings.approveMinutes(meeting);
        assertThatThrownBy(
                        () -> minutes.addDecision(meeting, "Na vaststelling", Theme.SOCIAL, null))
                .isInstanceOf(UserInputException.class);
    }

    @Test
    void aProposalAfterTheDeadlineIsRefusedForAgenciesButNotForOrganisers() {
        long bre = fixture.regionId("BRE");
        SignIn.as(users, "ambtenaar.bre");
        Instant start = Instant.now().plus(Duration.ofDays(3));
        long meeting =
                meetings.schedule(
                        bre,
                        new MeetingForm(
                                "Binnenkort",
                                null,
                                start,
                                start.plus(Duration.ofHours(2)),
                                Instant.now().minus(Duration.ofHours(1)),
                                null,
                                null));
        SignIn.as(users, "uitzendbureau.bre");
        assertThatThrownBy(() -> agendas.propose(meeting, MeetingFixture.item("Te laat", 10)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.error.deadlinePassed"));
        SignIn.as(users, "ambtenaar.bre");
        assertThat(agendas.propose(meeting, MeetingFixture.item("Nog toegevoegd", 10)))
                .isPositive();
    }

    @Test
    void anAgendaThatRunsPastTheEndIsFlagged() {
        long[] planned = fixture.plannedWithProposal("WBW", "coordinator");
        SignIn.as(users, "coordinator");
        agendas.accept(planned[1], 200, fixture.version(planned[1]));
        Agenda agenda = agendas.agenda(planned[0]);
        assertThat(agenda.availableMinutes()).isEqualTo(150);
        assertThat(agenda.overrunMinutes()).isEqualTo(50);
    }

    @ParameterizedTest(name = "[{0}] {1}..{2} min -> {3}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "'',            0, 120, meeting.error.title",
                "'   ',         0, 120, meeting.error.title",
                "Regiotafel,    0, 0,   meeting.error.endBeforeStart",
                "Regiotafel,    0, -30, meeting.error.endBeforeStart",
                "Regiotafel,    0, 900, meeting.error.tooLong"
            })
    void badMeetingInputIsRefusedAndStoresNothing(
            String title, int startOffset, int lengthMinutes, String key) {
        SignIn.as(users, "coordinator");
        int before = count("meeting");
        Instant start =
                Instant.now().plus(Duration.ofDays(10)).plus(Duration.ofMinutes(startOffset));
        MeetingForm form =
                new MeetingForm(
                        title,
                        null,
                        start,
                        start.plus(Duration.ofMinutes(lengthMinutes)),
                        start.minus(Duration.ofDays(1)),
                        null,
                        null);
        assertThatThrownBy(() -> meetings.schedule(fixture.regionId("HVB"), form))
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(count("meeting")).isEqualTo(before);
    }

    @Test
    void aLinkThatIsNoWebAddressIsRefused() {
        SignIn.as(users, "coordinator");
        Instant start = Instant.now().plus(Duration.ofDays(10));
        assertThatThrownBy(
                        () ->
                                meetings.schedule(
                                        fixture.regionId("HVB"),
                                        new MeetingForm(
                                                "Titel",
                                                null,
                                                start,
                                                start.plus(Duration.ofHours(1)),
                                                start.minus(Duration.ofDays(1)),
                                                null,
                                                "javascript:alert(1)")))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.link"));
    }

    @ParameterizedTest(name = "{0} minutes is refused")
    @CsvSource({"0", "-5", "241", "2880"})
    void durationsOfZeroOrOfDaysAreRefused(int minutes) {
        long[] planned = fixture.plannedWithProposal("NOB", "coordinator");
        SignIn.as(users, "coordinator");
        assertThatThrownBy(() -> agendas.propose(planned[0], MeetingFixture.item("Punt", minutes)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.error.minutes"));
        assertThatThrownBy(() -> agendas.accept(planned[1], minutes, fixture.version(planned[1])))
                .isInstanceOf(UserInputException.class);
        assertThat(agendas.agenda(planned[0]).items())
                .singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(AgendaItemStatus.PROPOSED));
    }

    @Test
    void scriptTagsAreStoredAsPlainTextAndThemesAreRequired() {
        long[] planned = fixture.plannedWithProposal("SGE", "coordinator");
        SignIn.as(users, "coordinator");
        long id =
                agendas.propose(
                        planned[0],
                        new AgendaItemForm(
                                "<script>alert('x')</script>",
                                "<img src=x onerror=1>",
                                null,
                                null,
                                10,
                                EnumSet.of(Theme.SOCIAL)));
        assertThat(agendas.agenda(planned[0]).items())
                .anySatisfy(
                        i -> {
                            assertThat(i.id()).isEqualTo(id);
                            assertThat(i.title()).isEqualTo("<script>alert('x')</script>");
                        });
        assertThatThrownBy(
                        () ->
                                agendas.propose(
                                        planned[0],
                                        new AgendaItemForm(
                                                "Zonder thema",
                                                null,
                                                null,
                                                null,
                                                10,
                                                EnumSet.noneOf(Theme.class))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.error.themes"));
    }

    @Test
    void aRejectionNeedsAReasonThatTheProposerSees() {
        long[] planned = fixture.plannedWithProposal("KA2", "coordinator");
        SignIn.as(users, "uitzendbureau.ka2");
        long mine = agendas.propose(planned[0], MeetingFixture.item("Mijn voorstel", 15));
        SignIn.as(users, "wethouder.ka2");
        assertThatThrownBy(() -> agendas.reject(mine, "  ", fixture.version(mine)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.error.reason"));
        agendas.reject(mine, "Past beter op de volgende tafel", fixture.version(mine));
        SignIn.as(users, "uitzendbureau.ka2");
        assertThat(agendas.agenda(planned[0]).items())
                .anySatisfy(
                        i -> {
                            assertThat(i.id()).isEqualTo(mine);
                            assertThat(i.status()).isEqualTo(AgendaItemStatus.REJECTED);
                            assertThat(i.rejectionReason())
                                    .isEqualTo("Past beter op de volgende tafel");
                        });
        assertThat(notifications.mine(0, 20))
                .anySatisfy(n -> assertThat(n.subject()).startsWith("Mijn voorstel"));
    }

    @Test
    void twoOrganisersReorderingAtOnceNeverOverwriteEachOther() {
        long[] planned = fixture.plannedWithProposal("HVB", "coordinator");
        SignIn.as(users, "coordinator");
        long b = agendas.propose(planned[0], MeetingFixture.item("B", 10));
        long a = planned[1];
        Agenda seenByBoth = agendas.agenda(planned[0]);

        SignIn.as(users, "ambtenaar.hvb");
        agendas.reorder(planned[0], List.of(b, a), seenByBoth.meetingVersion());

        SignIn.as(users, "wethouder.hvb");
        assertThatThrownBy(
                        () ->
                                agendas.reorder(
                                        planned[0], List.of(a, b), seenByBoth.meetingVersion()))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.error.conflict"));
        assertThat(agendas.agenda(planned[0]).items())
                .extracting(AgendaItemRow::id)
                .containsExactly(b, a);
    }

    @Test
    void twoClerksSavingMinutesOfOneItemNeverOverwriteEachOther() {
        long meeting = fixture.published("HVB", Instant.now().plus(Duration.ofDays(1)));
        SignIn.as(users, "ambtenaar.hvb");
        AgendaItemRow item = agendas.agenda(meeting).items().getFirst();
        long version = item.version();
        minutes.saveItemMinutes(item.id(), "Tekst van A", version);

        SignIn.as(users, "wethouder.hvb");
        assertThatThrownBy(() -> minutes.saveItemMinutes(item.id(), "Tekst van B", version))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.error.conflict"));
        assertThat(agendas.agenda(meeting).items().getFirst().minutesText())
                .isEqualTo("Tekst van A");
    }

    @Test
    void aMeetingOfAnotherRegionDoesNotExistForAMember() {
        long meeting = fixture.published("HVB", Instant.now().plus(Duration.ofDays(1)));
        SignIn.as(users, "wethouder.bre");
        assertThatThrownBy(() -> meetings.get(meeting)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agendas.agenda(meeting)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.get(987654321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void inviteesAnswerAndTheClerkRecordsWhoCame() {
        long meeting = fixture.published("SGE", Instant.now().plus(Duration.ofDays(1)));
        SignIn.as(users, "woningcorporatie.sge");
        meetings.respond(meeting, Rsvp.YES);
        SignIn.as(users, "wethouder.hvb");
        assertThatThrownBy(() -> meetings.respond(meeting, Rsvp.YES))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(users, "ambtenaar.sge");
        long housing = fixture.userId("woningcorporatie.sge");
        meetings.recordAttendance(meeting, housing, true);
        assertThat(meetings.attendees(meeting))
                .anySatisfy(
                        a -> {
                            assertThat(a.userId()).isEqualTo(housing);
                            assertThat(a.rsvp()).isEqualTo(Rsvp.YES);
                            assertThat(a.attended()).isTrue();
                        })
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void cancellingAPublishedMeetingTellsTheInvitees() {
        long meeting = fixture.published("WBW", Instant.now().plus(Duration.ofDays(5)));
        SignIn.as(users, "wethouder.wbw");
        String title = meetings.get(meeting).title();
        meetings.cancel(meeting);
        assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.CANCELLED);
        SignIn.as(users, "woningcorporatie.wbw");
        assertThat(notifications.mine(0, 20))
                .anySatisfy(
                        n -> {
                            assertThat(n.subject()).isEqualTo(title);
                            assertThat(n.kind().name()).isEqualTo("MEETING_CANCELLED");
                        });
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}

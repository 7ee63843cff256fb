package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * DESIGN.md's permission table for the meeting actions, for every role, through the services. The
 * meetings belong to Hart van Brabant (HVB); regional demo users of HVB act in their own region,
 * the ones of Breda (BRE) in another. Expected outcomes are written out here from DESIGN.md.
 */
@IntegrationTest
class MeetingPermissionTableTest {

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

    enum Outcome {
        ALLOWED,
        DENIED,
        NOT_FOUND
    }

    static final Outcome A = Outcome.ALLOWED;
    static final Outcome D = Outcome.DENIED;
    static final Outcome N = Outcome.NOT_FOUND;

    /**
     * user, then: schedule, propose, manage agenda, write minutes, create action items, update
     * someone else's action item, update own action item.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("wethouder.hvb", A, A, A, A, A, A, A),
                Arguments.of("ambtenaar.hvb", A, A, A, A, A, A, A),
                Arguments.of("uitzendbureau.hvb", D, A, D, D, D, D, A),
                Arguments.of("woningcorporatie.hvb", D, A, D, D, D, D, A),
                Arguments.of("coordinator", A, A, A, A, A, A, A),
                Arguments.of("monitor", D, D, D, D, D, D, D),
                Arguments.of("beheerder", N, N, N, N, N, N, N),
                Arguments.of("wethouder.bre", N, N, N, N, N, N, N),
                Arguments.of("uitzendbureau.bre", N, N, N, N, N, N, N));
    }

    @ParameterizedTest(
            name =
                    "{0}: schedule {1}, propose {2}, manage {3}, minutes {4}, actions {5}, update other {6}, own {7}")
    @MethodSource("table")
    void meetingActionsFollowThePermissionTable(
            String user,
            Outcome schedule,
            Outcome propose,
            Outcome manage,
            Outcome write,
            Outcome create,
            Outcome updateOther,
            Outcome updateOwn) {
        long hvb = fixture.regionId("HVB");
        long[] planned = fixture.plannedWithProposal("HVB", user);
        long published = fixture.published("HVB", Instant.now().plus(Duration.ofDays(2)));
        long othersAction = fixture.actionItem(published, "ambtenaar.hvb");
        // owner of "own" item: the user when they are a region member, else someone else
        boolean member = user.endsWith(".hvb");
        long ownAction = fixture.actionItem(published, member ? user : "ambtenaar.hvb");

        SignIn.as(users, user);
        check(
                schedule,
                () ->
                        meetings.schedule(
                                hvb,
                                MeetingFixture.form(
                                        "Nieuw", Instant.now().plus(Duration.ofDays(40)))));
        check(propose, () -> agendas.propose(planned[0], MeetingFixture.item("Mijn punt", 10)));
        check(
                manage,
                () -> {
                    agendas.accept(planned[1], 15, fixture.version(planned[1]));
                    return null;
                });
        check(write, () -> minutes.addDecision(published, "Besluit", Theme.SOCIAL, null));
        check(
                create,
                () ->
                        actionItems.create(
                                published,
                                new ActionItemForm(
                                        "Doen",
                                        fixture.userId("ambtenaar.hvb"),
                                        null,
                                        LocalDate.now(ClockConfiguration.ZONE).plusDays(7),
                                        null,
                                        null)));
        check(
                updateOther,
                () -> {
                    actionItems.updateStatus(
                            othersAction,
                            ActionItemStatus.IN_PROGRESS,
                            fixture.actionVersion(othersAction));
                    return null;
                });
        if (member || updateOwn != A) {
            check(
                    updateOwn,
                    () -> {
                        actionItems.updateStatus(
                                ownAction, ActionItemStatus.DONE, fixture.actionVersion(ownAction));
                        return null;
                    });
        }
        // Reading follows "see the region workspace": everyone but the admin and other regions'
        // members.
        boolean sees = schedule != Outcome.NOT_FOUND;
        check(sees ? A : N, () -> meetings.get(published));
        check(sees ? A : N, () -> agendas.agenda(published));
    }

    private static void check(Outcome expected, ThrowingSupplier<?> call) {
        switch (expected) {
            case ALLOWED -> assertThatCode(call::get).doesNotThrowAnyException();
            case DENIED ->
                    assertThat(catchThrowable(call::get)).isInstanceOf(AccessDeniedException.class);
            case NOT_FOUND ->
                    assertThat(catchThrowable(call::get)).isInstanceOf(NotFoundException.class);
        }
    }
}

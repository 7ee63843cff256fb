package nl.brabant.regiotafel.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.SignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Builds meetings for tests through the services, signed in as the province coordinator. */
final class MeetingFixture {

    final MeetingService meetings;
    final AgendaService agendas;
    final MinutesService minutes;
    final ActionItemService actionItems;
    final UserDetailsService users;
    final JdbcTemplate jdbc;

    MeetingFixture(
            MeetingService meetings,
            AgendaService agendas,
            MinutesService minutes,
            ActionItemService actionItems,
            UserDetailsService users,
            JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.actionItems = actionItems;
        this.users = users;
        this.jdbc = jdbc;
    }

    long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }

    long userId(String username) {
        return jdbc.queryForObject(
                "SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    static MeetingForm form(String title, Instant start) {
        return new MeetingForm(
                title,
                "9e regiotafel",
                start,
                start.plus(Duration.ofMinutes(150)),
                start.minus(Duration.ofDays(10)),
                "Stadhuis",
                "https://meet.example.org/regiotafel");
    }

    static AgendaItemForm item(String title, int minutes) {
        return new AgendaItemForm(
                title,
                "Toelichting",
                "Presentator",
                "Organisatie",
                minutes,
                EnumSet.of(Theme.HOUSING));
    }

    /** A planned meeting in the region, 30 days ahead, with one proposed item. */
    long[] plannedWithProposal(String region, String as) {
        SignIn.as(users, "coordinator");
        try {
            long meeting =
                    meetings.schedule(
                            regionId(region),
                            form(
                                    "Testtafel " + System.nanoTime(),
                                    Instant.now().plus(Duration.ofDays(30))));
            long item = agendas.propose(meeting, item("Voorstel", 20));
            return new long[] {meeting, item};
        } finally {
            SignIn.out();
        }
    }

    /**
     * A meeting with a published agenda (one accepted item) in the region, starting at {@code
     * start}.
     */
    long published(String region, Instant start) {
        SignIn.as(users, "coordinator");
        try {
            long meeting =
                    meetings.schedule(
                            regionId(region),
                            new MeetingForm(
                                    "Gepubliceerd " + System.nanoTime(),
                                    null,
                                    start,
                                    start.plus(Duration.ofHours(2)),
                                    start.minus(Duration.ofDays(10)),
                                    null,
                                    null));
            long item = agendas.propose(meeting, item("Punt", 30));
            agendas.accept(item, 30, version(item));
            meetings.publishAgenda(meeting, meetings.get(meeting).version());
            return meeting;
        } finally {
            SignIn.out();
        }
    }

    long actionItem(long meeting, String owner) {
        SignIn.as(users, "coordinator");
        try {
            return actionItems.create(
                    meeting,
                    new ActionItemForm(
                            "Actie " + System.nanoTime(),
                            userId(owner),
                            null,
                            LocalDate.now(ClockConfiguration.ZONE).plusDays(14),
                            null,
                            null));
        } finally {
            SignIn.out();
        }
    }

    long version(long itemId) {
        return jdbc.queryForObject(
                "SELECT version FROM agenda_item WHERE id = ?", Long.class, itemId);
    }

    long actionVersion(long actionId) {
        return jdbc.queryForObject(
                "SELECT version FROM action_item WHERE id = ?", Long.class, actionId);
    }
}

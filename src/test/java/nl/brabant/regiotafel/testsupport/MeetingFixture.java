package nl.brabant.regiotafel.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.meeting.ActionItemForm;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.AgendaItemForm;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.MeetingForm;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.region.Theme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Builds meetings for tests through the services, signed in as the province coordinator. */
public final class MeetingFixture {

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final ActionItemService actionItems;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    public MeetingFixture(
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

    public long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }

    public long userId(String username) {
        return jdbc.queryForObject(
                "SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    public static MeetingForm form(String title, Instant start) {
        return new MeetingForm(
                title,
                "9e regiotafel",
                start,
                start.plus(Duration.ofMinutes(150)),
                start.minus(Duration.ofDays(10)),
                "Stadhuis",
                "https://meet.example.org/regiotafel");
    }

    public static AgendaItemForm item(String title, int minutes) {
        return new AgendaItemForm(
                title,
                "Toelichting",
                "Presentator",
                "Organisatie",
                minutes,
                EnumSet.of(Theme.HOUSING));
    }

    /** A planned meeting in the region, 30 days ahead, with one proposed item. */
    public long[] plannedWithProposal(String region, String as) {
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
    public long published(String region, Instant start) {
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

    public long actionItem(long meeting, String owner) {
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

    public long version(long itemId) {
        return jdbc.queryForObject(
                "SELECT version FROM agenda_item WHERE id = ?", Long.class, itemId);
    }

    public long actionVersion(long actionId) {
        return jdbc.queryForObject(
                "SELECT version FROM action_item WHERE id = ?", Long.class, actionId);
    }
}

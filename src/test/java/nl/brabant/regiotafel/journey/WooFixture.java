package nl.brabant.regiotafel.journey;

import java.time.Duration;
import java.time.Instant;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.MeetingForm;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.publication.PublicationService;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A published agenda of Hart van Brabant made public, for the public site's journey. */
record WooFixture(String publicPath) {

    static WooFixture publish(
            MeetingService meetings,
            AgendaService agendas,
            PublicationService publications,
            UserDetailsService users,
            JdbcTemplate jdbc) {
        SignIn.as(users, "coordinator");
        try {
            Instant start = Instant.now().plus(Duration.ofDays(25));
            long region =
                    jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
            long meeting =
                    meetings.schedule(
                            region,
                            new MeetingForm(
                                    "Openbare tafel " + System.nanoTime(),
                                    null,
                                    start,
                                    start.plus(Duration.ofHours(2)),
                                    start.minus(Duration.ofDays(10)),
                                    "Stadhuis",
                                    null));
            long item = agendas.propose(meeting, MeetingFixture.item("Huisvesting", 30));
            agendas.accept(
                    item,
                    30,
                    jdbc.queryForObject(
                            "SELECT version FROM agenda_item WHERE id = ?", Long.class, item));
            meetings.publishAgenda(meeting, meetings.get(meeting).version());
            return new WooFixture(publications.publishAgenda(meeting).publicPath());
        } finally {
            SignIn.out();
        }
    }
}

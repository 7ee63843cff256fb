package nl.brabant.regiotafel.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.brabant.regiotafel.meeting.AgendaItemForm;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.MeetingForm;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Meetings for the Woo tests, built through the services as the coordinator: a published agenda
 * with the given items (title, presenter, presenter's organisation), optionally held with approved
 * minutes and a decision on each item.
 */
record WooMeetings(
        MeetingService meetings,
        AgendaService agendas,
        MinutesService minutes,
        UserDetailsService users,
        JdbcTemplate jdbc) {

    record Built(long meetingId, List<Long> itemIds) {}

    Built publishedAgenda(String region, boolean approvedMinutes, String[]... items) {
        SignIn.as(users, "coordinator");
        try {
            Instant start = Instant.now().plus(Duration.ofDays(20));
            long meeting =
                    meetings.schedule(
                            regionId(region),
                            new MeetingForm(
                                    "Woo-tafel " + System.nanoTime(),
                                    null,
                                    start,
                                    start.plus(Duration.ofHours(2)),
                                    start.minus(Duration.ofDays(10)),
                                    "Stadhuis",
                                    null));
            List<Long> ids = new ArrayList<>();
            for (String[] item : items) {
                long id =
                        agendas.propose(
                                meeting,
                                new AgendaItemForm(
                                        item[0],
                                        "Toelichting bij " + item[0],
                                        item[1],
                                        item[2],
                                        20,
                                        EnumSet.of(Theme.HOUSING)));
                agendas.accept(id, 20, version(id));
                ids.add(id);
            }
            meetings.publishAgenda(meeting, meetings.get(meeting).version());
            if (approvedMinutes) {
                for (int i = 0; i < ids.size(); i++) {
                    minutes.addDecision(
                            meeting, "Besluit over " + items[i][0], Theme.HOUSING, ids.get(i));
                }
                meetings.markHeld(meeting);
                meetings.approveMinutes(meeting);
            }
            return new Built(meeting, ids);
        } finally {
            SignIn.out();
        }
    }

    long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }

    private long version(long itemId) {
        return jdbc.queryForObject(
                "SELECT version FROM agenda_item WHERE id = ?", Long.class, itemId);
    }
}

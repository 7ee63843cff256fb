package nl.brabant.regiotafel.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.brabant.regiotafel.base.ClockConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regiotafels of the evaluation's Table 2 (section 3.3), with their real dates, and a few
 * upcoming ones, so a new user finds a lived-in workspace. Agenda texts, decisions and action items
 * are invented but typical of the evaluation's themes.
 *
 * <p>Longer than 250 lines: most of it is data, the meetings of the evaluation's Table 2 with their
 * items, decisions and action items, which read best in one place.
 */
final class DemoMeetings {

    private static final ZoneId ZONE = ClockConfiguration.ZONE;

    /** Evaluation Table 2: region, date, label. Kempen/A2 held none. */
    private static final List<String[]> HELD =
            List.of(
                    new String[] {"WBW", "2019-04-12", "1e regiotafel"},
                            new String[] {"WBW", "2020-02-12", "2e regiotafel"},
                    new String[] {"BRE", "2020-10-02", "1e regiotafel"},
                            new String[] {"HVB", "2019-06-26", "1e regiotafel"},
                    new String[] {"HVB", "2020-01-30", "2e regiotafel"},
                            new String[] {"NOB", "2019-04-18", "1e regiotafel"},
                    new String[] {"NOB", "2020-09-30", "2e regiotafel"},
                            new String[] {"SGE", "2019-07-14", "1e regiotafel"},
                    new String[] {"SGE", "2020-09-30", "2e regiotafel"},
                            new String[] {"PEEL", "2020-09-16", "1e regiotafel"});

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoMeetings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create() {
        for (String[] held : HELD) {
            long meeting =
                    meeting(
                            held[0],
                            held[2] + " arbeidsmigratie",
                            held[2],
                            LocalDate.parse(held[1]),
                            "MINUTES_APPROVED",
                            "Provinciehuis 's-Hertogenbosch");
            long housing =
                    item(
                            meeting,
                            1,
                            "Huisvesting arbeidsmigranten: stand van zaken",
                            "HOUSING",
                            40,
                            "Overzicht van de lopende huisvestingsprojecten in de regio en de knelpunten bij vergunningverlening.",
                            "De gemeenten delen hun plannen; er is behoefte aan één regionaal afwegingskader voor locaties.");
            item(
                    meeting,
                    2,
                    "Registratie en handhaving",
                    "ENFORCEMENT",
                    30,
                    "Toelichting door het RIEC op signalen van uitbuiting en overbewoning.",
                    "Afgesproken wordt signalen voortaan via één meldpunt te delen.");
            decision(
                    meeting,
                    1,
                    "De tafel werkt aan een regionaal afwegingskader voor huisvestingslocaties.",
                    "HOUSING",
                    housing);
            String region = held[0].toLowerCase(Locale.ROOT);
            LocalDate day = LocalDate.parse(held[1]);
            action(
                    held[0],
                    meeting,
                    "Concept regionaal afwegingskader huisvesting opstellen",
                    "ambtenaar." + region,
                    day.plusMonths(3),
                    "DONE");
            action(
                    held[0],
                    meeting,
                    "Overzicht van signalen overbewoning aanleveren",
                    "uitzendbureau." + region,
                    day.plusMonths(2),
                    "DONE");
        }
        LocalDate today = LocalDate.now(clock);
        // Still-open follow-up from the last held meeting of Hart van Brabant: it shows on the next
        // agenda.
        long lastHvb =
                jdbc.queryForObject(
                        "SELECT MAX(m.id) FROM meeting m JOIN region r ON r.id = m.region_id "
                                + "WHERE r.code = 'HVB'",
                        Long.class);
        action(
                "HVB",
                lastHvb,
                "Afspraken met uitzendbureaus over registratie (RNI) uitwerken",
                "uitzendbureau.hvb",
                today.minusDays(20),
                "IN_PROGRESS");
        action(
                "HVB",
                lastHvb,
                "Woningbouwprogramma aanvullen met flexwonen",
                "woningcorporatie.hvb",
                today.plusDays(30),
                "OPEN");

        long hvb =
                meeting(
                        "HVB",
                        "3e regiotafel arbeidsmigratie",
                        "3e regiotafel",
                        today.plusDays(21),
                        "PLANNED",
                        "Stadhuis Tilburg");
        item(
                hvb,
                1,
                "Concept intergemeentelijke afspraken 2027",
                "HOUSING,LABOUR_MARKET",
                45,
                "Bespreking van het concept en de planning van de vaststelling door de colleges.",
                null);
        item(
                hvb,
                2,
                "Taallessen en inburgering voor EU-arbeidsmigranten",
                "SOCIAL",
                20,
                "Voorstel van het uitzendbureau om samen met de bibliotheken taalcafés te organiseren.",
                null);
        jdbc.update(
                "UPDATE agenda_item SET status = 'PROPOSED', proposed_by = "
                        + "(SELECT id FROM user_account WHERE username = 'uitzendbureau.hvb') WHERE meeting_id = ? AND position = 2",
                hvb);
        long sge =
                meeting(
                        "SGE",
                        "3e regiotafel arbeidsmigratie",
                        "3e regiotafel",
                        today.plusDays(9),
                        "AGENDA_PUBLISHED",
                        "Gemeentehuis Veldhoven");
        item(
                sge,
                1,
                "Monitor huisvesting arbeidsmigranten",
                "HOUSING",
                30,
                "Eerste cijfers van de regionale monitor: beschikbare bedden tegenover de vraag.",
                null);
        item(
                sge,
                2,
                "Arbeidsmarkt en scholing",
                "LABOUR_MARKET",
                30,
                "Hoe houden we arbeidsmigranten langer vast? Inbreng van werkgevers en onderwijs.",
                null);
        meeting(
                "BRE",
                "2e regiotafel arbeidsmigratie",
                "2e regiotafel",
                today.plusDays(35),
                "PLANNED",
                "Stadskantoor Breda");
    }

    private long meeting(
            String region,
            String title,
            String label,
            LocalDate day,
            String status,
            String location) {
        Instant start = day.atTime(LocalTime.of(14, 0)).atZone(ZONE).toInstant();
        Instant end = day.atTime(LocalTime.of(16, 30)).atZone(ZONE).toInstant();
        Instant deadline = day.minusDays(10).atTime(LocalTime.of(23, 59)).atZone(ZONE).toInstant();
        jdbc.update(
                "INSERT INTO meeting (region_id, title, sequence_label, starts_at, ends_at, proposal_deadline, "
                        + "location, status, created_at, version) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, 0 FROM region WHERE code = ?",
                title,
                label,
                Timestamp.from(start),
                Timestamp.from(end),
                Timestamp.from(deadline),
                location,
                status,
                Timestamp.from(Instant.now()),
                region);
        return jdbc.queryForObject("SELECT MAX(id) FROM meeting", Long.class);
    }

    private long item(
            long meeting,
            int position,
            String title,
            String themes,
            int minutes,
            String explanation,
            String minutesText) {
        jdbc.update(
                "INSERT INTO agenda_item (meeting_id, title, explanation, presenter_organisation, proposed_minutes, "
                        + "duration_minutes, status, position, minutes_text, proposed_at, version) "
                        + "VALUES (?, ?, ?, NULL, ?, ?, 'ACCEPTED', ?, ?, ?, 0)",
                meeting,
                title,
                explanation,
                minutes,
                minutes,
                position,
                minutesText,
                Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM agenda_item", Long.class);
        for (String theme : themes.split(",")) {
            jdbc.update(
                    "INSERT INTO agenda_item_theme (agenda_item_id, theme) VALUES (?, ?)",
                    id,
                    theme);
        }
        return id;
    }

    private void decision(long meeting, int number, String text, String theme, long item) {
        jdbc.update(
                "INSERT INTO decision (meeting_id, number, text, theme, agenda_item_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                meeting,
                number,
                text,
                theme,
                item,
                Timestamp.from(Instant.now()));
    }

    private void action(
            String region,
            long meeting,
            String description,
            String owner,
            LocalDate due,
            String status) {
        jdbc.update(
                "INSERT INTO action_item (region_id, meeting_id, description, owner_user_id, due_date, status, "
                        + "created_at, updated_at, version) SELECT r.id, ?, ?, u.id, ?, ?, ?, ?, 0 FROM region r, user_account u "
                        + "WHERE r.code = ? AND u.username = ?",
                meeting,
                description,
                Date.valueOf(due),
                status,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()),
                region,
                owner);
    }
}

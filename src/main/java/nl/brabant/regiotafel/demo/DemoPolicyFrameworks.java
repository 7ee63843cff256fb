package nl.brabant.regiotafel.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Policy frameworks that reproduce the evaluation's counts (section 3.2 and the letter on motion
 * M108): 6 municipalities with current policy on 1-1-2019, 30 on 1-1-2021 with 20 more in
 * preparation, and the 8 named integral frameworks. Which of the others are which is not in the
 * documents: that part is illustrative (alphabetical), as the monitor says.
 */
final class DemoPolicyFrameworks {

    static final List<String> INTEGRAL =
            List.of(
                    "Asten",
                    "Helmond",
                    "Moerdijk",
                    "Oss",
                    "Roosendaal",
                    "Steenbergen",
                    "Tilburg",
                    "Waalwijk");
    static final List<String> EARLY =
            List.of("Tilburg", "Oss", "Roosendaal", "Helmond", "Moerdijk", "Waalwijk");

    private final JdbcTemplate jdbc;

    DemoPolicyFrameworks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create() {
        for (String name : EARLY) {
            entry(name, "CURRENT_HOUSING", LocalDate.of(2018, 6, 1));
        }
        for (String name : INTEGRAL) {
            entry(name, "CURRENT_INTEGRAL", LocalDate.of(2020, 12, 1));
        }
        List<String> others =
                new ArrayList<>(
                        jdbc.queryForList(
                                "SELECT name FROM municipality ORDER BY name", String.class));
        others.removeAll(INTEGRAL);
        for (int i = 0; i < 22; i++) {
            entry(others.get(i), "CURRENT_HOUSING", LocalDate.of(2019, 3, 1).plusMonths(i));
        }
        for (int i = 22; i < 42 && i < others.size(); i++) {
            entry(others.get(i), "IN_PREPARATION", LocalDate.of(2020, 6, 1).plusDays(i));
        }
    }

    private void entry(String municipality, String status, LocalDate from) {
        jdbc.update(
                "INSERT INTO policy_framework_status (municipality_id, status, valid_from, note, recorded_at) "
                        + "SELECT id, ?, ?, 'Demogegevens (illustratief)', ? FROM municipality WHERE name = ?",
                status,
                Date.valueOf(from),
                LocalDateTime.now(ZoneOffset.UTC),
                municipality);
    }
}

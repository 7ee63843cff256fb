package nl.brabant.regiotafel.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.monitor.export.SafeCsv;
import nl.brabant.regiotafel.testsupport.HostileInput;
import nl.brabant.regiotafel.testsupport.HostileInput.Expect;
import nl.brabant.regiotafel.testsupport.HostileInput.Field;
import nl.brabant.regiotafel.testsupport.HostileInput.Payload;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The hostile input sweep over the monitor: the policy framework's note, the planned number, the
 * CSV export.
 */
@IntegrationTest
class HostileMonitorInputTest {

    @Autowired PolicyFrameworkService policies;
    @Autowired MonitorService monitor;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "coordinator");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * Recorded as today's entry with the status the municipality already has, so no figure changes.
     */
    @Test
    void thePolicyFrameworkNoteIsRefusedClearlyOrStoredExactly() {
        long municipality =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Reusel-De Mierden'", Long.class);
        PolicyStatus status =
                policies.current().stream()
                        .filter(p -> p.municipalityId() == municipality)
                        .findFirst()
                        .orElseThrow()
                        .status();
        HostileInput.sweep(
                Field.line(
                        "policy.note",
                        500,
                        false,
                        text -> {
                            policies.record(
                                    municipality,
                                    status,
                                    LocalDate.now(ClockConfiguration.ZONE),
                                    text);
                            return policies.historyOf(municipality).getFirst().note();
                        },
                        () ->
                                jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM policy_framework_status WHERE municipality_id = ?",
                                        Long.class,
                                        municipality)));
        assertThat(
                        policies.current().stream()
                                .filter(p -> p.municipalityId() == municipality)
                                .findFirst()
                                .orElseThrow()
                                .status())
                .isEqualTo(status);
    }

    @Test
    void aPlannedNumberOutOfRangeIsRefusedAndChangesNothing() {
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'KA2'", Long.class);
        int before = planned();
        for (int perYear : new int[] {-1, 53, 10_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> monitor.setPlannedMeetings(region, perYear))
                    .isInstanceOfSatisfying(
                            UserInputException.class,
                            e -> {
                                assertThat(e.messageKey()).isEqualTo("monitor.error.planned");
                                assertThat(HostileInput.translated(e)).isTrue();
                            });
        }
        assertThat(planned()).isEqualTo(before);
    }

    /**
     * Every text survives the CSV round trip in its own cell; what a spreadsheet would run is
     * quoted first.
     */
    @Test
    void csvCellsKeepHostileTextInOneCellAndNeutraliseFormulas() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Payload payload : HostileInput.payloads()) {
            if (payload.expect() == Expect.STORED || payload.expect() == Expect.LINE_BREAK) {
                texts.add(payload.text());
            }
        }
        texts.addAll(
                List.of(
                        "=cmd|' /C calc'!A0",
                        "+31 6 1234",
                        "-1+1",
                        "@SUM(A1:A9)",
                        "\t=1+1",
                        "\r=1+1",
                        "a;b\"c",
                        "\"=1+1\""));
        List<List<Object>> rows = new ArrayList<>();
        for (String text : texts) {
            rows.add(List.of(text, text, 7));
        }
        String csv =
                new String(
                        SafeCsv.write(List.of("=kop", "tekst", "getal"), rows),
                        StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser parser =
                CSVParser.parse(new StringReader(csv.substring(1)), SafeCsv.FORMAT)) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(texts.size() + 1);
        assertThat(records.getFirst().get(0)).isEqualTo("'=kop");
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String expected = "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
            CSVRecord record = records.get(i + 1);
            assertThat(record.size()).as(text).isEqualTo(3);
            assertThat(record.get(0)).as(text).isEqualTo(expected);
            assertThat(record.get(2)).isEqualTo("7");
        }
    }

    private int planned() {
        Integer value =
                jdbc.query(
                        "SELECT planned_meetings_per_year FROM region_monitor_setting s JOIN region r "
                                + "ON r.id = s.region_id WHERE r.code = 'KA2'",
                        rs -> rs.next() ? rs.getInt(1) : -1);
        return value == null ? -1 : value;
    }
}

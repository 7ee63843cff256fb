package nl.brabant.regiotafel.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The monitor's aggregates on known data, its permissions, and a query count that does not grow
 * with the data.
 */
@IntegrationTest
class MonitorServiceTest {

    @Autowired MonitorService monitor;
    @Autowired PolicyFrameworkService policies;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private RegionFigures figures(String code) {
        return monitor.dashboard(LocalDate.now(ClockConfiguration.ZONE).getYear()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDemoDataTellsTheEvaluationsStory() {
        SignIn.as(users, "coordinator");
        List<RegionFigures> all = monitor.dashboard(2020);
        assertThat(all).hasSize(7);
        Map<String, Integer> held =
                all.stream()
                        .collect(
                                Collectors.toMap(RegionFigures::code, RegionFigures::meetingsHeld));
        // Evaluation Table 2, meetings held in 2020 (demo data comes straight from it).
        assertThat(held)
                .containsEntry("WBW", 1)
                .containsEntry("BRE", 1)
                .containsEntry("HVB", 1)
                .containsEntry("NOB", 1)
                .containsEntry("SGE", 1)
                .containsEntry("PEEL", 1)
                .containsEntry("KA2", 0);
        assertThat(figures("HVB").agreementStatus()).isEqualTo("ADOPTED");
        assertThat(figures("SGE").agreementScope()).isEqualTo("HOUSING_ONLY");
        assertThat(figures("NOB").agreementId()).isNull();
        // Evaluation section 3.2: 6 municipalities with current policy on 1-1-2019, 30 on 1-1-2021,
        // 20 in preparation.
        List<PolicyCount> counts =
                policies.countsOn(List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)));
        assertThat(current(counts.get(0))).isEqualTo(6);
        assertThat(current(counts.get(1))).isEqualTo(30);
        assertThat(counts.get(1).counts().get(PolicyStatus.IN_PREPARATION)).isEqualTo(20);
        assertThat(counts.get(1).counts().get(PolicyStatus.CURRENT_INTEGRAL)).isEqualTo(8);
    }

    @Test
    void theListsBehindTheFiguresAndTheTimeline() {
        SignIn.as(users, "coordinator");
        long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        assertThat(monitor.heldMeetings(hvb, 2020))
                .extracting(HeldMeeting::title)
                .containsExactly("2e regiotafel arbeidsmigratie");
        assertThat(monitor.timeline(hvb))
                .extracting(TimelineEntry::label)
                .anyMatch(l -> l.startsWith("ADOPTED|"))
                .anyMatch(l -> l.startsWith("1e regiotafel arbeidsmigratie|"));
        monitor.setPlannedMeetings(hvb, 4);
        assertThat(figures("HVB").meetingsPlanned()).isEqualTo(4);
        assertThatThrownBy(() -> monitor.setPlannedMeetings(hvb, 99))
                .isInstanceOf(UserInputException.class);
        SignIn.as(users, "monitor");
        assertThatThrownBy(() -> monitor.setPlannedMeetings(hvb, 2))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "wethouder.bre");
        assertThatThrownBy(() -> monitor.timeline(hvb)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void figuresFollowTheDataExactly() {
        SignIn.as(users, "coordinator");
        RegionFigures before = figures("KA2");
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'KA2'", Long.class);
        long user =
                jdbc.queryForObject(
                        "SELECT id FROM user_account WHERE username = 'ambtenaar.ka2'", Long.class);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            jdbc.update(
                    "INSERT INTO action_item (region_id, description, owner_user_id, due_date, status, created_at, "
                            + "updated_at, version) VALUES (?, 'Te laat', ?, ?, 'OPEN', ?, ?, 0)",
                    region,
                    user,
                    Date.valueOf(LocalDate.now(ClockConfiguration.ZONE).minusDays(3)),
                    now,
                    now);
        }
        jdbc.update(
                "INSERT INTO action_item (region_id, description, owner_user_id, due_date, status, created_at, "
                        + "updated_at, version) VALUES (?, 'Op tijd', ?, ?, 'IN_PROGRESS', ?, ?, 0)",
                region,
                user,
                Date.valueOf(LocalDate.now(ClockConfiguration.ZONE).plusDays(30)),
                now,
                now);
        jdbc.update(
                "INSERT INTO action_item (region_id, description, owner_user_id, due_date, status, created_at, "
                        + "updated_at, version) VALUES (?, 'Klaar', ?, ?, 'DONE', ?, ?, 0)",
                region,
                user,
                Date.valueOf(LocalDate.now(ClockConfiguration.ZONE).minusDays(30)),
                now,
                now);
        RegionFigures after = figures("KA2");
        assertThat(after.openActionItems() - before.openActionItems()).isEqualTo(4);
        assertThat(after.overdueActionItems() - before.overdueActionItems()).isEqualTo(3);
        assertThat(after.lastActivity()).isNotNull();
    }

    @Test
    void aldermenSeeTheirOwnRegionAgenciesAndAdminsNothing() {
        SignIn.as(users, "wethouder.peel");
        assertThat(monitor.dashboard(2020)).extracting(RegionFigures::code).containsExactly("PEEL");
        assertThat(monitor.themeBalance())
                .allSatisfy(
                        t ->
                                assertThat(t.regionId())
                                        .isEqualTo(
                                                jdbc.queryForObject(
                                                        "SELECT id FROM region WHERE code = 'PEEL'",
                                                        Long.class)));
        assertThat(policies.current())
                .allSatisfy(p -> assertThat(p.regionCode()).isEqualTo("PEEL"));
        for (String user : List.of("uitzendbureau.peel", "woningcorporatie.peel", "beheerder")) {
            SignIn.as(users, user);
            assertThatThrownBy(() -> monitor.dashboard(2020))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> policies.current()).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(users, "monitor");
        assertThat(monitor.dashboard(2020)).hasSize(7);
    }

    @Test
    void onlyTheMunicipalitysOwnPeopleAndTheCoordinatorEditItsPolicyFramework() {
        long helmond =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Helmond'", Long.class);
        long deurne =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Deurne'", Long.class);
        SignIn.as(users, "wethouder.peel"); // alderman of Helmond
        policies.record(
                helmond,
                PolicyStatus.CURRENT_INTEGRAL,
                LocalDate.now(ClockConfiguration.ZONE),
                "Herijkt");
        assertThat(policies.historyOf(helmond))
                .first()
                .satisfies(h -> assertThat(h.note()).isEqualTo("Herijkt"));
        assertThatThrownBy(
                        () ->
                                policies.record(
                                        deurne,
                                        PolicyStatus.NONE,
                                        LocalDate.now(ClockConfiguration.ZONE),
                                        null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () ->
                                policies.record(
                                        helmond,
                                        PolicyStatus.NONE,
                                        LocalDate.now(ClockConfiguration.ZONE).plusDays(1),
                                        null))
                .isInstanceOf(UserInputException.class);
        SignIn.as(users, "monitor");
        assertThatThrownBy(
                        () ->
                                policies.record(
                                        deurne,
                                        PolicyStatus.NONE,
                                        LocalDate.now(ClockConfiguration.ZONE),
                                        null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "coordinator");
        policies.record(
                deurne, PolicyStatus.IN_PREPARATION, LocalDate.now(ClockConfiguration.ZONE), null);
    }

    @Test
    void theDashboardRunsAFixedNumberOfQueriesHoweverMuchDataThereIs() {
        SignIn.as(users, "coordinator");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        monitor.dashboard(2026);
        monitor.themeBalance();
        long small = statistics.getPrepareStatementCount();

        // Ten times more data: meetings with accepted, themed items and decisions, action items.
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'NOB'", Long.class);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int m = 0; m < 30; m++) {
            jdbc.update(
                    "INSERT INTO meeting (region_id, title, starts_at, ends_at, proposal_deadline, status, created_at, "
                            + "version) VALUES (?, 'Bulk', ?, ?, ?, 'HELD', ?, 0)",
                    region,
                    now.minusDays(m + 1),
                    now.minusDays(m + 1).plusHours(2),
                    now.minusDays(m + 11),
                    now);
            long meeting = jdbc.queryForObject("SELECT MAX(id) FROM meeting", Long.class);
            for (int i = 0; i < 10; i++) {
                jdbc.update(
                        "INSERT INTO agenda_item (meeting_id, title, proposed_minutes, duration_minutes, status, "
                                + "position, proposed_at, version) VALUES (?, 'Punt', 10, 10, 'ACCEPTED', ?, ?, 0)",
                        meeting,
                        i,
                        now);
                long item = jdbc.queryForObject("SELECT MAX(id) FROM agenda_item", Long.class);
                jdbc.update(
                        "INSERT INTO agenda_item_theme (agenda_item_id, theme) VALUES (?, ?)",
                        item,
                        Theme.values()[i % 4].name());
            }
            jdbc.update(
                    "INSERT INTO decision (meeting_id, number, text, theme, created_at) VALUES (?, 1, 'B', 'SOCIAL', ?)",
                    meeting,
                    now);
        }
        statistics.clear();
        monitor.dashboard(2026);
        monitor.themeBalance();
        long large = statistics.getPrepareStatementCount();
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(15);
    }

    private static int current(PolicyCount count) {
        return count.counts().get(PolicyStatus.CURRENT_HOUSING)
                + count.counts().get(PolicyStatus.CURRENT_INTEGRAL);
    }
}

package nl.brabant.regiotafel.monitor;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.agreement.AgreementRoutes;
import nl.brabant.regiotafel.agreement.CommitmentStatus;
import nl.brabant.regiotafel.agreement.CommitmentStatusRule;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.meeting.MeetingRoutes;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.RegionScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, from a fixed number of aggregate queries over all regions (a read model,
 * no N+1): the cost does not grow with the number of meetings or agreements.
 *
 * <p>Longer than 250 lines: it is one read model, the dashboard's aggregate queries with the few
 * helpers that turn their rows into figures; the queries are only correct together (the same scope,
 * the same year, the same clock).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MonitorService {

    private static final ZoneId ZONE = ClockConfiguration.ZONE;

    private final EntityManager entityManager;
    private final AccessPolicy policy;
    private final Clock clock;

    MonitorService(EntityManager entityManager, AccessPolicy policy, Clock clock) {
        this.entityManager = entityManager;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean maySetPlanned(long regionId) {
        return policy.may(Action.SCHEDULE_MEETING, regionId);
    }

    public boolean mayView() {
        return policy.mayAnywhere(Action.VIEW_MONITOR);
    }

    /** Whether the figures cover the whole province, or only the regions this person belongs to. */
    public boolean seesEveryRegion() {
        return requireScope().everyRegion();
    }

    public List<RegionFigures> dashboard(int year) {
        return dashboard(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * The dashboard with the meetings held from the first day up to (not including) the last; the
     * other figures (agreements, action items, commitments) are as they stand now, as on screen.
     */
    public List<RegionFigures> dashboard(LocalDate firstDay, LocalDate dayAfter) {
        RegionScope scope = requireScope();
        Instant now = clock.instant();
        Instant from = firstDay.atStartOfDay(ZONE).toInstant();
        Instant to = dayAfter.atStartOfDay(ZONE).toInstant();
        Map<Long, Integer> held =
                counts(
                        """
                SELECT region_id, COUNT(*) FROM meeting WHERE status IN ('HELD', 'MINUTES_APPROVED')
                  AND starts_at >= ?1 AND starts_at < ?2 GROUP BY region_id""",
                        utc(from),
                        utc(to));
        Map<Long, Instant> next = new HashMap<>();
        Map<Long, Long> nextId = new HashMap<>();
        for (Object[] row :
                rows(
                        """
                SELECT m.region_id, m.starts_at, m.id FROM meeting m JOIN (
                  SELECT region_id, MIN(starts_at) AS first FROM meeting WHERE starts_at > ?1 AND status <> 'CANCELLED'
                  GROUP BY region_id) n ON n.region_id = m.region_id AND n.first = m.starts_at
                WHERE m.status <> 'CANCELLED'""",
                        utc(now))) {
            next.put(id(row[0]), instant(row[1]));
            nextId.put(id(row[0]), id(row[2]));
        }
        Map<Long, Instant> lastActivity =
                instants(
                        """
                SELECT region_id, MAX(t) FROM (
                  SELECT region_id, created_at AS t FROM audit_entry
                  UNION ALL SELECT region_id, created_at FROM meeting
                  UNION ALL SELECT region_id, updated_at FROM action_item) x GROUP BY region_id""");
        Map<Long, int[]> actions = new HashMap<>();
        for (Object[] row :
                rows(
                        """
                SELECT region_id, SUM(status IN ('OPEN', 'IN_PROGRESS')),
                       SUM(status IN ('OPEN', 'IN_PROGRESS') AND due_date < ?1)
                FROM action_item GROUP BY region_id""",
                        Date.valueOf(LocalDate.now(clock)))) {
            actions.put(id(row[0]), new int[] {integer(row[1]), integer(row[2])});
        }
        Map<Long, Object[]> agreements = new HashMap<>();
        for (Object[] row :
                rows(
                        """
                SELECT a.region_id, a.id, a.status, a.scope,
                       (SELECT COUNT(*) FROM agreement_municipality am WHERE am.agreement_id = a.id),
                       (SELECT COUNT(*) FROM adoption ad WHERE ad.agreement_id = a.id
                          AND ad.named_version_id = a.frozen_version_id)
                FROM agreement a WHERE a.status <> 'SUPERSEDED' ORDER BY a.region_id, a.id""")) {
            // The region's most advanced agreement counts (adopted over a new draft); among equals
            // the newest.
            agreements.merge(
                    id(row[0]),
                    row,
                    (old, candidate) -> rank(candidate) >= rank(old) ? candidate : old);
        }
        Map<Long, int[]> commitments = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Object[] row :
                rows(
                        """
                SELECT a.region_id, c.target_value, c.starts_on, c.deadline,
                       (SELECT p.value FROM progress_report p WHERE p.commitment_id = c.id
                          ORDER BY p.reported_on DESC, p.id DESC LIMIT 1)
                FROM commitment c JOIN agreement a ON a.id = c.agreement_id WHERE a.status <> 'SUPERSEDED'""")) {
            CommitmentStatus status =
                    CommitmentStatusRule.status(
                            (BigDecimal) row[1],
                            (BigDecimal) row[4],
                            localDate(row[2]),
                            localDate(row[3]),
                            today);
            commitments.computeIfAbsent(id(row[0]), k -> new int[4])[status.ordinal()]++;
        }
        List<RegionFigures> result = new ArrayList<>();
        for (Object[] region :
                rows(
                        """
                SELECT r.id, r.code, r.name, COALESCE(s.planned_meetings_per_year, 3) FROM region r
                LEFT JOIN region_monitor_setting s ON s.region_id = r.id ORDER BY r.id""")) {
            long regionId = id(region[0]);
            if (!scope.includes(regionId)) {
                continue;
            }
            Object[] agreement = agreements.get(regionId);
            int[] act = actions.getOrDefault(regionId, new int[2]);
            int[] com = commitments.getOrDefault(regionId, new int[4]);
            result.add(
                    new RegionFigures(
                            regionId,
                            (String) region[1],
                            (String) region[2],
                            held.getOrDefault(regionId, 0),
                            integer(region[3]),
                            next.get(regionId),
                            nextId.get(regionId),
                            agreement == null ? null : id(agreement[1]),
                            agreement == null ? null : (String) agreement[2],
                            agreement == null ? null : (String) agreement[3],
                            agreement == null ? 0 : integer(agreement[5]),
                            agreement == null ? 0 : integer(agreement[4]),
                            act[0],
                            act[1],
                            com[CommitmentStatus.ON_TRACK.ordinal()],
                            com[CommitmentStatus.AT_RISK.ordinal()],
                            com[CommitmentStatus.LATE.ordinal()],
                            com[CommitmentStatus.DONE.ordinal()],
                            lastActivity.get(regionId)));
        }
        return result;
    }

    /** Theme counts per visible region: three grouped queries. */
    public List<ThemeCount> themeBalance() {
        RegionScope scope = requireScope();
        Map<String, int[]> counts = new HashMap<>();
        collect(
                counts,
                0,
                """
                SELECT m.region_id, t.theme, COUNT(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                JOIN agenda_item_theme t ON t.agenda_item_id = i.id WHERE i.status = 'ACCEPTED'
                GROUP BY m.region_id, t.theme""");
        collect(
                counts,
                1,
                """
                SELECT m.region_id, d.theme, COUNT(*) FROM decision d JOIN meeting m ON m.id = d.meeting_id
                GROUP BY m.region_id, d.theme""");
        collect(
                counts,
                2,
                """
                SELECT a.region_id, c.theme, COUNT(*) FROM commitment c JOIN agreement a ON a.id = c.agreement_id
                WHERE a.status <> 'SUPERSEDED' GROUP BY a.region_id, c.theme""");
        List<ThemeCount> result = new ArrayList<>();
        counts.forEach(
                (key, value) -> {
                    String[] parts = key.split(":");
                    long regionId = Long.parseLong(parts[0]);
                    if (scope.includes(regionId)) {
                        result.add(
                                new ThemeCount(
                                        regionId,
                                        Theme.valueOf(parts[1]),
                                        value[0],
                                        value[1],
                                        value[2]));
                    }
                });
        result.sort(
                Comparator.comparingLong(ThemeCount::regionId).thenComparing(ThemeCount::theme));
        return result;
    }

    /** The meetings behind the "held" figure of a region and year. */
    public List<HeldMeeting> heldMeetings(long regionId, int year) {
        policy.requireInRegion(Action.VIEW_MONITOR, regionId, "region");
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
        List<HeldMeeting> result = new ArrayList<>();
        for (Object[] row :
                rows(
                        """
                SELECT m.id, m.title, m.starts_at, r.code FROM meeting m JOIN region r ON r.id = m.region_id
                WHERE m.region_id = ?1 AND m.status IN ('HELD', 'MINUTES_APPROVED') AND m.starts_at >= ?2 AND m.starts_at < ?3
                ORDER BY m.starts_at""",
                        regionId,
                        utc(from),
                        utc(to))) {
            result.add(
                    new HeldMeeting(
                            id(row[0]),
                            (String) row[1],
                            instant(row[2]),
                            MeetingRoutes.meeting((String) row[3], id(row[0]))));
        }
        return result;
    }

    /** A region's meetings and agreement milestones, newest first: two queries. */
    public List<TimelineEntry> timeline(long regionId) {
        policy.requireInRegion(Action.VIEW_MONITOR, regionId, "region");
        List<TimelineEntry> result = new ArrayList<>();
        for (Object[] row :
                rows(
                        """
                SELECT m.id, m.title, m.starts_at, m.status, r.code FROM meeting m JOIN region r ON r.id = m.region_id
                WHERE m.region_id = ?1 AND m.status <> 'CANCELLED' ORDER BY m.starts_at""",
                        regionId)) {
            result.add(
                    new TimelineEntry(
                            instant(row[2]),
                            TimelineEntry.Kind.MEETING,
                            row[1] + "|" + row[3],
                            MeetingRoutes.meeting((String) row[4], id(row[0]))));
        }
        for (Object[] row :
                rows(
                        """
                SELECT e.agreement_id, e.action, e.detail, e.created_at, r.code FROM audit_entry e
                JOIN region r ON r.id = e.region_id WHERE e.region_id = ?1
                  AND e.action IN ('CREATED', 'TO_CONSULTATION', 'ADOPTION_STARTED', 'ADOPTED_BY_MUNICIPALITY', 'ADOPTED',
                                   'NEW_DRAFT_STARTED')
                ORDER BY e.created_at""",
                        regionId)) {
            result.add(
                    new TimelineEntry(
                            instant(row[3]),
                            TimelineEntry.Kind.AGREEMENT,
                            row[1] + "|" + (row[2] == null ? "" : row[2]),
                            AgreementRoutes.agreement((String) row[4], id(row[0]))));
        }
        result.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return result;
    }

    /** Sets how many regiotafels a region plans per year (those who organise its tables). */
    @Transactional
    public void setPlannedMeetings(long regionId, int perYear) {
        policy.requireInRegion(Action.VIEW_MONITOR, regionId, "region");
        policy.requireAction(Action.SCHEDULE_MEETING, regionId, false);
        if (perYear < 0 || perYear > 52) {
            throw new UserInputException("monitor.error.planned");
        }
        entityManager
                .createNativeQuery(
                        """
                INSERT INTO region_monitor_setting (region_id, planned_meetings_per_year) VALUES (?1, ?2)
                ON DUPLICATE KEY UPDATE planned_meetings_per_year = ?2""")
                .setParameter(1, regionId)
                .setParameter(2, perYear)
                .executeUpdate();
    }

    private static int rank(Object[] agreementRow) {
        return switch ((String) agreementRow[2]) {
            case "ADOPTED" -> 4;
            case "ADOPTION_PENDING" -> 3;
            case "CONSULTATION" -> 2;
            default -> 1;
        };
    }

    private RegionScope requireScope() {
        RegionScope scope = policy.regionsWhere(Action.VIEW_MONITOR);
        if (!scope.everyRegion() && scope.regionIds().isEmpty()) {
            throw new AccessDeniedException("no monitor access");
        }
        return scope;
    }

    private void collect(Map<String, int[]> counts, int index, String sql) {
        for (Object[] row : rows(sql)) {
            counts.computeIfAbsent(id(row[0]) + ":" + row[1], k -> new int[3])[index] =
                    integer(row[2]);
        }
    }

    private Map<Long, Integer> counts(String sql, Object... parameters) {
        Map<Long, Integer> result = new HashMap<>();
        rows(sql, parameters).forEach(row -> result.put(id(row[0]), integer(row[1])));
        return result;
    }

    private Map<Long, Instant> instants(String sql, Object... parameters) {
        Map<Long, Instant> result = new HashMap<>();
        rows(sql, parameters)
                .forEach(
                        row -> {
                            if (row[1] != null) {
                                result.put(id(row[0]), instant(row[1]));
                            }
                        });
        return result;
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        return NativeSql.rows(entityManager, sql, parameters);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /**
     * Hibernate stores instants as UTC wall-clock time (hibernate.jdbc.time_zone=UTC); native SQL
     * must too.
     */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().atZone(ZoneOffset.UTC).toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.of("UTC")).toInstant();
        }
        return (Instant) value;
    }

    private static LocalDate localDate(Object value) {
        return NativeSql.localDate(value);
    }
}

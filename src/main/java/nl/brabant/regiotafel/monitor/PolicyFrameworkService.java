package nl.brabant.regiotafel.monitor;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.RegionScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality's policy framework with its history, and the province-wide count over time. A
 * change is a new dated entry; the history is never rewritten.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PolicyFrameworkService {

    private final EntityManager entityManager;
    private final AccessPolicy policy;
    private final PeopleDirectory people;
    private final RegionService regions;
    private final Clock clock;

    PolicyFrameworkService(
            EntityManager entityManager,
            AccessPolicy policy,
            PeopleDirectory people,
            RegionService regions,
            Clock clock) {
        this.entityManager = entityManager;
        this.policy = policy;
        this.people = people;
        this.regions = regions;
        this.clock = clock;
    }

    /** The municipalities of the regions the user may monitor, with their status today. */
    public List<MunicipalityPolicy> current() {
        RegionScope scope = scope();
        Map<Long, List<Object[]>> history = history();
        Long own = ownMunicipality();
        List<MunicipalityPolicy> result = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Object[] m :
                rows(
                        """
                SELECT m.id, m.name, r.id, r.code FROM municipality m JOIN region r ON r.id = m.region_id
                ORDER BY r.id, m.name""")) {
            long municipalityId = ((Number) m[0]).longValue();
            long regionId = ((Number) m[2]).longValue();
            if (!scope.includes(regionId)) {
                continue;
            }
            Object[] now = statusOn(history.getOrDefault(municipalityId, List.of()), today);
            result.add(
                    new MunicipalityPolicy(
                            municipalityId,
                            (String) m[1],
                            regionId,
                            (String) m[3],
                            now == null ? PolicyStatus.NONE : PolicyStatus.valueOf((String) now[1]),
                            now == null ? null : date(now[2]),
                            mayEdit(regionId, municipalityId, own)));
        }
        return result;
    }

    /** Province-wide counts per status on each date (all 56 municipalities, whoever asks). */
    public List<PolicyCount> countsOn(List<LocalDate> dates) {
        scope();
        Map<Long, List<Object[]>> history = history();
        @SuppressWarnings("unchecked")
        List<Object> ids =
                entityManager.createNativeQuery("SELECT id FROM municipality").getResultList();
        List<Long> all = ids.stream().map(r -> ((Number) r).longValue()).toList();
        List<PolicyCount> result = new ArrayList<>();
        for (LocalDate date : dates) {
            Map<PolicyStatus, Integer> counts = new EnumMap<>(PolicyStatus.class);
            for (PolicyStatus s : PolicyStatus.values()) {
                counts.put(s, 0);
            }
            for (Long municipality : all) {
                Object[] on = statusOn(history.getOrDefault(municipality, List.of()), date);
                counts.merge(
                        on == null ? PolicyStatus.NONE : PolicyStatus.valueOf((String) on[1]),
                        1,
                        Integer::sum);
            }
            result.add(new PolicyCount(date, counts));
        }
        return result;
    }

    public List<PolicyHistoryRow> historyOf(long municipalityId) {
        long regionId = regionOf(municipalityId);
        policy.requireInRegion(Action.VIEW_MONITOR, regionId, "municipality");
        return rows(
                        """
                SELECT status, valid_from, note FROM policy_framework_status WHERE municipality_id = ?1
                ORDER BY valid_from DESC, id DESC""",
                        municipalityId)
                .stream()
                .map(
                        r ->
                                new PolicyHistoryRow(
                                        PolicyStatus.valueOf((String) r[0]),
                                        date(r[1]),
                                        (String) r[2]))
                .toList();
    }

    /** Aldermen and officers of the municipality itself, and the province's coordinators. */
    @Transactional
    public void record(long municipalityId, PolicyStatus status, LocalDate validFrom, String note) {
        long regionId = regionOf(municipalityId);
        policy.requireInRegion(Action.VIEW_MONITOR, regionId, "municipality");
        if (!mayEdit(regionId, municipalityId, ownMunicipality())) {
            throw new AccessDeniedException("not this municipality's framework");
        }
        if (status == null) {
            throw new UserInputException("policy.error.status");
        }
        if (validFrom == null
                || validFrom.isAfter(LocalDate.now(clock))
                || validFrom.isBefore(LocalDate.of(2010, 1, 1))) {
            throw new UserInputException("policy.error.date");
        }
        String cleanNote = TextInput.optionalLine(note, 500, "policy.error.note");
        entityManager
                .createNativeQuery(
                        """
                INSERT INTO policy_framework_status (municipality_id, status, valid_from, note, recorded_by, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, municipalityId)
                .setParameter(2, status.name())
                .setParameter(3, Date.valueOf(validFrom))
                .setParameter(4, cleanNote)
                .setParameter(5, people.me().id())
                .setParameter(6, LocalDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    private boolean mayEdit(long regionId, long municipalityId, Long own) {
        if (!policy.may(Action.EDIT_POLICY_FRAMEWORK, regionId)) {
            return false;
        }
        // The province coordinator may edit every municipality; others only their own.
        return policy.regionsWhere(Action.EDIT_POLICY_FRAMEWORK).everyRegion()
                || Long.valueOf(municipalityId).equals(own);
    }

    private Long ownMunicipality() {
        var me = people.me();
        return me.organisationId() == null
                ? null
                : regions.findOrganisation(me.organisationId())
                        .map(o -> o.municipalityId())
                        .orElse(null);
    }

    private long regionOf(long municipalityId) {
        List<?> region =
                entityManager
                        .createNativeQuery("SELECT region_id FROM municipality WHERE id = ?1")
                        .setParameter(1, municipalityId)
                        .getResultList();
        if (region.isEmpty()) {
            throw new NotFoundException("municipality");
        }
        return ((Number) region.getFirst()).longValue();
    }

    private RegionScope scope() {
        RegionScope scope = policy.regionsWhere(Action.VIEW_MONITOR);
        if (!scope.everyRegion() && scope.regionIds().isEmpty()) {
            throw new AccessDeniedException("no monitor access");
        }
        return scope;
    }

    /** All entries by municipality, oldest first: one query for the whole province. */
    private Map<Long, List<Object[]>> history() {
        Map<Long, List<Object[]>> result = new HashMap<>();
        for (Object[] row :
                rows(
                        """
                SELECT municipality_id, status, valid_from FROM policy_framework_status ORDER BY valid_from, id""")) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
        }
        return result;
    }

    private static Object[] statusOn(List<Object[]> entries, LocalDate date) {
        Object[] found = null;
        for (Object[] entry : entries) {
            if (!date(entry[2]).isAfter(date)) {
                found = entry;
            }
        }
        return found;
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        return NativeSql.rows(entityManager, sql, parameters);
    }

    private static LocalDate date(Object value) {
        return NativeSql.localDate(value);
    }
}

package nl.brabant.regiotafel.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail that {@link AuditLog} writes: who changed what in an agreement, and when.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRepository entries;
    private final AgreementAccess access;
    private final PeopleDirectory people;

    AuditService(AuditRepository entries, AgreementAccess access, PeopleDirectory people) {
        this.entries = entries;
        this.access = access;
        this.people = people;
    }

    /** Newest first; readable by the region's aldermen and the province. */
    public List<AuditRow> of(long agreementId, int offset, int limit) {
        Agreement agreement = access.readable(agreementId);
        access.require(Action.READ_AGREEMENT_AUDIT, agreement);
        int size = Math.max(1, limit);
        List<AuditEntry> page =
                entries.findByAgreementIdOrderByCreatedAtDescIdDesc(
                        agreementId, PageRequest.of(offset / size, size));
        Set<Long> actorIds = new HashSet<>();
        page.forEach(
                e -> {
                    if (e.getActorId() != null) {
                        actorIds.add(e.getActorId());
                    }
                });
        Map<Long, PersonSummary> actors = people.byIds(actorIds);
        return page.stream()
                .map(
                        e ->
                                new AuditRow(
                                        e.getActorId() == null
                                                        || !actors.containsKey(e.getActorId())
                                                ? ""
                                                : actors.get(e.getActorId()).displayName(),
                                        e.getAction(),
                                        e.getDetail(),
                                        e.getCreatedAt()))
                .toList();
    }
}

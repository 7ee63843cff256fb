package nl.brabant.regiotafel.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Organisation;
import nl.brabant.regiotafel.region.OrganisationType;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's organisations: create, rename, change the type, merge a duplicate into the
 * one to keep. Only for ADMIN; every change is audited.
 *
 * <p>The organisation of a municipality (made by the reference data, one per municipality) keeps
 * its municipality: its type stays MUNICIPALITY, nobody makes a second one, and a merge never
 * removes it. A duplicate of it ("Gem. Breda") can be merged into it. Two municipalities are never
 * duplicates of each other: a municipal merger (herindeling) changes the reference data and the
 * agreements' adoptions, which is a migration, not a click.
 *
 * <p>Longer than 250 lines: the merge (accounts, action items and commitments in one transaction)
 * and the rules on municipalities' organisations it must respect belong with create and rename.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class OrganisationAdminService {

    static final int MAX_NAME = 200;
    private static final Logger log = LoggerFactory.getLogger(OrganisationAdminService.class);

    private final EntityManager entityManager;
    private final UserAccountRepository accounts;
    private final AccessPolicy policy;
    private final AccountAudit audit;
    private final ApplicationEventPublisher events;

    OrganisationAdminService(
            EntityManager entityManager,
            UserAccountRepository accounts,
            AccessPolicy policy,
            AccountAudit audit,
            ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
    }

    /** A page of organisations whose name contains the filter, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationRow> find(String filter, int offset, int limit) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        List<Organisation> page =
                entityManager
                        .createQuery(
                                """
                                select o from Organisation o left join fetch o.municipality
                                where lower(o.name) like lower(concat('%', :filter, '%'))
                                order by o.name, o.id""",
                                Organisation.class)
                        .setParameter("filter", normalise(filter))
                        .setFirstResult(Math.max(0, offset))
                        .setMaxResults(Math.max(1, limit))
                        .getResultList();
        Map<Long, Long> counts =
                page.isEmpty()
                        ? Map.of()
                        : accounts
                                .countByOrganisation(
                                        page.stream().map(Organisation::getId).toList())
                                .stream()
                                .collect(
                                        Collectors.toMap(
                                                row -> (Long) row[0], row -> (Long) row[1]));
        return page.stream().map(o -> row(o, counts.getOrDefault(o.getId(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public int count(String filter) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        return entityManager
                .createQuery(
                        """
                        select count(o) from Organisation o
                        where lower(o.name) like lower(concat('%', :filter, '%'))""",
                        Long.class)
                .setParameter("filter", normalise(filter))
                .getSingleResult()
                .intValue();
    }

    @Transactional(readOnly = true)
    public OrganisationRow get(long id) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        Organisation organisation = existing(id);
        return row(organisation, accounts.countByOrganisationId(id));
    }

    public OrganisationRow create(String name, OrganisationType type) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        String cleaned = validName(name, null);
        OrganisationType checked = validType(type);
        Organisation organisation = Organisation.create(cleaned, checked);
        entityManager.persist(organisation);
        flushName(cleaned);
        audit.record(
                AccountAuditAction.ORGANISATION_CREATED,
                null,
                null,
                "organisation " + organisation.getId() + ": " + cleaned + " (" + checked + ")");
        log.info("Organisation {} created", organisation.getId());
        return row(organisation, 0);
    }

    public OrganisationRow rename(long id, String name) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        Organisation organisation = existing(id);
        String cleaned = validName(name, id);
        String before = organisation.getName();
        if (!before.equals(cleaned)) {
            organisation.rename(cleaned);
            flushName(cleaned);
            audit.record(
                    AccountAuditAction.ORGANISATION_RENAMED,
                    null,
                    null,
                    "organisation " + id + ": " + before + " -> " + cleaned);
        }
        return row(organisation, accounts.countByOrganisationId(id));
    }

    public OrganisationRow changeType(long id, OrganisationType type) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        Organisation organisation = existing(id);
        if (organisation.getMunicipality() != null) {
            throw new UserInputException("organisation.error.municipalityKeepsType");
        }
        OrganisationType checked = validType(type);
        OrganisationType before = organisation.getType();
        if (before != checked) {
            organisation.changeType(checked);
            entityManager.flush();
            audit.record(
                    AccountAuditAction.ORGANISATION_TYPE_CHANGED,
                    null,
                    null,
                    "organisation " + id + ": " + before + " -> " + checked);
        }
        return row(organisation, accounts.countByOrganisationId(id));
    }

    /** Name and type at once, as the edit dialog saves them: both change or neither. */
    public OrganisationRow update(long id, String name, OrganisationType type) {
        OrganisationRow renamed = rename(id, name);
        return renamed.ofMunicipality() ? renamed : changeType(id, type);
    }

    /**
     * Merges the duplicate into the organisation to keep: its accounts and everything it owns in
     * other features (action items, commitments) move over, then the duplicate is deleted. Returns
     * how many accounts moved.
     */
    public long merge(long removedId, long keptId) {
        policy.require(Action.MANAGE_ORGANISATIONS);
        if (removedId == keptId) {
            throw new UserInputException("organisation.error.mergeSame");
        }
        Organisation removed = existing(removedId);
        Organisation kept = existing(keptId);
        if (removed.getMunicipality() != null) {
            throw new UserInputException("organisation.error.mergeMunicipality", removed.getName());
        }
        String removedName = removed.getName();
        String keptName = kept.getName();
        long moved = accounts.moveOrganisation(removed, kept);
        events.publishEvent(new OrganisationsMerging(removedId, keptId));
        // The bulk update cleared the persistence context: find the duplicate again to delete it.
        entityManager.remove(existing(removedId));
        entityManager.flush();
        audit.record(
                AccountAuditAction.ORGANISATION_MERGED,
                null,
                null,
                "organisation "
                        + keptId
                        + ": "
                        + removedName
                        + " ("
                        + removedId
                        + ") -> "
                        + keptName
                        + "; accounts: "
                        + moved);
        log.info("Organisation {} merged into {}; {} account(s) moved", removedId, keptId, moved);
        return moved;
    }

    private Organisation existing(long id) {
        Organisation organisation = entityManager.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("organisation");
        }
        return organisation;
    }

    /**
     * One line of at most 200 characters, not the name of another organisation. The column's
     * collation compares without case and accents, as its unique index does, so "gemeente breda" is
     * the same name as "Gemeente Breda".
     */
    private String validName(String name, Long ownId) {
        String cleaned = TextInput.requiredLine(name, MAX_NAME, "organisation.error.name");
        List<Long> sameName =
                entityManager
                        .createQuery(
                                "select o.id from Organisation o where o.name = :name", Long.class)
                        .setParameter("name", cleaned)
                        .getResultList();
        if (sameName.stream().anyMatch(other -> !other.equals(ownId))) {
            throw new UserInputException("organisation.error.nameTaken", cleaned);
        }
        return cleaned;
    }

    /** Two administrators saving the same name at once: the unique index refuses the second. */
    private void flushName(String name) {
        try {
            entityManager.flush();
        } catch (PersistenceException failed) {
            if (failed.getCause() instanceof ConstraintViolationException
                    || failed instanceof ConstraintViolationException) {
                throw new UserInputException("organisation.error.nameTaken", name);
            }
            throw failed;
        }
    }

    /** Municipality organisations come from the reference data only, one per municipality. */
    private static OrganisationType validType(OrganisationType type) {
        if (type == null) {
            throw new UserInputException("organisation.error.type");
        }
        if (type == OrganisationType.MUNICIPALITY) {
            throw new UserInputException("organisation.error.municipalityType");
        }
        return type;
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip();
    }

    private static OrganisationRow row(Organisation organisation, long accounts) {
        return new OrganisationRow(
                organisation.getId(),
                organisation.getName(),
                organisation.getType(),
                organisation.getMunicipality() == null
                        ? null
                        : organisation.getMunicipality().getName(),
                accounts);
    }
}

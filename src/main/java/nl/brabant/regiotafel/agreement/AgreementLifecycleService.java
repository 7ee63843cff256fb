package nl.brabant.regiotafel.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DRAFT → CONSULTATION → ADOPTION_PENDING → ADOPTED, adoption per municipality, and a new draft
 * line once adopted. The adopted version is never changed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgreementLifecycleService {

    private final AgreementAccess access;
    private final AgreementService documents;
    private final NamedVersionRepository versions;
    private final AdoptionRepository adoptions;
    private final ArticleRepository articles;
    private final AgreementRepository agreements;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final Clock clock;
    private final AgreementEvents events;

    AgreementLifecycleService(
            AgreementAccess access,
            AgreementService documents,
            NamedVersionRepository versions,
            AdoptionRepository adoptions,
            ArticleRepository articles,
            AgreementRepository agreements,
            PeopleDirectory people,
            AuditLog audit,
            Clock clock,
            AgreementEvents events) {
        this.events = events;
        this.access = access;
        this.documents = documents;
        this.versions = versions;
        this.adoptions = adoptions;
        this.articles = articles;
        this.agreements = agreements;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public void toConsultation(long agreementId) {
        Agreement agreement = access.lockedFor(agreementId, Action.CHANGE_AGREEMENT_STATUS);
        requireStatus(agreement, AgreementStatus.DRAFT);
        agreement.setStatus(AgreementStatus.CONSULTATION);
        audit.record(agreement, AuditAction.TO_CONSULTATION, null);
        statusChanged(agreement);
    }

    public void backToDraft(long agreementId) {
        Agreement agreement = access.lockedFor(agreementId, Action.CHANGE_AGREEMENT_STATUS);
        requireStatus(agreement, AgreementStatus.CONSULTATION);
        agreement.setStatus(AgreementStatus.DRAFT);
        audit.record(agreement, AuditAction.BACK_TO_DRAFT, null);
        statusChanged(agreement);
    }

    /** Freezes the text as a named version that each participating municipality then adopts. */
    public long startAdoption(long agreementId, String versionName) {
        Agreement agreement = access.lockedFor(agreementId, Action.CHANGE_AGREEMENT_STATUS);
        requireStatus(agreement, AgreementStatus.CONSULTATION);
        if (articles.findCurrent(agreementId).isEmpty()) {
            throw new UserInputException("agreement.error.empty");
        }
        String name = AgreementRules.requiredLine(versionName, 200, "agreement.error.versionName");
        NamedVersion frozen =
                versions.save(
                        new NamedVersion(
                                agreementId,
                                name,
                                agreement.getRevisionCount(),
                                true,
                                people.me().id()));
        agreement.setFrozenVersionId(frozen.getId());
        agreement.setStatus(AgreementStatus.ADOPTION_PENDING);
        audit.record(agreement, AuditAction.ADOPTION_STARTED, name);
        statusChanged(agreement);
        return frozen.getId();
    }

    /** The alderman records their own municipality's adoption; the last one makes it ADOPTED. */
    public void recordAdoption(long agreementId, LocalDate adoptedOn, String decisionReference) {
        Agreement agreement = access.lockedFor(agreementId, Action.ADOPT_AGREEMENT);
        requireStatus(agreement, AgreementStatus.ADOPTION_PENDING);
        Long municipality = documents.ownMunicipality();
        if (municipality == null || !agreement.getMunicipalityIds().contains(municipality)) {
            throw new AccessDeniedException("not an alderman of a participating municipality");
        }
        String reference =
                AgreementRules.requiredLine(
                        decisionReference, 200, "agreement.error.decisionReference");
        if (adoptedOn == null || adoptedOn.isAfter(LocalDate.now(clock))) {
            throw new UserInputException("agreement.error.adoptionDate");
        }
        List<Adoption> done =
                adoptions.findByAgreementIdAndNamedVersionId(
                        agreementId, agreement.getFrozenVersionId());
        if (done.stream().anyMatch(a -> a.getMunicipalityId().equals(municipality))) {
            throw new UserInputException("agreement.error.alreadyAdopted");
        }
        adoptions.save(
                new Adoption(
                        agreementId,
                        agreement.getFrozenVersionId(),
                        municipality,
                        adoptedOn,
                        reference,
                        people.me().id()));
        String name =
                documents
                        .get(agreementId)
                        .municipalities()
                        .getOrDefault(municipality, String.valueOf(municipality));
        audit.record(agreement, AuditAction.ADOPTED_BY_MUNICIPALITY, name + ": " + reference);
        events.publish(new AgreementEvent.AdoptionRecorded(agreementId, municipality, events.by()));
        if (done.size() + 1 == agreement.getMunicipalityIds().size()) {
            agreement.setStatus(AgreementStatus.ADOPTED);
            audit.record(agreement, AuditAction.ADOPTED, null);
            statusChanged(agreement);
            agreements
                    .findById(
                            agreement.getPredecessorId() == null
                                    ? -1
                                    : agreement.getPredecessorId())
                    .ifPresent(
                            previous -> {
                                previous.setStatus(AgreementStatus.SUPERSEDED);
                                statusChanged(previous);
                            });
        }
    }

    /**
     * Changes to an adopted agreement start a new draft line: a new agreement that begins with the
     * adopted text; the adopted one stays as it is until the new one is adopted.
     */
    public long startNewDraft(long agreementId) {
        Agreement adopted = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        requireStatus(adopted, AgreementStatus.ADOPTED);
        Agreement draft =
                agreements.save(
                        new Agreement(
                                adopted.getRegion(),
                                adopted.getTitle(),
                                adopted.getScope(),
                                Set.copyOf(adopted.getThemes()),
                                Set.copyOf(adopted.getMunicipalityIds()),
                                people.me().id(),
                                adopted.getId()));
        for (ArticleRow article : documents.get(agreementId).articles()) {
            documents.addArticle(draft.getId(), article.heading(), article.body());
        }
        audit.record(adopted, AuditAction.NEW_DRAFT_STARTED, "#" + draft.getId());
        return draft.getId();
    }

    private void statusChanged(Agreement agreement) {
        events.publish(
                new AgreementEvent.StatusChanged(
                        agreement.getId(), agreement.getStatus(), events.by()));
    }

    private static void requireStatus(Agreement agreement, AgreementStatus expected) {
        if (agreement.getStatus() != expected) {
            throw new UserInputException("agreement.error.status");
        }
    }
}

package nl.brabant.regiotafel.publication;

import java.time.Clock;
import java.util.List;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementExportService;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.AgreementStatus;
import nl.brabant.regiotafel.agreement.PublicAgreementVersion;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.ConfidentialityChanged;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingExportService;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MeetingStatus;
import nl.brabant.regiotafel.meeting.PublicMeetingVersion;
import nl.brabant.regiotafel.region.PublicRegionDirectory;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.AppUserDetails;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking agendas, minutes with decision lists and adopted agreements public under the Woo, and
 * withdrawing them with a reason. Who may: the permission table's row "mark an item public (Woo) or
 * withdraw it" ({@link Action#PUBLISH_WOO}); others who may see the item only see what happened.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PublicationService {

    private static final List<PublicationKind> MEETING_KINDS =
            List.of(PublicationKind.AGENDA, PublicationKind.MINUTES);

    private final PublicationRepository publications;
    private final MeetingService meetings;
    private final MeetingExportService meetingExports;
    private final AgreementService agreements;
    private final AgreementExportService agreementExports;
    private final PublicRegionDirectory regions;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(
            PublicationRepository publications,
            MeetingService meetings,
            MeetingExportService meetingExports,
            AgreementService agreements,
            AgreementExportService agreementExports,
            PublicRegionDirectory regions,
            AccessPolicy policy,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.publications = publications;
        this.meetings = meetings;
        this.meetingExports = meetingExports;
        this.agreements = agreements;
        this.agreementExports = agreementExports;
        this.regions = regions;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean mayPublish(long regionId) {
        return policy.may(Action.PUBLISH_WOO, regionId);
    }

    /** What was published of this meeting, newest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    public List<PublicationRow> ofMeeting(long meetingId) {
        meetings.get(meetingId);
        return publications.findBySource(MEETING_KINDS, meetingId).stream()
                .map(PublicationRow::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PublicationRow> ofAgreement(long agreementId) {
        agreements.get(agreementId);
        return publications.findBySource(List.of(PublicationKind.AGREEMENT), agreementId).stream()
                .map(PublicationRow::of)
                .toList();
    }

    /** Publishes the agenda once it is published to the invitees (and afterwards). */
    public PublicationRow publishAgenda(long meetingId) {
        MeetingDetails m = meetings.get(meetingId);
        policy.requireAction(Action.PUBLISH_WOO, m.regionId(), false);
        if (m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CANCELLED) {
            throw new UserInputException("publication.error.agendaNotPublished");
        }
        return publishMeeting(
                PublicationKind.AGENDA, meetingExports.publicVersion(meetingId, false));
    }

    /** Publishes the minutes with the decision list, once they are approved. */
    public PublicationRow publishMinutes(long meetingId) {
        MeetingDetails m = meetings.get(meetingId);
        policy.requireAction(Action.PUBLISH_WOO, m.regionId(), false);
        if (m.status() != MeetingStatus.MINUTES_APPROVED) {
            throw new UserInputException("publication.error.minutesNotApproved");
        }
        return publishMeeting(
                PublicationKind.MINUTES, meetingExports.publicVersion(meetingId, true));
    }

    /** Publishes an adopted agreement with its adoption per municipality. */
    public PublicationRow publishAgreement(long agreementId) {
        AgreementDetails a = agreements.get(agreementId);
        policy.requireAction(Action.PUBLISH_WOO, a.regionId(), false);
        if (a.status() != AgreementStatus.ADOPTED) {
            throw new UserInputException("publication.error.agreementNotAdopted");
        }
        requireNotPublished(PublicationKind.AGREEMENT, agreementId);
        PublicAgreementVersion v = agreementExports.publicVersion(agreementId);
        Publication p =
                new Publication(
                        PublicIds.next(),
                        PublicationKind.AGREEMENT,
                        agreementId,
                        v.regionId(),
                        v.regionCode(),
                        v.regionName(),
                        v.title(),
                        v.date());
        List<PublicationLine> lines =
                v.adoptions().stream()
                        .map(
                                ad ->
                                        new PublicationLine(
                                                ad.municipality(),
                                                ad.adoptedOn() == null
                                                        ? PublicTexts.get(
                                                                "publication.adoption.pending")
                                                        : PublicTexts.get(
                                                                "publication.adoption.done",
                                                                DateFormats.documentDate(
                                                                        ad.adoptedOn()),
                                                                ad.decisionReference())))
                        .toList();
        List<PublicRegionDirectory.PublicMunicipality> involved =
                regions.municipalities(v.regionId()).stream()
                        .filter(m -> a.municipalities().containsValue(m.name()))
                        .toList();
        p.content(
                Tooi.identifiers(involved),
                "afspraken-" + p.getPublicId() + ".pdf",
                v.pdf(),
                lines);
        return save(p);
    }

    /** Takes a publication off the public site; its address then answers "not found". */
    public void withdraw(long publicationId, String reason) {
        Publication p =
                publications
                        .findById(publicationId)
                        .orElseThrow(() -> new NotFoundException("publication"));
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, p.getRegionId(), "publication");
        policy.requireAction(Action.PUBLISH_WOO, p.getRegionId(), false);
        String why = TextInput.required(reason, 1000, "publication.error.reason");
        if (p.isWithdrawn()) {
            throw new UserInputException("publication.error.alreadyWithdrawn");
        }
        AppUserDetails me = currentUser.require();
        p.withdraw(clock.instant(), me.id(), me.displayName(), why);
        events.publishEvent(new PublicationChanged(p.getId(), p.getRegionId(), false));
    }

    /**
     * An agenda item or attachment marked confidential withdraws what is public of its meeting at
     * once: a plain (not after-commit) listener, so the withdrawal is part of the transaction that
     * set the flag and either both are saved or neither. The whole meeting's publications go, not
     * only the one that held the item: the people who publish decide what goes out again.
     */
    @EventListener
    public void on(ConfidentialityChanged change) {
        if (!change.confidential()) {
            return;
        }
        AppUserDetails me = currentUser.require();
        String reason =
                TextInput.shorten(
                        PublicTexts.get("publication.withdrawn.confidential", change.subject()),
                        1000);
        for (Publication p : publications.findBySource(MEETING_KINDS, change.meetingId())) {
            if (!p.isWithdrawn()) {
                p.withdraw(clock.instant(), me.id(), me.displayName(), reason);
                events.publishEvent(new PublicationChanged(p.getId(), p.getRegionId(), false));
            }
        }
    }

    private PublicationRow publishMeeting(PublicationKind kind, PublicMeetingVersion v) {
        requireNotPublished(kind, v.meetingId());
        Publication p =
                new Publication(
                        PublicIds.next(),
                        kind,
                        v.meetingId(),
                        v.regionId(),
                        v.regionCode(),
                        v.regionName(),
                        PublicTexts.get("publication.title." + kind.name(), v.title()),
                        v.date());
        String file = (kind == PublicationKind.AGENDA ? "agenda-" : "verslag-") + p.getPublicId();
        p.content(
                Tooi.identifiers(regions.municipalities(v.regionId())),
                file + ".pdf",
                v.pdf(),
                v.lines().stream().map(l -> new PublicationLine(l.label(), l.text())).toList());
        return save(p);
    }

    private void requireNotPublished(PublicationKind kind, long sourceId) {
        if (publications.findBySource(List.of(kind), sourceId).stream()
                .anyMatch(p -> !p.isWithdrawn())) {
            throw new UserInputException("publication.error.alreadyPublished");
        }
    }

    private PublicationRow save(Publication p) {
        AppUserDetails me = currentUser.require();
        p.published(clock.instant(), me.id(), me.displayName());
        Publication saved = publications.save(p);
        events.publishEvent(new PublicationChanged(saved.getId(), saved.getRegionId(), true));
        return PublicationRow.of(saved);
    }
}

package nl.brabant.regiotafel.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.region.OrganisationSummary;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import nl.brabant.regiotafel.security.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items: created at a meeting, followed up on the next agenda and in "my action items".
 *
 * <p>Longer than 250 lines: creating, following up and listing action items share one rule of who
 * sees and who may change an item (owner, organisation, region), and one way of turning items into
 * rows.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ActionItemService {

    private static final Set<ActionItemStatus> OPEN =
            EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS);

    private final ActionItemRepository actionItems;
    private final DecisionRepository decisions;
    private final AgendaItemRepository agendaItems;
    private final MeetingAccess access;
    private final AccessPolicy policy;
    private final PeopleDirectory people;
    private final RegionService regions;
    private final NotificationService notifications;
    private final Clock clock;

    ActionItemService(
            ActionItemRepository actionItems,
            DecisionRepository decisions,
            AgendaItemRepository agendaItems,
            MeetingAccess access,
            AccessPolicy policy,
            PeopleDirectory people,
            RegionService regions,
            NotificationService notifications,
            Clock clock) {
        this.actionItems = actionItems;
        this.decisions = decisions;
        this.agendaItems = agendaItems;
        this.access = access;
        this.policy = policy;
        this.people = people;
        this.regions = regions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ActionItemRow> ofMeeting(long meetingId) {
        access.visibleMeeting(meetingId);
        return rows(actionItems.findByMeetingIdOrderByIdAsc(meetingId));
    }

    /**
     * Open action items of the region's earlier meetings: they come back on this meeting's agenda.
     */
    List<ActionItemRow> followUpsFor(Meeting meeting) {
        return rows(
                actionItems.findOpenFromEarlierMeetings(
                        meeting.getRegion().getId(), meeting.getStartsAt(), OPEN));
    }

    public long create(long meetingId, ActionItemForm form) {
        Meeting meeting = access.meetingFor(meetingId, Action.CREATE_ACTION_ITEMS);
        MeetingAccess.requireStatus(
                meeting,
                "meeting.error.minutesClosed",
                MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.HELD);
        String description =
                MeetingRules.requiredLine(form.description(), 1000, "action.error.description");
        if (form.ownerUserId() == null && form.ownerOrganisationId() == null) {
            throw new UserInputException("action.error.owner");
        }
        if (form.ownerUserId() != null && people.find(form.ownerUserId()).isEmpty()) {
            throw new UserInputException("action.error.owner");
        }
        if (form.ownerOrganisationId() != null
                && regions.findOrganisation(form.ownerOrganisationId()).isEmpty()) {
            throw new UserInputException("action.error.owner");
        }
        if (form.dueDate() == null
                || form.dueDate().isBefore(LocalDate.now(clock).minusYears(1))
                || form.dueDate().isAfter(LocalDate.now(clock).plusYears(10))) {
            throw new UserInputException("action.error.dueDate");
        }
        if (form.decisionId() != null
                && decisions
                        .findById(form.decisionId())
                        .filter(d -> d.getMeeting().getId().equals(meetingId))
                        .isEmpty()) {
            throw new UserInputException("action.error.origin");
        }
        if (form.agendaItemId() != null
                && agendaItems
                        .findById(form.agendaItemId())
                        .filter(i -> i.getMeeting().getId().equals(meetingId))
                        .isEmpty()) {
            throw new UserInputException("action.error.origin");
        }
        ActionItemForm clean =
                new ActionItemForm(
                        description,
                        form.ownerUserId(),
                        form.ownerOrganisationId(),
                        form.dueDate(),
                        form.decisionId(),
                        form.agendaItemId());
        ActionItem saved =
                actionItems.save(
                        new ActionItem(
                                meeting.getRegion().getId(), meetingId, clean, people.me().id()));
        if (form.ownerUserId() != null && form.ownerUserId() != people.me().id()) {
            notifications.notify(
                    List.of(form.ownerUserId()),
                    NotificationKind.ACTION_ITEM_ASSIGNED,
                    description,
                    MeetingRoutes.MY_ACTION_ITEMS,
                    meeting.getRegion().getName());
        }
        return saved.getId();
    }

    /**
     * Region members update their region's items; agencies and housing providers only their own.
     */
    public void updateStatus(long actionItemId, ActionItemStatus status, long expectedVersion) {
        ActionItem item =
                actionItems
                        .findById(actionItemId)
                        .orElseThrow(() -> new NotFoundException("action item"));
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, item.getRegionId(), "action item");
        policy.requireAction(
                Action.UPDATE_ACTION_ITEM_STATUS, item.getRegionId(), owns(item, people.me()));
        if (status == null) {
            throw new UserInputException("action.error.status");
        }
        MeetingAccess.sameVersion(expectedVersion, item.getVersion());
        item.changeStatus(status);
    }

    /**
     * A region's open action items, or only the overdue ones: the list behind the monitor's
     * figures.
     */
    @Transactional(readOnly = true)
    public List<ActionItemRow> openInRegion(
            long regionId, boolean overdueOnly, int offset, int limit) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return rows(
                actionItems.findInRegion(
                        regionId,
                        OPEN,
                        overdueOnly ? LocalDate.now(clock) : null,
                        MeetingService.page(offset, limit)));
    }

    /** The current user's items (theirs or their organisation's), in the regions they can see. */
    @Transactional(readOnly = true)
    public List<ActionItemRow> mine(int offset, int limit) {
        PersonSummary me = people.me();
        Collection<Long> regionIds = visibleRegionIds();
        if (regionIds.isEmpty()) {
            return List.of();
        }
        return rows(
                actionItems.findOwnedBy(
                        me.id(),
                        me.organisationId(),
                        regionIds,
                        MeetingService.page(offset, limit)));
    }

    @Transactional(readOnly = true)
    public int countMine() {
        PersonSummary me = people.me();
        Collection<Long> regionIds = visibleRegionIds();
        return regionIds.isEmpty()
                ? 0
                : (int) actionItems.countOwnedBy(me.id(), me.organisationId(), regionIds);
    }

    private Collection<Long> visibleRegionIds() {
        RegionScope scope = policy.regionsWhere(Action.VIEW_REGION_WORKSPACE);
        return scope.everyRegion()
                ? regions.allRegions().stream().map(r -> r.id()).toList()
                : scope.regionIds();
    }

    private List<ActionItemRow> rows(List<ActionItem> items) {
        Set<Long> userIds = new HashSet<>();
        items.forEach(
                i -> {
                    if (i.getOwnerUserId() != null) {
                        userIds.add(i.getOwnerUserId());
                    }
                });
        Map<Long, PersonSummary> owners = people.byIds(userIds);
        Map<Long, Integer> decisionNumbers =
                items.stream()
                        .map(ActionItem::getDecisionId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(decisions::findById)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toMap(Decision::getId, Decision::getNumber));
        PersonSummary me = people.me();
        LocalDate today = LocalDate.now(clock);
        return items.stream()
                .map(
                        i -> {
                            PersonSummary owner =
                                    i.getOwnerUserId() == null
                                            ? null
                                            : owners.get(i.getOwnerUserId());
                            String organisation =
                                    i.getOwnerOrganisationId() == null
                                            ? (owner == null ? "" : owner.organisationName())
                                            : regions.findOrganisation(i.getOwnerOrganisationId())
                                                    .map(OrganisationSummary::name)
                                                    .orElse("");
                            boolean mayUpdate =
                                    policy.may(
                                            Action.UPDATE_ACTION_ITEM_STATUS,
                                            i.getRegionId(),
                                            owns(i, me));
                            return new ActionItemRow(
                                    i.getId(),
                                    i.getRegionId(),
                                    i.getMeetingId(),
                                    i.getDescription(),
                                    owner == null ? "" : owner.displayName(),
                                    organisation,
                                    i.getDueDate(),
                                    i.getStatus(),
                                    i.getStatus().isOpen() && i.getDueDate().isBefore(today),
                                    mayUpdate,
                                    i.getDecisionId() == null
                                            ? null
                                            : decisionNumbers.get(i.getDecisionId()),
                                    i.getVersion());
                        })
                .toList();
    }

    private static boolean owns(ActionItem item, PersonSummary me) {
        return (item.getOwnerUserId() != null && item.getOwnerUserId() == me.id())
                || (item.getOwnerOrganisationId() != null
                        && item.getOwnerOrganisationId().equals(me.organisationId()));
    }
}

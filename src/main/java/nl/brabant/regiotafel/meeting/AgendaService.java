package nl.brabant.regiotafel.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing, accepting, rejecting, ordering and timing agenda items until the agenda is published.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgendaService {

    private final AgendaItemRepository items;
    private final AttachmentService attachments;
    private final MeetingAccess access;
    private final CurrentUser currentUser;
    private final ActionItemService actionItems;
    private final NotificationService notifications;
    private final EntityManager entityManager;
    private final Clock clock;

    AgendaService(
            AgendaItemRepository items,
            AttachmentService attachments,
            MeetingAccess access,
            CurrentUser currentUser,
            ActionItemService actionItems,
            NotificationService notifications,
            EntityManager entityManager,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
        this.actionItems = actionItems;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Agenda agenda(long meetingId) {
        Meeting meeting = access.visibleMeeting(meetingId);
        long me = currentUser.require().id();
        Map<Long, List<AttachmentRow>> files = attachments.byItem(meetingId);
        List<AgendaItem> all = new ArrayList<>(items.findByMeeting(meetingId));
        all.sort(
                Comparator.comparing(
                                (AgendaItem i) ->
                                        i.getStatus().ordinal() == 1
                                                ? 0
                                                : i.getStatus().ordinal() + 1)
                        .thenComparingInt(AgendaItem::getPosition)
                        .thenComparing(AgendaItem::getId));
        LocalTime clockTime = meeting.getStartsAt().atZone(ClockConfiguration.ZONE).toLocalTime();
        int planned = 0;
        List<AgendaItemRow> rows = new ArrayList<>();
        for (AgendaItem item : all) {
            LocalTime start = null;
            if (item.getStatus() == AgendaItemStatus.ACCEPTED) {
                start = clockTime.plusMinutes(planned);
                planned += item.getDurationMinutes();
            }
            rows.add(
                    new AgendaItemRow(
                            item.getId(),
                            item.getTitle(),
                            item.getExplanation(),
                            item.getPresenterName(),
                            item.getPresenterOrganisation(),
                            item.getProposedMinutes(),
                            item.getDurationMinutes(),
                            Set.copyOf(item.getThemes()),
                            item.getStatus(),
                            item.getRejectionReason(),
                            start,
                            item.getMinutesText(),
                            item.getProposedBy() != null && item.getProposedBy() == me,
                            files.getOrDefault(item.getId(), List.of()),
                            item.isConfidential(),
                            item.getVersion()));
        }
        int available =
                (int) Duration.between(meeting.getStartsAt(), meeting.getEndsAt()).toMinutes();
        return new Agenda(
                meeting.getVersion(),
                rows,
                actionItems.followUpsFor(meeting),
                planned,
                available,
                Math.max(0, planned - available));
    }

    /**
     * Members propose until the deadline; those who manage the agenda may still add items after it,
     * as long as the agenda is not published.
     */
    public long propose(long meetingId, AgendaItemForm form) {
        Meeting meeting = access.meetingFor(meetingId, Action.PROPOSE_AGENDA_ITEM);
        MeetingAccess.requireStatus(meeting, "agenda.error.notOpen", MeetingStatus.PLANNED);
        boolean manager = access.may(Action.MANAGE_AGENDA, meeting);
        if (!manager && clock.instant().isAfter(meeting.getProposalDeadline())) {
            throw new UserInputException("agenda.error.deadlinePassed");
        }
        AgendaItem item =
                new AgendaItem(
                        meeting, currentUser.require().id(), items.maxPosition(meetingId) + 1);
        item.describe(MeetingRules.check(form));
        return items.save(item).getId();
    }

    public void accept(long itemId, int minutes, long expectedVersion) {
        AgendaItem item = managed(itemId, expectedVersion);
        MeetingRules.checkMinutes(minutes);
        item.accept(minutes);
        bumpAgenda(item.getMeeting());
    }

    public void reject(long itemId, String reason, long expectedVersion) {
        AgendaItem item = managed(itemId, expectedVersion);
        String why = MeetingRules.required(reason, 1000, "agenda.error.reason");
        item.reject(why);
        bumpAgenda(item.getMeeting());
        if (item.getProposedBy() != null && item.getProposedBy() != currentUser.require().id()) {
            Meeting meeting = item.getMeeting();
            notifications.notify(
                    List.of(item.getProposedBy()),
                    NotificationKind.AGENDA_ITEM_REJECTED,
                    item.getTitle() + " (" + meeting.getTitle() + ")",
                    MeetingRoutes.meeting(meeting.getRegion().getCode(), meeting.getId()),
                    meeting.getRegion().getName());
        }
    }

    public void setDuration(long itemId, int minutes, long expectedVersion) {
        AgendaItem item = managed(itemId, expectedVersion);
        MeetingRules.checkMinutes(minutes);
        item.setDurationMinutes(minutes);
        bumpAgenda(item.getMeeting());
    }

    /**
     * Puts the items in the given order. The caller passes the agenda version it showed: when
     * someone else changed the agenda meanwhile, nothing is changed and the caller reloads.
     */
    public void reorder(long meetingId, List<Long> orderedItemIds, long expectedMeetingVersion) {
        Meeting meeting = access.meetingFor(meetingId, Action.MANAGE_AGENDA);
        MeetingAccess.requireStatus(meeting, "agenda.error.notOpen", MeetingStatus.PLANNED);
        MeetingAccess.sameVersion(expectedMeetingVersion, meeting.getVersion());
        List<AgendaItem> current = items.findByMeeting(meetingId);
        if (orderedItemIds.size() != current.size()
                || !new HashSet<>(orderedItemIds)
                        .equals(
                                current.stream()
                                        .map(AgendaItem::getId)
                                        .collect(Collectors.toSet()))) {
            throw new UserInputException("common.error.conflict");
        }
        Map<Long, AgendaItem> byId =
                current.stream().collect(Collectors.toMap(AgendaItem::getId, i -> i));
        for (int i = 0; i < orderedItemIds.size(); i++) {
            byId.get(orderedItemIds.get(i)).setPosition(i + 1);
        }
        bumpAgenda(meeting);
    }

    private AgendaItem managed(long itemId, long expectedVersion) {
        AgendaItem item = access.itemFor(itemId, Action.MANAGE_AGENDA);
        MeetingAccess.requireStatus(
                item.getMeeting(), "agenda.error.notOpen", MeetingStatus.PLANNED);
        MeetingAccess.sameVersion(expectedVersion, item.getVersion());
        return item;
    }

    /** Any change to the agenda raises the meeting's version, so a stale reorder is refused. */
    private void bumpAgenda(Meeting meeting) {
        entityManager.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}

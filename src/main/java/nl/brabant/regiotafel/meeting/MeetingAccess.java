package nl.brabant.regiotafel.meeting;

import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import org.springframework.stereotype.Component;

/**
 * Loads meetings and agenda items the way every service of this feature must: invisible ones do not
 * exist, a stale version is a conflict, an action needs its grant in the meeting's region.
 */
@Component
class MeetingAccess {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AccessPolicy policy;

    MeetingAccess(MeetingRepository meetings, AgendaItemRepository items, AccessPolicy policy) {
        this.meetings = meetings;
        this.items = items;
        this.policy = policy;
    }

    Meeting visibleMeeting(long meetingId) {
        Meeting meeting =
                meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        policy.requireInRegion(
                Action.VIEW_REGION_WORKSPACE, meeting.getRegion().getId(), "meeting");
        return meeting;
    }

    Meeting meetingFor(long meetingId, Action action) {
        Meeting meeting = visibleMeeting(meetingId);
        policy.requireAction(action, meeting.getRegion().getId(), false);
        return meeting;
    }

    AgendaItem visibleItem(long itemId) {
        AgendaItem item =
                items.findById(itemId).orElseThrow(() -> new NotFoundException("agenda item"));
        policy.requireInRegion(
                Action.VIEW_REGION_WORKSPACE, item.getMeeting().getRegion().getId(), "agenda item");
        return item;
    }

    AgendaItem itemFor(long itemId, Action action) {
        AgendaItem item = visibleItem(itemId);
        policy.requireAction(action, item.getMeeting().getRegion().getId(), false);
        return item;
    }

    boolean may(Action action, Meeting meeting) {
        return policy.may(action, meeting.getRegion().getId());
    }

    static void sameVersion(long expected, long actual) {
        if (expected != actual) {
            throw new UserInputException("common.error.conflict");
        }
    }

    static void requireStatus(Meeting meeting, String key, MeetingStatus... allowed) {
        for (MeetingStatus status : allowed) {
            if (meeting.getStatus() == status) {
                return;
            }
        }
        throw new UserInputException(key);
    }
}

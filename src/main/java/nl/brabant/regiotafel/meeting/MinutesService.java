package nl.brabant.regiotafel.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The minutes per agenda item and the numbered decisions of a meeting. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MinutesService {

    private final DecisionRepository decisions;
    private final AgendaItemRepository items;
    private final MeetingAccess access;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    MinutesService(
            DecisionRepository decisions,
            AgendaItemRepository items,
            MeetingAccess access,
            CurrentUser currentUser,
            EntityManager entityManager) {
        this.decisions = decisions;
        this.items = items;
        this.access = access;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /** Saves the minutes of one agenda item; a stale version means someone else saved meanwhile. */
    public void saveItemMinutes(long itemId, String text, long expectedVersion) {
        AgendaItem item = access.itemFor(itemId, Action.WRITE_MINUTES);
        MeetingAccess.requireStatus(
                item.getMeeting(),
                "meeting.error.minutesClosed",
                MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.HELD);
        if (item.getStatus() != AgendaItemStatus.ACCEPTED) {
            throw new UserInputException("minutes.error.notOnAgenda");
        }
        MeetingAccess.sameVersion(expectedVersion, item.getVersion());
        item.setMinutesText(MeetingRules.optional(text, 20000, "minutes.error.tooLong"));
    }

    @Transactional(readOnly = true)
    public List<DecisionRow> decisions(long meetingId) {
        access.visibleMeeting(meetingId);
        return decisions.findByMeeting(meetingId).stream()
                .map(
                        d ->
                                new DecisionRow(
                                        d.getId(),
                                        d.getNumber(),
                                        d.getText(),
                                        d.getTheme(),
                                        d.getAgendaItemId()))
                .toList();
    }

    /**
     * Numbers decisions per meeting; the meeting row is locked so two clerks never get the same
     * number.
     */
    public int addDecision(long meetingId, String text, Theme theme, Long agendaItemId) {
        Meeting meeting = access.meetingFor(meetingId, Action.WRITE_MINUTES);
        MeetingAccess.requireStatus(
                meeting,
                "meeting.error.minutesClosed",
                MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.HELD);
        String clean = MeetingRules.required(text, 5000, "decision.error.text");
        MeetingRules.requiredTheme(theme);
        if (agendaItemId != null
                && items.findById(agendaItemId)
                        .filter(i -> i.getMeeting().getId().equals(meetingId))
                        .isEmpty()) {
            throw new UserInputException("action.error.origin");
        }
        // Lock and reload: locking the copy read above would fail if the agenda changed meanwhile.
        entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        int number = decisions.maxNumber(meetingId) + 1;
        decisions.save(
                new Decision(
                        meeting, number, clean, theme, agendaItemId, currentUser.require().id()));
        return number;
    }
}

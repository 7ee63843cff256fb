package nl.brabant.regiotafel.meeting;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.region.Region;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling meetings, their life cycle and who comes.
 *
 * <p>Longer than 250 lines: scheduling, the status steps and attendance all change one meeting
 * under its version and notify its invitees the same way; agenda, minutes, action items and
 * attachments are services of their own.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final MeetingAccess access;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final NotificationService notifications;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingService(
            MeetingRepository meetings,
            AttendanceRepository attendance,
            MeetingAccess access,
            AccessPolicy policy,
            CurrentUser currentUser,
            PeopleDirectory people,
            NotificationService notifications,
            EntityManager entityManager,
            Clock clock,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.access = access;
        this.policy = policy;
        this.currentUser = currentUser;
        this.people = people;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<MeetingRow> upcoming(long regionId, int offset, int limit) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return meetings.findUpcoming(regionId, clock.instant(), page(offset, limit)).stream()
                .map(MeetingRow::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public int countUpcoming(long regionId) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return (int) meetings.countUpcoming(regionId, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<MeetingRow> past(long regionId, int offset, int limit) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return meetings.findPast(regionId, clock.instant(), page(offset, limit)).stream()
                .map(MeetingRow::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public int countPast(long regionId) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return (int) meetings.countPast(regionId, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean maySchedule(long regionId) {
        return policy.may(Action.SCHEDULE_MEETING, regionId);
    }

    @Transactional(readOnly = true)
    public MeetingDetails get(long meetingId) {
        Meeting m = access.visibleMeeting(meetingId);
        MeetingStatus s = m.getStatus();
        boolean member =
                people.membersOf(m.getRegion().getId()).stream()
                        .anyMatch(p -> p.id() == currentUser.require().id());
        var may =
                new MeetingDetails.Permissions(
                        access.may(Action.SCHEDULE_MEETING, m)
                                && (s == MeetingStatus.PLANNED
                                        || s == MeetingStatus.AGENDA_PUBLISHED),
                        access.may(Action.PROPOSE_AGENDA_ITEM, m) && s.agendaOpen(),
                        access.may(Action.MANAGE_AGENDA, m) && s.agendaOpen(),
                        access.may(Action.WRITE_MINUTES, m) && s.minutesOpen(),
                        access.may(Action.CREATE_ACTION_ITEMS, m) && s.minutesOpen(),
                        member
                                && (s == MeetingStatus.PLANNED
                                        || s == MeetingStatus.AGENDA_PUBLISHED));
        Region r = m.getRegion();
        return new MeetingDetails(
                m.getId(),
                r.getId(),
                r.getCode(),
                r.getName(),
                m.getTitle(),
                m.getSequenceLabel(),
                m.getStartsAt(),
                m.getEndsAt(),
                m.getProposalDeadline(),
                m.getLocation(),
                m.getOnlineLink(),
                s,
                m.getVersion(),
                may);
    }

    public long schedule(long regionId, MeetingForm form) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        policy.requireAction(Action.SCHEDULE_MEETING, regionId, false);
        MeetingForm checked = MeetingRules.check(form);
        Region region = entityManager.find(Region.class, regionId);
        if (region == null) {
            throw new NotFoundException("region");
        }
        Meeting meeting = new Meeting(region, currentUser.require().id());
        meeting.describe(checked);
        return meetings.save(meeting).getId();
    }

    public void update(long meetingId, MeetingForm form, long expectedVersion) {
        Meeting meeting = access.meetingFor(meetingId, Action.SCHEDULE_MEETING);
        MeetingAccess.requireStatus(
                meeting,
                "meeting.error.notEditable",
                MeetingStatus.PLANNED,
                MeetingStatus.AGENDA_PUBLISHED);
        MeetingAccess.sameVersion(expectedVersion, meeting.getVersion());
        if (meeting.describe(MeetingRules.check(form))
                && meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED) {
            events.publishEvent(new CalendarChange(meetingId, false));
        }
    }

    /** Freezes the agenda and tells every invitee. */
    public void publishAgenda(long meetingId, long expectedVersion) {
        Meeting meeting = access.meetingFor(meetingId, Action.MANAGE_AGENDA);
        MeetingAccess.requireStatus(meeting, "agenda.error.notOpen", MeetingStatus.PLANNED);
        MeetingAccess.sameVersion(expectedVersion, meeting.getVersion());
        long accepted =
                entityManager
                        .createQuery(
                                "select count(i) from AgendaItem i where i.meeting.id = :id and i.status = :accepted",
                                Long.class)
                        .setParameter("id", meetingId)
                        .setParameter("accepted", AgendaItemStatus.ACCEPTED)
                        .getSingleResult();
        if (accepted == 0) {
            throw new UserInputException("agenda.error.empty");
        }
        meeting.setStatus(MeetingStatus.AGENDA_PUBLISHED);
        notifyInvitees(meeting, NotificationKind.AGENDA_PUBLISHED);
        events.publishEvent(new CalendarChange(meetingId, false));
    }

    public void markHeld(long meetingId) {
        Meeting meeting = access.meetingFor(meetingId, Action.WRITE_MINUTES);
        MeetingAccess.requireStatus(
                meeting, "meeting.error.notPublished", MeetingStatus.AGENDA_PUBLISHED);
        meeting.setStatus(MeetingStatus.HELD);
    }

    public void approveMinutes(long meetingId) {
        Meeting meeting = access.meetingFor(meetingId, Action.WRITE_MINUTES);
        MeetingAccess.requireStatus(meeting, "meeting.error.notHeld", MeetingStatus.HELD);
        meeting.setStatus(MeetingStatus.MINUTES_APPROVED);
    }

    public void cancel(long meetingId) {
        Meeting meeting = access.meetingFor(meetingId, Action.SCHEDULE_MEETING);
        MeetingAccess.requireStatus(
                meeting,
                "meeting.error.notCancellable",
                MeetingStatus.PLANNED,
                MeetingStatus.AGENDA_PUBLISHED);
        boolean published = meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED;
        meeting.cancelInCalendar();
        if (published) {
            notifyInvitees(meeting, NotificationKind.MEETING_CANCELLED);
            events.publishEvent(new CalendarChange(meetingId, true));
        }
    }

    /**
     * The invitees (the region's members) with their answer and, once recorded, their attendance.
     */
    @Transactional(readOnly = true)
    public List<AttendeeRow> attendees(long meetingId) {
        Meeting meeting = access.visibleMeeting(meetingId);
        Map<Long, Attendance> answers =
                attendance.findByMeeting(meetingId).stream()
                        .collect(Collectors.toMap(Attendance::getUserId, Function.identity()));
        return people.membersOf(meeting.getRegion().getId()).stream()
                .map(
                        p -> {
                            Attendance a = answers.get(p.id());
                            return new AttendeeRow(
                                    p.id(),
                                    p.displayName(),
                                    p.organisationName(),
                                    a == null ? null : a.getRsvp(),
                                    a == null ? null : a.getAttended());
                        })
                .toList();
    }

    public void respond(long meetingId, Rsvp rsvp) {
        Meeting meeting = access.visibleMeeting(meetingId);
        long me = currentUser.require().id();
        boolean invited =
                people.membersOf(meeting.getRegion().getId()).stream().anyMatch(p -> p.id() == me);
        if (!invited) {
            throw new UserInputException("attendance.error.notInvited");
        }
        MeetingAccess.requireStatus(
                meeting,
                "attendance.error.closed",
                MeetingStatus.PLANNED,
                MeetingStatus.AGENDA_PUBLISHED);
        row(meetingId, me).setRsvp(rsvp);
    }

    public void recordAttendance(long meetingId, long userId, Boolean attended) {
        Meeting meeting = access.meetingFor(meetingId, Action.WRITE_MINUTES);
        MeetingAccess.requireStatus(
                meeting,
                "meeting.error.minutesClosed",
                MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.HELD);
        boolean invited =
                people.membersOf(meeting.getRegion().getId()).stream()
                        .anyMatch(p -> p.id() == userId);
        if (!invited) {
            throw new UserInputException("attendance.error.notInvited");
        }
        row(meetingId, userId).setAttended(attended);
    }

    private Attendance row(long meetingId, long userId) {
        return attendance
                .find(meetingId, userId)
                .orElseGet(() -> attendance.save(new Attendance(meetingId, userId)));
    }

    private void notifyInvitees(Meeting meeting, NotificationKind kind) {
        List<Long> invitees =
                people.membersOf(meeting.getRegion().getId()).stream()
                        .map(PersonSummary::id)
                        .toList();
        String link = MeetingRoutes.meeting(meeting.getRegion().getCode(), meeting.getId());
        notifications.notify(
                invitees, kind, meeting.getTitle(), link, meeting.getRegion().getName());
    }

    static PageRequest page(int offset, int limit) {
        int size = Math.max(1, limit);
        return PageRequest.of(offset / size, size);
    }

    Instant now() {
        return clock.instant();
    }
}

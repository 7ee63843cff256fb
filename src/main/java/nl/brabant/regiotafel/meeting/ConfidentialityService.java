package nl.brabant.regiotafel.meeting;

import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidentiality flag ("vertrouwelijk") of agenda items and attachments: what carries it stays
 * out of every public (Woo) version, and setting it withdraws existing ones at once (see {@link
 * ConfidentialityChanged}). Who may set it is the permission table's row for Woo publication.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ConfidentialityService {

    private final MeetingAccess access;
    private final AttachmentRepository attachments;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ConfidentialityService(
            MeetingAccess access,
            AttachmentRepository attachments,
            AccessPolicy policy,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.access = access;
        this.attachments = attachments;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean mayMark(long meetingId) {
        return access.may(Action.PUBLISH_WOO, access.visibleMeeting(meetingId));
    }

    public void markItem(long itemId, boolean confidential) {
        AgendaItem item = access.itemFor(itemId, Action.PUBLISH_WOO);
        if (item.isConfidential() == confidential) {
            return;
        }
        item.setConfidential(confidential);
        changed(item.getMeeting(), item.getTitle(), confidential);
    }

    public void markAttachment(long attachmentId, boolean confidential) {
        Attachment attachment =
                attachments
                        .findById(attachmentId)
                        .orElseThrow(() -> new NotFoundException("attachment"));
        AgendaItem item = access.visibleItem(attachment.getAgendaItem().getId());
        policy.requireAction(Action.PUBLISH_WOO, item.getMeeting().getRegion().getId(), false);
        if (attachment.isConfidential() == confidential) {
            return;
        }
        attachment.setConfidential(confidential);
        changed(item.getMeeting(), attachment.getOriginalName(), confidential);
    }

    private void changed(Meeting meeting, String subject, boolean confidential) {
        events.publishEvent(
                new ConfidentialityChanged(
                        meeting.getId(),
                        meeting.getRegion().getId(),
                        subject,
                        confidential,
                        currentUser.require().id()));
    }
}

package nl.brabant.regiotafel.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.meeting.attachment.AttachmentFileStore;
import nl.brabant.regiotafel.meeting.attachment.AttachmentInspector;
import nl.brabant.regiotafel.meeting.attachment.InspectedFile;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The files attached to agenda items: checked on their content when added, stored under a generated
 * name, downloaded by who may see the item, removed with their file once committed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final AttachmentRepository attachments;
    private final MeetingAccess access;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final AttachmentInspector inspector;
    private final AttachmentFileStore files;

    AttachmentService(
            AttachmentRepository attachments,
            MeetingAccess access,
            AccessPolicy policy,
            CurrentUser currentUser,
            AttachmentInspector inspector,
            AttachmentFileStore files) {
        this.attachments = attachments;
        this.access = access;
        this.policy = policy;
        this.currentUser = currentUser;
        this.inspector = inspector;
        this.files = files;
    }

    /**
     * The attachments of a meeting's agenda items, by item id; for the agenda, which checked the
     * meeting.
     */
    @Transactional(readOnly = true)
    Map<Long, List<AttachmentRow>> byItem(long meetingId) {
        return attachments.findByMeeting(meetingId).stream()
                .collect(
                        Collectors.groupingBy(
                                a -> a.getAgendaItem().getId(),
                                Collectors.mapping(
                                        a ->
                                                new AttachmentRow(
                                                        a.getId(),
                                                        a.getOriginalName(),
                                                        a.getMediaType(),
                                                        a.getSizeBytes(),
                                                        a.isConfidential()),
                                        Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public boolean mayAttach(long itemId) {
        return mayAttach(access.visibleItem(itemId));
    }

    /** The largest attachment accepted; an upload is cut off as soon as it passes this. */
    public DataSize maxSize() {
        return inspector.maxSize();
    }

    /**
     * Checks the uploaded file on its content and stores it under a generated name. The proposer of
     * the item and those who manage the agenda may attach, until the agenda is published.
     */
    public AttachmentRow add(long itemId, String fileName, Path upload) {
        AgendaItem item = access.visibleItem(itemId);
        if (!mayAttach(item)) {
            throw new AccessDeniedException("may not attach");
        }
        try {
            InspectedFile checked = inspector.inspect(fileName, upload);
            String storedName;
            try (InputStream in = Files.newInputStream(upload)) {
                storedName = files.save(in);
            }
            registerCleanup(storedName);
            Attachment saved =
                    attachments.save(
                            new Attachment(
                                    item,
                                    checked.originalName(),
                                    storedName,
                                    checked.mediaType(),
                                    checked.size(),
                                    currentUser.require().id()));
            return new AttachmentRow(
                    saved.getId(),
                    saved.getOriginalName(),
                    saved.getMediaType(),
                    saved.getSizeBytes(),
                    false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store attachment", e);
        }
    }

    /** The bytes of an attachment, for those who may see its agenda item. */
    @Transactional(readOnly = true)
    public AttachmentContent open(long attachmentId) {
        Attachment attachment =
                attachments
                        .findById(attachmentId)
                        .orElseThrow(() -> new NotFoundException("attachment"));
        access.visibleItem(attachment.getAgendaItem().getId());
        try {
            return new AttachmentContent(
                    attachment.getOriginalName(),
                    attachment.getMediaType(),
                    attachment.getSizeBytes(),
                    files.open(attachment.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Attachment file missing: " + attachment.getStoredName(), e);
        }
    }

    public void remove(long attachmentId) {
        Attachment attachment =
                attachments
                        .findById(attachmentId)
                        .orElseThrow(() -> new NotFoundException("attachment"));
        AgendaItem item = access.visibleItem(attachment.getAgendaItem().getId());
        if (!mayAttach(item)) {
            throw new AccessDeniedException("may not remove");
        }
        attachments.delete(attachment);
        String storedName = attachment.getStoredName();
        // The file goes only once the row is gone for good.
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        deleteQuietly(storedName);
                    }
                });
    }

    /** A stored file whose row never commits would be an orphan: remove it on rollback. */
    private void registerCleanup(String storedName) {
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            deleteQuietly(storedName);
                        }
                    }
                });
    }

    private void deleteQuietly(String storedName) {
        try {
            files.delete(storedName);
        } catch (IOException e) {
            log.warn("Could not delete attachment file {}: {}", storedName, e.getMessage());
        }
    }

    private boolean mayAttach(AgendaItem item) {
        Meeting meeting = item.getMeeting();
        boolean proposer =
                item.getProposedBy() != null && item.getProposedBy() == currentUser.require().id();
        return meeting.getStatus() == MeetingStatus.PLANNED
                && (access.may(Action.MANAGE_AGENDA, meeting)
                        || (proposer
                                && policy.may(
                                        Action.PROPOSE_AGENDA_ITEM, meeting.getRegion().getId())));
    }
}

package nl.brabant.regiotafel.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells people about things that concern them: in the app, and by e-mail when SMTP is set up. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final NotificationPreferences preferences;

    NotificationService(
            NotificationRepository notifications,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            NotificationPreferences preferences) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.preferences = preferences;
    }

    /** Called by other services inside their transaction, for the people they decided to tell. */
    public void notify(
            Collection<Long> userIds, NotificationKind kind, String subject, String link) {
        notify(userIds, kind, subject, link, null);
    }

    /**
     * As {@link #notify(Collection, NotificationKind, String, String)}, about something in a region
     * (digests group by it). Each person's {@link Delivery} for the kind decides: an e-mail now, a
     * line in the next digest, or only the list in the application.
     */
    public void notify(
            Collection<Long> userIds,
            NotificationKind kind,
            String subject,
            String link,
            String regionName) {
        List<Long> distinct = userIds.stream().distinct().toList();
        Map<Long, Delivery> deliveries = preferences.of(distinct, kind);
        List<Long> now = new ArrayList<>();
        for (Long id : distinct) {
            Delivery delivery = deliveries.get(id);
            notifications.save(new Notification(id, kind, subject, link, regionName, delivery));
            if (delivery == Delivery.IMMEDIATE) {
                now.add(id);
            }
        }
        if (!now.isEmpty() && !kind.mailedAsInvitation()) {
            events.publishEvent(new NotificationsCreated(now, kind, subject, link));
        }
    }

    @Transactional(readOnly = true)
    public List<NotificationRow> mine(int offset, int limit) {
        int size = Math.max(1, limit);
        return notifications
                .findForUser(currentUser.require().id(), PageRequest.of(offset / size, size))
                .stream()
                .map(
                        n ->
                                new NotificationRow(
                                        n.getId(),
                                        n.getKind(),
                                        n.getSubject(),
                                        n.getLink(),
                                        n.getCreatedAt(),
                                        n.getReadAt() != null))
                .toList();
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return (int) notifications.countByUserId(currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public int countUnread() {
        return (int) notifications.countByUserIdAndReadAtIsNull(currentUser.require().id());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.require().id());
    }
}

package nl.brabant.regiotafel.notification;

import java.util.List;

/** Published inside the transaction; mail goes out only after it committed. */
record NotificationsCreated(
        List<Long> userIds, NotificationKind kind, String subject, String link) {}

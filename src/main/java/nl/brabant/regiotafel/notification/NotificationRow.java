package nl.brabant.regiotafel.notification;

import java.time.Instant;

public record NotificationRow(
        long id,
        NotificationKind kind,
        String subject,
        String link,
        Instant createdAt,
        boolean read) {}

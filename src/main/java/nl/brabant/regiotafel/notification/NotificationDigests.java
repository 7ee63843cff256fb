package nl.brabant.regiotafel.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.mail.Mailer;
import nl.brabant.regiotafel.security.AccountContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily (every day at 07:00) and weekly (Monday 07:00) digests. A notification waits with its
 * digest kind until a digest takes it, so what is due is simply "waiting, and made before the last
 * 07:00": a run that comes late (the application was down) sends what the missed one would have, at
 * start-up, and a second run finds nothing left. Each person's lines are locked and marked in one
 * transaction and the e-mail leaves after it commits, so a digest is never sent twice. A disabled
 * account's lines are marked without an e-mail.
 */
@Component
public class NotificationDigests {

    static final LocalTime SEND_AT = LocalTime.of(7, 0);

    private static final Logger log = LoggerFactory.getLogger(NotificationDigests.class);

    private final NotificationRepository notifications;
    private final AccountContacts contacts;
    private final DigestMail mail;
    private final Mailer mailer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDigests(
            NotificationRepository notifications,
            AccountContacts contacts,
            DigestMail mail,
            Mailer mailer,
            TransactionTemplate transactions,
            Clock clock) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.mail = mail;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/Amsterdam")
    void hourly() {
        sendDue(clock.instant());
    }

    /** Catches up on digests that fell due while the application was not running. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sendDue(clock.instant());
    }

    /** Sends every digest due at {@code now}; returns how many e-mails it sent. */
    public int sendDue(Instant now) {
        Instant daily = lastDaily(now);
        Instant weekly = lastWeekly(now);
        List<Long> people =
                transactions.execute(
                        s ->
                                notifications.usersWithDueDigest(
                                        Delivery.DAILY, daily, Delivery.WEEKLY, weekly));
        int sent = 0;
        for (Long userId : people) {
            try {
                Boolean mailed = transactions.execute(s -> digestFor(userId, daily, weekly, now));
                sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not make the digest of user {}: {}", userId, e.getMessage());
            }
        }
        return sent;
    }

    private boolean digestFor(long userId, Instant daily, Instant weekly, Instant now) {
        List<Notification> due =
                notifications.dueForDigest(userId, Delivery.DAILY, daily, Delivery.WEEKLY, weekly);
        if (due.isEmpty()) {
            return false;
        }
        due.forEach(n -> n.markDigested(now));
        Optional<AccountContacts.Contact> contact = contacts.ofEnabled(userId);
        if (contact.isEmpty()) {
            log.info("Digest of user {} not sent: account disabled or without address", userId);
            return false;
        }
        mailer.sendAfterCommit(mail.compose(contact.get(), due));
        return true;
    }

    static Instant lastDaily(Instant now) {
        ZonedDateTime local = now.atZone(ClockConfiguration.ZONE);
        ZonedDateTime today = local.with(SEND_AT);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    static Instant lastWeekly(Instant now) {
        ZonedDateTime local = now.atZone(ClockConfiguration.ZONE);
        ZonedDateTime monday =
                local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(SEND_AT);
        return (monday.isAfter(local) ? monday.minusWeeks(1) : monday).toInstant();
    }
}

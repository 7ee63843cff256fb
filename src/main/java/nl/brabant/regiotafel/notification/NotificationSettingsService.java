package nl.brabant.regiotafel.notification;

import java.util.Map;
import java.util.Optional;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The own choice, per kind, of how to hear of notifications; and the unsubscribe link of a digest,
 * which changes one choice of one person without signing in.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NotificationSettingsService {

    private final NotificationPreferences preferences;
    private final UnsubscribeLinks links;
    private final CurrentUser currentUser;

    NotificationSettingsService(
            NotificationPreferences preferences, UnsubscribeLinks links, CurrentUser currentUser) {
        this.preferences = preferences;
        this.links = links;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Map<NotificationKind, Delivery> mine() {
        return preferences.all(currentUser.require().id());
    }

    public void change(NotificationKind kind, Delivery delivery) {
        preferences.set(currentUser.require().id(), kind, delivery);
    }

    /**
     * The kind an unsubscribe link is about, for the page that asks to confirm; empty for a wrong
     * or forged link. Changes nothing (mail scanners follow links).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<NotificationKind> unsubscribeTarget(String token) {
        return links.verify(token).map(UnsubscribeLinks.Target::kind);
    }

    /**
     * Confirms an unsubscribe link: that person hears of that kind in the application only from now
     * on; every other choice stays. False for a wrong or forged link.
     */
    @PreAuthorize("permitAll()")
    public boolean unsubscribe(String token) {
        Optional<UnsubscribeLinks.Target> target = links.verify(token);
        target.ifPresent(t -> preferences.set(t.userId(), t.kind(), Delivery.IN_APP));
        return target.isPresent();
    }
}

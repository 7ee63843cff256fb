package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a change made from a page is confirmed or refused, the same everywhere. */
public final class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);

    private Feedback() {}

    /**
     * Runs a change and shows "Opgeslagen", or the refusal in the user's language; then runs {@code
     * afterwards} either way (the page shows the latest state, also after a conflict). Returns
     * whether the change went through, so a dialog can stay open with what was typed. When the
     * database cannot be reached the change is refused with "temporarily unavailable" and the page
     * is left as it is, so nothing the person typed is replaced by a reload.
     */
    public static boolean attempt(Component context, Runnable change, Runnable afterwards) {
        boolean unavailable = false;
        try {
            change.run();
            Notification.show(
                            context.getTranslation("common.saved"),
                            2500,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (UserInputException refused) {
            Notification.show(
                            context.getTranslation(refused.messageKey(), refused.arguments()),
                            7000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } catch (RuntimeException failed) {
            if (!DatabaseUnavailable.causedBy(failed)) {
                throw failed;
            }
            unavailable = true;
            log.warn(
                    "Database unavailable, change refused: {}",
                    DatabaseUnavailable.describe(failed));
            unavailableNotice(context);
            return false;
        } finally {
            if (!unavailable) {
                afterwards.run();
            }
        }
    }

    /** "The service is temporarily unavailable", for a change that could not be saved. */
    public static void unavailableNotice(Component context) {
        Notification.show(
                        context.getTranslation("error.unavailable.notSaved"),
                        8000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

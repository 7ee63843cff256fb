package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.brabant.regiotafel.base.UserInputException;

/** How a change made from a page is confirmed or refused, the same everywhere. */
public final class Feedback {

    private Feedback() {}

    /**
     * Runs a change and shows "Opgeslagen", or the refusal in the user's language; then runs
     * {@code afterwards} either way (the page shows the latest state, also after a conflict).
     * Returns whether the change went through, so a dialog can stay open with what was typed.
     */
    public static boolean attempt(Component context, Runnable change, Runnable afterwards) {
        try {
            change.run();
            Notification.show(context.getTranslation("common.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (UserInputException refused) {
            Notification.show(context.getTranslation(refused.messageKey(), refused.arguments()), 7000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            afterwards.run();
        }
    }
}

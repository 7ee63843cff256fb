package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when something fails during an interaction: a short message in their language,
 * never a stack trace. Unexpected failures are logged in full.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(
                        init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null
                && !(cause instanceof UserInputException)
                && !(cause instanceof NotFoundException)
                && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (DatabaseUnavailable.causedBy(event.getThrowable())) {
            log.warn(
                    "Database unavailable during an interaction: {}",
                    DatabaseUnavailable.describe(event.getThrowable()));
            message = ui.getTranslation("error.unavailable");
        } else if (cause instanceof UserInputException input) {
            message = ui.getTranslation(input.messageKey(), input.arguments());
        } else if (cause instanceof NotFoundException) {
            message = ui.getTranslation("error.notFound");
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.denied");
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        Notification notification =
                Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

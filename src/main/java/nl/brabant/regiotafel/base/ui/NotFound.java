package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * Shows the "page not found" view instead of the page being opened: for an unknown id, or for an
 * object the user may not see (the same page for both, so it never hints that something exists).
 * Views catch the services' {@code base.NotFoundException} and call this, so they need not name
 * Vaadin's exception of the same simple name.
 */
public final class NotFound {

    private NotFound() {}

    public static void show(BeforeEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}

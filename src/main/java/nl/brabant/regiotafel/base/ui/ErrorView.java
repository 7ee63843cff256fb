package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.brabant.regiotafel.base.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails unexpectedly. Replaces Vaadin's default error page, which shows
 * the exception's message in English and, outside production mode, its stack trace. The detail goes
 * to the log only; the user reads the same short Dutch message as for a failing button.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private String titleKey = "error.title";

    public ErrorView() {
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseUnavailable.causedBy(parameter.getException())) {
            // an outage, not a defect: one line in the log, "try again in a few minutes" for the
            // user
            log.warn(
                    "Database unavailable opening '{}': {}",
                    event.getLocation().getPath().replaceAll("\\p{Cntrl}", "_"),
                    DatabaseUnavailable.describe(parameter.getException()));
            titleKey = "error.unavailable.title";
            add(
                    new H1(getTranslation(titleKey)),
                    new Paragraph(getTranslation("error.unavailable")),
                    new Anchor(
                            "./" + event.getLocation().getPathWithQueryParameters(),
                            getTranslation("error.tryAgain")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        titleKey = "error.title";
        log.error(
                "Unexpected error opening '{}'",
                event.getLocation().getPath().replaceAll("\\p{Cntrl}", "_"),
                parameter.getException());
        add(
                new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpected")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}

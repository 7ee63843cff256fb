package nl.brabant.regiotafel.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.UserInputException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * No stack trace reaches a user: a failing page and a failing button both show a short Dutch
 * message, and the detail goes to the log.
 */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class ErrorPagesTest extends SpringBrowserlessTest {

    private static final String SECRET = "SQLSyntaxErrorException: geheime tabel user_account";

    @Test
    @WithUserDetails("wethouder.hvb")
    void aPageThatFailsToOpenShowsAGenericDutchMessageAndLogsTheDetail() {
        List<ILoggingEvent> logged =
                capture(
                        ErrorView.class,
                        () -> {
                            // As if the page's own code failed; the error page that follows opens
                            // normally.
                            UI.getCurrent()
                                    .addBeforeEnterListener(
                                            event -> {
                                                if (event.getNavigationTarget()
                                                        != ErrorView.class) {
                                                    throw new IllegalStateException(SECRET);
                                                }
                                            });
                            navigate("regio/HVB", Component.class);
                        });
        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown)
                .contains("Er ging iets mis", "Probeer het opnieuw")
                .doesNotContain(
                        "geheime", "Exception", "There was an exception", "at nl.", "at java.");
        assertThat(getCurrentView().getElement().getChildren())
                .noneMatch(e -> e.getTag().equals("pre"));
        assertThat(logged)
                .anySatisfy(
                        e -> {
                            assertThat(e.getThrowableProxy()).isNotNull();
                            assertThat(e.getThrowableProxy().getMessage()).isEqualTo(SECRET);
                        });
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void aFailingActionShowsAGenericDutchMessageAndLogsTheDetail() {
        navigate("regio/HVB", Component.class);
        List<ILoggingEvent> logged =
                capture(
                        ErrorHandling.class,
                        () ->
                                ErrorHandling.handle(
                                        new ErrorEvent(
                                                new RuntimeException(
                                                        new IllegalStateException(SECRET)))));
        String shown = notificationText();
        assertThat(shown)
                .contains("Er ging iets mis")
                .doesNotContain("geheime", "Exception", "at ");
        assertThat(logged)
                .anySatisfy(
                        e ->
                                assertThat(e.getThrowableProxy().getCause().getMessage())
                                        .isEqualTo(SECRET));
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void aRefusalDeepInsideAnotherExceptionShowsItsOwnDutchMessage() {
        navigate("regio/HVB", Component.class);
        ErrorHandling.handle(
                new ErrorEvent(
                        new IllegalStateException(
                                "wrapper",
                                new UserInputException("input.error.invalidCharacter"))));
        assertThat(notificationText()).startsWith("De tekst bevat een onzichtbaar stuurteken");
    }

    private String notificationText() {
        List<Notification> shown = $(Notification.class).all();
        assertThat(shown).isNotEmpty();
        return test(shown.getLast()).getText();
    }

    private static List<ILoggingEvent> capture(Class<?> source, Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(source);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            action.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list;
    }
}

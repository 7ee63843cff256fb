package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ui.LocaleSupport;
import nl.brabant.regiotafel.security.ui.AccountView;
import nl.brabant.regiotafel.security.ui.EmailConfirmationView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * "Mijn account" without a browser: reached from the user menu, in Dutch, and each form shows the
 * service's refusal at its field. In the sessions package for the tracker, which the test tells of
 * the sessions a real server would have.
 */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class AccountViewTest extends SpringBrowserlessTest {

    /** A demo account no other test signs in with; its name and password are put back after. */
    private static final String USER = "woningcorporatie.nob";

    private static final String PASSWORD = "Regiotafel-demo-2026";

    @Autowired JdbcTemplate jdbc;
    @Autowired SessionTracker tracker;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;

    private final List<HttpSession> registered = new ArrayList<>();
    private String nameBefore;
    private String hashBefore;

    @BeforeEach
    void remember() {
        nameBefore =
                jdbc.queryForObject(
                        "SELECT display_name FROM user_account WHERE username = ?",
                        String.class,
                        USER);
        hashBefore =
                jdbc.queryForObject(
                        "SELECT password_hash FROM user_account WHERE username = ?",
                        String.class,
                        USER);
        // Another test class may have left a real signed-in session of this demo account
        // (HostileHttpTest signs in as it over HTTP): the sessions list counts only this test's.
        tracker.endSessionsOf(
                jdbc.queryForObject(
                        "SELECT id FROM user_account WHERE username = ?", Long.class, USER));
    }

    @AfterEach
    void restore() {
        registered.forEach(s -> tracker.sessionDestroyed(new HttpSessionEvent(s)));
        jdbc.update(
                "UPDATE user_account SET display_name = ?, password_hash = ?, language = NULL,"
                        + " pending_email = NULL WHERE username = ?",
                nameBefore,
                hashBefore,
                USER);
    }

    @Test
    @WithUserDetails(USER)
    void theUserMenuLeadsToTheAccountPageWhichSpeaksDutch() {
        navigate("regio/NOB", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem(0, 0);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactly(
                        "Gegevens",
                        "E-mailadres",
                        "Wachtwoord",
                        "Taal",
                        "Agenda-abonnement",
                        "E-mail over meldingen",
                        "Beveiliging",
                        "Sessies");
        assertThat($(RouterLink.class).id("account-security-link").getHref())
                .isEqualTo("account/beveiliging");
        assertThat($(TextField.class).id("account-username").getValue()).isEqualTo(USER);
        assertThat($(TextField.class).id("account-name").getValue()).isEqualTo(nameBefore);
        assertThat($(RadioButtonGroup.class).id("account-language").getValue())
                .isEqualTo(LocaleSupport.DUTCH);
        assertThat($(Button.class).id("sign-out-everywhere").getText())
                .isEqualTo("Overal afmelden");
        assertThat($(PasswordField.class).id("account-password-new").getHelperText())
                .contains("Minstens 12 en hoogstens 128 tekens");
    }

    @Test
    @WithUserDetails(USER)
    void aNewNameIsSavedAndABlankOneIsRefusedAtTheField() {
        navigate(AccountView.class);
        TextField name = $(TextField.class).id("account-name");
        test(name).setValue("   ");
        test($(Button.class).id("account-name-save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Vul een naam in");

        test(name).setValue("Nora Noordoost");
        test($(Button.class).id("account-name-save")).click();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT display_name FROM user_account WHERE username = ?",
                                String.class,
                                USER))
                .isEqualTo("Nora Noordoost");
    }

    @Test
    @WithUserDetails(USER)
    void aWrongCurrentPasswordADifferentRepeatAndACommonPasswordAreShownAtTheirFields() {
        navigate(AccountView.class);
        PasswordField current = $(PasswordField.class).id("account-password-current");
        PasswordField next = $(PasswordField.class).id("account-password-new");
        PasswordField repeat = $(PasswordField.class).id("account-password-repeat");
        Button save = $(Button.class).id("account-password-save");

        test(current).setValue(PASSWORD);
        test(next).setValue("een heel nieuw wachtwoord");
        test(repeat).setValue("een heel ander wachtwoord");
        test(save).click();
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).contains("niet gelijk");

        test(current).setValue("niet-het-wachtwoord");
        test(repeat).setValue("een heel nieuw wachtwoord");
        test(save).click();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage())
                .isEqualTo("Het huidige wachtwoord klopt niet. Uw wachtwoord is niet gewijzigd.");

        test(current).setValue(PASSWORD);
        test(next).setValue("qwerty123456");
        test(repeat).setValue("qwerty123456");
        test(save).click();
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("meest gebruikte");
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();

        test(next).setValue("een heel nieuw wachtwoord");
        test(repeat).setValue("een heel nieuw wachtwoord");
        test(save).click();
        assertThat(passwordEncoder.matches("een heel nieuw wachtwoord", hash())).isTrue();
        assertThat(current.getValue()).as("the form is emptied").isEmpty();
    }

    @Test
    @WithUserDetails(USER)
    void theSessionsListMarksThisOneAndEndsAnotherAfterConfirmation() {
        registerThisSession();
        MockHttpSession phone = otherSession();
        navigate(AccountView.class);
        Grid<SessionRow> sessions = $(Grid.class).id("account-sessions");
        assertThat(test(sessions).size()).isEqualTo(2);
        int thisOne =
                sessions.getListDataView()
                        .getItems()
                        .toList()
                        .indexOf(
                                sessions.getListDataView()
                                        .getItems()
                                        .filter(SessionRow::current)
                                        .findFirst()
                                        .orElseThrow());
        int other = 1 - thisOne;
        assertThat(((Span) test(sessions).getCellComponent(thisOne, 4)).getText())
                .isEqualTo("Deze sessie");

        test((Button) test(sessions).getCellComponent(other, 4)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("end-session-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo("Deze sessie afmelden?");
        test(confirm).confirm();

        assertThat(phone.isInvalid()).isTrue();
        assertThat(test(sessions).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(USER)
    void signingOutEverywhereAsksFirst() {
        registerThisSession();
        MockHttpSession phone = otherSession();
        navigate(AccountView.class);
        test($(Button.class).id("sign-out-everywhere")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("sign-out-everywhere-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo("Overal afmelden?");
        assertThat(test(confirm).getText()).contains("op dit apparaat en op alle andere");
        test(confirm).cancel();
        assertThat(phone.isInvalid()).as("nothing ends before the confirmation").isFalse();
    }

    @Test
    @WithUserDetails(USER)
    void choosingEnglishSwitchesTheSession() {
        navigate(AccountView.class);
        test($(RadioButtonGroup.class).id("account-language")).selectItem("English");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithUserDetails(USER)
    void aNewAddressWaitsForConfirmationAndAForgedLinkSaysSoInDutch() {
        navigate(AccountView.class);
        EmailField next = $(EmailField.class).id("account-email-new");
        test(next).setValue("geen-adres");
        test($(Button.class).id("account-email-send")).click();
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).startsWith("Vul een geldig e-mailadres in");

        test(next).setValue("nieuw.nob@example.org");
        test($(Button.class).id("account-email-send")).click();
        assertThat($(Div.class).id("account-email-pending").getElement().getTextRecursively())
                .contains("Wacht op bevestiging", "nieuw.nob@example.org");
        test($(Button.class).id("account-email-cancel")).click();
        assertThat($(Div.class).id("account-email-pending").getElement().getTextRecursively())
                .isEmpty();

        navigate("account/e-mail-bevestigen/" + "x".repeat(43), EmailConfirmationView.class);
        assertThat($(Paragraph.class).id("email-confirmation").getText())
                .startsWith("Deze link werkt niet (meer)");
    }

    private void registerThisSession() {
        HttpSession http =
                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        http.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication()));
        tracker.sessionCreated(new HttpSessionEvent(http));
        registered.add(http);
    }

    private MockHttpSession otherSession() {
        MockHttpSession phone = new MockHttpSession();
        phone.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(AccountSignIn.token(userDetails, USER)));
        tracker.sessionCreated(new HttpSessionEvent(phone));
        registered.add(phone);
        return phone;
    }

    private String hash() {
        return jdbc.queryForObject(
                "SELECT password_hash FROM user_account WHERE username = ?", String.class, USER);
    }
}

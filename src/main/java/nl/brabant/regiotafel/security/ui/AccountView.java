package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Locale;
import nl.brabant.regiotafel.base.ui.AccountPageSection;
import nl.brabant.regiotafel.base.ui.LocaleSupport;
import nl.brabant.regiotafel.security.AccountDetails;
import nl.brabant.regiotafel.security.AccountService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Mijn account": the signed-in person's name, e-mail address, password, language, the sections
 * other features add (calendar feed, notification e-mail) and open sessions. Reached from the user
 * menu in the header; every signed-in person has one.
 */
@Route(AccountView.ROUTE)
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "account";

    public AccountView(
            AccountService account,
            AuthenticationContext authentication,
            ObjectProvider<AccountPageSection> featureSections) {
        addClassNames("page", "account-page");
        AccountDetails mine = account.mine();
        String sessionId = currentSessionId();
        add(
                new AccountNameSection(account, mine),
                new EmailSection(account, mine),
                new PasswordSection(account, sessionId),
                languageSection());
        // Calendar feed and notification choices: sections of the features that own them.
        featureSections
                .orderedStream()
                .sorted(Comparator.comparingInt(AccountPageSection::order))
                .forEach(section -> add(section.create()));
        add(securitySection(), new SessionsSection(account, sessionId, authentication));
    }

    /** Passkeys and recovery codes have their own page; the account page points there. */
    private Section securitySection() {
        H2 heading = new H2(getTranslation("security.nav"));
        heading.setId("account-security-heading");
        RouterLink link =
                new RouterLink(getTranslation("account.security.link"), SecuritySettingsView.class);
        link.setId("account-security-link");
        Section section =
                new Section(heading, new Paragraph(getTranslation("account.security.text")), link);
        section.addClassName("account-section");
        return section;
    }

    private Section languageSection() {
        H2 heading = new H2(getTranslation("account.language.title"));
        heading.setId("account-language-heading");
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
        language.setId("account-language");
        language.setLabel(getTranslation("account.language.label"));
        language.setItems(LocaleSupport.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(
                LocaleSupport.LOCALES.stream()
                        .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                        .findFirst()
                        .orElse(LocaleSupport.DUTCH));
        // Kept with the account as well as in this browser: LocaleSupport tells the account.
        language.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        LocaleSupport.switchTo(UI.getCurrent(), e.getValue());
                    }
                });
        Section section = new Section(heading, language);
        section.addClassName("account-section");
        return section;
    }

    /** The id of this page's HTTP session: "this session" in the list, kept where others end. */
    static String currentSessionId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}

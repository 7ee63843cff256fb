package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The card the pages outside the workspace share with the login page: the application's name, a
 * heading, and the content.
 */
final class AccountCard {

    private AccountCard() {}

    static Div of(Component owner, String headingKey, Component... content) {
        H1 name = new H1(owner.getTranslation("app.name"));
        H2 heading = new H2(owner.getTranslation(headingKey));
        heading.setId("account-heading");
        Div card = new Div(name, heading);
        card.add(content);
        card.addClassName("login-card");
        return card;
    }

    /** A paragraph that screen readers announce when it changes (role status). */
    static Paragraph status(String id) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.addClassName("login-notice");
        p.getElement().setAttribute("role", "status");
        return p;
    }

    static Anchor toLogin(Component owner) {
        return new Anchor("login", owner.getTranslation("account.toLogin"));
    }
}

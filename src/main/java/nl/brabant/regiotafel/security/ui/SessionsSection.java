package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.security.AccountService;
import nl.brabant.regiotafel.security.SessionRow;

/**
 * The person's open sessions (this browser and any other), each but this one with its own "end";
 * and "Overal afmelden", which ends them all, this one included. Both ask first. A person has a
 * handful of sessions at most, so the list is read whole.
 */
class SessionsSection extends Section {

    private final AccountService account;
    private final String sessionId;
    private final Grid<SessionRow> grid = new Grid<>();

    SessionsSection(
            AccountService account, String sessionId, AuthenticationContext authentication) {
        this.account = account;
        this.sessionId = sessionId;
        addClassName("account-section");
        H2 heading = new H2(getTranslation("account.sessions.title"));
        Paragraph intro = new Paragraph(getTranslation("account.sessions.intro"));
        grid.setId("account-sessions");
        grid.setAriaLabel(getTranslation("account.sessions.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(
                        row ->
                                row.browser() == null
                                        ? getTranslation("account.sessions.unknownBrowser")
                                        : row.browser())
                .setHeader(getTranslation("account.sessions.browser"))
                .setFlexGrow(1);
        grid.addColumn(
                        row ->
                                row.address() == null
                                        ? getTranslation("account.sessions.unknown")
                                        : row.address())
                .setHeader(getTranslation("account.sessions.address"))
                .setFlexGrow(1);
        grid.addColumn(row -> DateFormats.dateTime(row.signedInAt(), getLocale()))
                .setHeader(getTranslation("account.sessions.signedIn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> DateFormats.dateTime(row.lastSeen(), getLocale()))
                .setHeader(getTranslation("account.sessions.lastSeen"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::action)
                .setHeader(getTranslation("account.sessions.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("account.sessions.empty"));

        Button everywhere =
                new Button(
                        getTranslation("account.sessions.everywhere"),
                        e -> confirmEverywhere(authentication));
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(heading, intro, grid, everywhere);
        refresh();
    }

    private Component action(SessionRow row) {
        if (row.current()) {
            Span current = new Span(getTranslation("account.sessions.current"));
            current.getElement().getThemeList().add("badge success");
            return current;
        }
        Button end = new Button(getTranslation("account.sessions.end"), e -> confirmEnd(row));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.setAriaLabel(
                getTranslation(
                        "account.sessions.end.label",
                        row.browser() == null
                                ? getTranslation("account.sessions.unknownBrowser")
                                : row.browser(),
                        DateFormats.dateTime(row.signedInAt(), getLocale())));
        return end;
    }

    private void confirmEnd(SessionRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("end-session-confirm");
        dialog.setHeader(getTranslation("account.sessions.end.confirm.title"));
        dialog.setText(
                getTranslation(
                        "account.sessions.end.confirm.text",
                        row.browser() == null
                                ? getTranslation("account.sessions.unknownBrowser")
                                : row.browser(),
                        DateFormats.dateTime(row.signedInAt(), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("account.sessions.end"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(
                e -> {
                    boolean ended = account.endSession(row.key(), sessionId);
                    Notification.show(
                                    getTranslation(
                                            ended
                                                    ? "account.sessions.ended"
                                                    : "account.sessions.alreadyEnded"),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
        dialog.open();
    }

    private void confirmEverywhere(AuthenticationContext authentication) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sign-out-everywhere-confirm");
        dialog.setHeader(getTranslation("account.sessions.everywhere.confirm.title"));
        dialog.setText(getTranslation("account.sessions.everywhere.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("account.sessions.everywhere"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(
                e -> {
                    account.signOutEverywhere(sessionId);
                    authentication.logout();
                });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(account.sessions(sessionId));
    }
}

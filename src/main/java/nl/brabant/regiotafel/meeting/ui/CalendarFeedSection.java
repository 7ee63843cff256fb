package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.CalendarFeedService;

/**
 * The own calendar feed on the account page: make the secret address (shown once, to copy into
 * Outlook or Google Calendar), make a new one (the old one stops), or stop it.
 */
class CalendarFeedSection extends Section {

    private final CalendarFeedService feeds;
    private final Paragraph status = new Paragraph();
    private final TextField address = new TextField();
    private final Button copy = new Button();
    private final Button renew = new Button();
    private final Button revoke = new Button();

    CalendarFeedSection(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassName("account-section");
        H2 heading = new H2(getTranslation("calendarFeed.title"));
        heading.setId("calendar-feed-heading");
        status.setId("calendar-feed-status");
        status.getElement().setAttribute("role", "status");
        address.setId("calendar-feed-url");
        address.setLabel(getTranslation("calendarFeed.address"));
        address.setHelperText(getTranslation("calendarFeed.address.help"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        copy.setText(getTranslation("calendarFeed.copy"));
        copy.setId("calendar-feed-copy");
        copy.setVisible(false);
        copy.addClickListener(
                e -> {
                    copy.getElement()
                            .executeJs("navigator.clipboard.writeText($0)", address.getValue());
                    status.setText(getTranslation("calendarFeed.copied"));
                });
        renew.setId("calendar-feed-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.addClickListener(
                e -> {
                    address.setValue(feeds.renew());
                    address.setVisible(true);
                    copy.setVisible(true);
                    show(feeds.mineSince());
                    status.setText(getTranslation("calendarFeed.made"));
                });
        revoke.setText(getTranslation("calendarFeed.revoke"));
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(
                e -> {
                    feeds.revoke();
                    address.clear();
                    address.setVisible(false);
                    copy.setVisible(false);
                    show(Optional.empty());
                    status.setText(getTranslation("calendarFeed.revoked"));
                });
        add(
                heading,
                new Paragraph(getTranslation("calendarFeed.text")),
                status,
                address,
                new HorizontalLayout(copy, renew, revoke));
        show(feeds.mineSince());
    }

    private void show(Optional<Instant> since) {
        status.setText(
                since.map(
                                at ->
                                        getTranslation(
                                                "calendarFeed.since",
                                                DateFormats.dateTime(at, getLocale())))
                        .orElseGet(() -> getTranslation("calendarFeed.none")));
        renew.setText(
                getTranslation(since.isPresent() ? "calendarFeed.renew" : "calendarFeed.create"));
        revoke.setVisible(since.isPresent());
    }
}

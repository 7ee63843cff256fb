package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.html.Section;
import nl.brabant.regiotafel.base.ui.AccountPageSection;
import nl.brabant.regiotafel.meeting.CalendarFeedService;
import org.springframework.stereotype.Component;

/** Puts the calendar feed on the account page. */
@Component
class CalendarFeedAccountSection implements AccountPageSection {

    private final CalendarFeedService feeds;

    CalendarFeedAccountSection(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public Section create() {
        return new CalendarFeedSection(feeds);
    }

    @Override
    public int order() {
        return 10;
    }
}

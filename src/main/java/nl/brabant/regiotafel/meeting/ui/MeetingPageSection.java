package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.html.Div;
import nl.brabant.regiotafel.meeting.MeetingDetails;

/**
 * A part of the meeting page that another feature contributes (a Spring bean), such as Woo
 * publication: the meeting feature shows it without knowing that feature, so no cycle arises.
 */
public interface MeetingPageSection {

    Div create(MeetingDetails meeting);
}

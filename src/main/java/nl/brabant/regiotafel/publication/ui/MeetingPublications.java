package nl.brabant.regiotafel.publication.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingStatus;
import nl.brabant.regiotafel.meeting.ui.MeetingPageSection;
import nl.brabant.regiotafel.publication.PublicationService;
import org.springframework.stereotype.Component;

/** The Woo section of the meeting page: the published agenda, the approved minutes. */
@Component
class MeetingPublications implements MeetingPageSection {

    private final PublicationService publications;

    MeetingPublications(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public Div create(MeetingDetails meeting) {
        List<PublicationSection.PublishAction> actions = new ArrayList<>();
        MeetingStatus s = meeting.status();
        if (s == MeetingStatus.AGENDA_PUBLISHED
                || s == MeetingStatus.HELD
                || s == MeetingStatus.MINUTES_APPROVED) {
            actions.add(
                    new PublicationSection.PublishAction(
                            "publication.publishAgenda",
                            "woo-publish-agenda",
                            () -> publications.publishAgenda(meeting.id())));
        }
        if (s == MeetingStatus.MINUTES_APPROVED) {
            actions.add(
                    new PublicationSection.PublishAction(
                            "publication.publishMinutes",
                            "woo-publish-minutes",
                            () -> publications.publishMinutes(meeting.id())));
        }
        return new PublicationSection(
                publications,
                publications.mayPublish(meeting.regionId()),
                () -> publications.ofMeeting(meeting.id()),
                actions);
    }
}

package nl.brabant.regiotafel.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's agenda or minutes as they may be published under the Woo: without confidential agenda
 * items (and decisions taken on them), and with people of organisations other than public bodies
 * named by their organisation only. {@code lines} are what a public page lists: the agenda items,
 * or the decisions.
 */
public record PublicMeetingVersion(
        long meetingId,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        LocalDate date,
        MeetingStatus status,
        List<Line> lines,
        byte[] pdf) {

    /** One line of the public page, e.g. label "B1" and the decision's text. */
    public record Line(String label, String text) {}
}

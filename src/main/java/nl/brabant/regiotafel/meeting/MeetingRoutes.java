package nl.brabant.regiotafel.meeting;

/**
 * The addresses of the meeting pages, in one place: the views' {@code @Route} templates and the
 * links that notifications, e-mails, calendar files and the monitor point to.
 */
public final class MeetingRoutes {

    /** A regiotafel session of a region. */
    public static final String MEETING = "regio/:code/regiotafel/:meetingId";

    /** The signed-in person's open action items. */
    public static final String MY_ACTION_ITEMS = "mijn-actiepunten";

    /** A person's calendar feed, {@code /agenda-feed/TOKEN.ics}, served without a session. */
    public static final String CALENDAR_FEED = "agenda-feed";

    private MeetingRoutes() {}

    /** The path of a calendar feed, without a leading slash. */
    public static String calendarFeed(String token) {
        return CALENDAR_FEED + "/" + token + ".ics";
    }

    /** The path of a meeting page, without a leading slash (relative to the application). */
    public static String meeting(String regionCode, long meetingId) {
        return "regio/" + regionCode + "/regiotafel/" + meetingId;
    }
}

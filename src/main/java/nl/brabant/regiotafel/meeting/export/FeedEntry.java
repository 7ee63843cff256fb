package nl.brabant.regiotafel.meeting.export;

/** One meeting in a calendar subscription, under its stable UID and current sequence. */
public record FeedEntry(MeetingDocument meeting, String uid, String url, int sequence) {}

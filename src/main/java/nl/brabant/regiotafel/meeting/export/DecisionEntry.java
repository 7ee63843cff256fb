package nl.brabant.regiotafel.meeting.export;

/** A decision taken at the meeting, printed as "B" followed by its number. */
public record DecisionEntry(int number, String text, String theme) {}

package nl.brabant.regiotafel.meeting;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Theme;

/** The checks on what people type, in one place: every refusal is a clear, translatable message. */
final class MeetingRules {

    static final int MAX_ITEM_MINUTES = 240;
    static final Duration MAX_MEETING_LENGTH = Duration.ofHours(12);

    private MeetingRules() {}

    static MeetingForm check(MeetingForm form) {
        String title = requiredLine(form.title(), 200, "meeting.error.title");
        if (form.startsAt() == null || form.endsAt() == null) {
            throw new UserInputException("meeting.error.times");
        }
        if (!form.endsAt().isAfter(form.startsAt())) {
            throw new UserInputException("meeting.error.endBeforeStart");
        }
        if (Duration.between(form.startsAt(), form.endsAt()).compareTo(MAX_MEETING_LENGTH) > 0) {
            throw new UserInputException("meeting.error.tooLong");
        }
        if (form.proposalDeadline() == null || form.proposalDeadline().isAfter(form.startsAt())) {
            throw new UserInputException("meeting.error.deadline");
        }
        String link = optionalLine(form.onlineLink(), 500, "meeting.error.link");
        if (link != null && !isWebLink(link)) {
            throw new UserInputException("meeting.error.link");
        }
        return new MeetingForm(
                title,
                optionalLine(form.sequenceLabel(), 60, "meeting.error.sequence"),
                form.startsAt(),
                form.endsAt(),
                form.proposalDeadline(),
                optionalLine(form.location(), 300, "meeting.error.location"),
                link);
    }

    static AgendaItemForm check(AgendaItemForm form) {
        String title = requiredLine(form.title(), 200, "agenda.error.title");
        checkMinutes(form.proposedMinutes());
        if (form.themes() == null || form.themes().isEmpty()) {
            throw new UserInputException("agenda.error.themes");
        }
        return new AgendaItemForm(
                title,
                optional(form.explanation(), 5000, "agenda.error.explanation"),
                optionalLine(form.presenterName(), 200, "agenda.error.presenter"),
                optionalLine(form.presenterOrganisation(), 200, "agenda.error.presenter"),
                form.proposedMinutes(),
                EnumSet.copyOf(form.themes()));
    }

    static void checkMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_ITEM_MINUTES) {
            throw new UserInputException("agenda.error.minutes", MAX_ITEM_MINUTES);
        }
    }

    static String required(String text, int max, String key) {
        return TextInput.required(text, max, key);
    }

    static String optional(String text, int max, String key) {
        return TextInput.optional(text, max, key);
    }

    static String requiredLine(String text, int max, String key) {
        return TextInput.requiredLine(text, max, key);
    }

    static String optionalLine(String text, int max, String key) {
        return TextInput.optionalLine(text, max, key);
    }

    static Theme requiredTheme(Theme theme) {
        if (theme == null) {
            throw new UserInputException("decision.error.theme");
        }
        return theme;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equalsIgnoreCase(uri.getScheme())
                            || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

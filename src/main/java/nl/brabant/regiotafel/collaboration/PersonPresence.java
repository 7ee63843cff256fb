package nl.brabant.regiotafel.collaboration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person in a document, however many windows they have open in it: what the presence bar shows
 * as one chip.
 *
 * @param windows how many of their windows (tabs, browsers) are in the document
 * @param editingArticleIds the articles they edit, in any of those windows
 */
public record PersonPresence(long userId, String name, int windows, List<Long> editingArticleIds) {

    /** Groups windows by person, in the order of {@code windows} (the hub sorts them by name). */
    public static List<PersonPresence> of(List<PresenceEntry> windows) {
        Map<Long, List<PresenceEntry>> byPerson = new LinkedHashMap<>();
        for (PresenceEntry window : windows) {
            byPerson.computeIfAbsent(window.participant().userId(), id -> new ArrayList<>())
                    .add(window);
        }
        return byPerson.values().stream().map(PersonPresence::person).toList();
    }

    private static PersonPresence person(List<PresenceEntry> windows) {
        Participant first = windows.getFirst().participant();
        List<Long> editing =
                windows.stream()
                        .map(PresenceEntry::editingArticleId)
                        .filter(id -> id != null)
                        .distinct()
                        .toList();
        return new PersonPresence(first.userId(), first.name(), windows.size(), editing);
    }
}

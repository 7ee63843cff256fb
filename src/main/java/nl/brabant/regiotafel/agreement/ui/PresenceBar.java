package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.collaboration.PersonPresence;

/**
 * "Nu in dit document": one chip per person, however many tabs or browsers they have open here,
 * saying which articles they edit.
 */
class PresenceBar extends Div {

    PresenceBar() {
        addClassName("presence");
        setId("presence");
        getElement().setAttribute("aria-live", "polite");
    }

    /** {@code articleNumber} turns an article id into the number the reader sees. */
    void show(List<PersonPresence> people, long myUserId, Function<Long, String> articleNumber) {
        removeAll();
        add(new Span(getTranslation("agreement.presence")));
        for (PersonPresence person : people) {
            Span chip =
                    AgreementView.badge(
                            chipText(person, myUserId, articleNumber),
                            person.editingArticleIds().isEmpty() ? "contrast" : "");
            chip.addClassName("person");
            add(chip);
        }
    }

    private String chipText(
            PersonPresence person, long myUserId, Function<Long, String> articleNumber) {
        List<String> notes = new ArrayList<>();
        if (person.userId() == myUserId) {
            notes.add(getTranslation("agreement.presence.you"));
        }
        if (person.windows() > 1) {
            notes.add(getTranslation("agreement.presence.tabs", person.windows()));
        }
        String text =
                person.name() + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        if (!person.editingArticleIds().isEmpty()) {
            text +=
                    " – "
                            + getTranslation(
                                    "agreement.presence.editing",
                                    person.editingArticleIds().stream()
                                            .map(articleNumber)
                                            .collect(Collectors.joining(", ")));
        }
        return text;
    }
}

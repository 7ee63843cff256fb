package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/** "Nu in dit document": who else is here, and which article they edit. */
class PresenceBar extends Div {

    PresenceBar() {
        addClassName("presence");
        setId("presence");
        getElement().setAttribute("aria-live", "polite");
    }

    /** {@code articleNumber} turns an article id into the number the reader sees. */
    void show(List<PresenceEntry> windows, WindowPresence mine, Function<Long, String> articleNumber) {
        removeAll();
        add(new Span(getTranslation("agreement.presence")));
        for (PresenceEntry entry : windows) {
            String text = entry.participant().name()
                    + (mine.isThisWindow(entry.participant()) ? " (" + getTranslation("agreement.presence.you") + ")" : "")
                    + (entry.editingArticleId() == null ? "" : " – " + getTranslation("agreement.presence.editing",
                            articleNumber.apply(entry.editingArticleId())));
            add(AgreementView.badge(text, entry.editingArticleId() == null ? "contrast" : ""));
        }
    }
}

package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Small styling helpers of the meeting screens (dates and times: base.format.DateFormats). */
final class Styled {

    private Styled() {}

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static <T extends Component> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }
}

package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.brabant.regiotafel.agreement.compare.Segment;

/**
 * Word differences as text spans: added words marked and underlined, removed words struck out; the
 * marks carry a screen-reader text too, so colour is never the only signal.
 */
final class DiffView {

    private DiffView() {}

    static Div inline(List<Segment> segments) {
        Div text = new Div();
        text.addClassName("diff");
        for (Segment segment : segments) {
            Span span = new Span(segment.text());
            switch (segment.type()) {
                case ADDED -> {
                    span.addClassName("diff-added");
                    span.getElement().setAttribute("title", "toegevoegd");
                }
                case REMOVED -> {
                    span.addClassName("diff-removed");
                    span.getElement().setAttribute("title", "verwijderd");
                }
                case SAME -> {}
            }
            text.add(span);
        }
        return text;
    }

    /** Only one side of the change: the old text with removals, or the new text with additions. */
    static Div side(List<Segment> segments, Segment.Type shown) {
        return inline(
                segments.stream()
                        .filter(s -> s.type() == Segment.Type.SAME || s.type() == shown)
                        .toList());
    }
}

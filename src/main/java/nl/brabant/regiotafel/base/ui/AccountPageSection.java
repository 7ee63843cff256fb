package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.html.Section;

/**
 * A section a feature adds to the own account page ("Mijn account"), which lives in the security
 * feature and so cannot know the features that build on it. Each is a Spring bean; the page asks
 * each for a fresh component on every visit, in the order of {@link #order()}.
 */
public interface AccountPageSection {

    /** A new section for this page visit. */
    Section create();

    /** Where the section goes among the others: lower first. */
    default int order() {
        return 0;
    }
}

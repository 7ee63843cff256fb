package nl.brabant.regiotafel.bench;

import nl.brabant.regiotafel.bench.VaadinUi.Node;
import nl.brabant.regiotafel.bench.VaadinUi.VaadinProtocolException;

/** Where things are on the Regiotafel screens, found the way a person finds them: by name. */
public final class Screens {

    /** The text the application shows after a save ("common.saved" in Dutch). */
    public static final String SAVED = "Opgeslagen.";

    private Screens() {}

    /**
     * The route of the agreement link whose title contains {@code title}, on the region workspace.
     */
    public static String agreementRoute(VaadinUi ui, String title) {
        Node list = ui.requireId("agreements");
        Node link =
                ui.within(
                                list,
                                n ->
                                        "a".equals(n.tag)
                                                && n.attribute("href") != null
                                                && ui.textOf(n).contains(title))
                        .orElseThrow(
                                () ->
                                        new VaadinProtocolException(
                                                "no agreement '" + title + "' in the workspace"));
        return link.attribute("href");
    }

    /** The article card whose heading contains {@code heading}. */
    public static Node article(VaadinUi ui, String heading) {
        Node list = ui.requireId("articles");
        return ui.within(
                        list,
                        n -> n.attribute("data-article") != null && ui.textOf(n).contains(heading))
                .orElseThrow(
                        () ->
                                new VaadinProtocolException(
                                        "no article '" + heading + "' on the page"));
    }

    public static Node editButton(VaadinUi ui, String heading) {
        Node card = article(ui, heading);
        return ui.within(card, n -> n.classes.contains("edit-article"))
                .orElseThrow(
                        () ->
                                new VaadinProtocolException(
                                        "article '" + heading + "' has no edit button"));
    }

    /** After a save: the confirmation shown and the new text on the page, or why not. */
    public static String savedProblem(VaadinUi ui, String marker) {
        if (!ui.showsText(marker)) {
            return "the saved text is not on the page";
        }
        return null;
    }
}

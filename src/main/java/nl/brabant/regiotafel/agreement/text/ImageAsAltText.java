package nl.brabant.regiotafel.agreement.text;

import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Renders an image as its alt text. The allowlist has no img (an image from anywhere would tell its
 * host who reads the agreement), and jsoup would drop the tag with its alt text, so the words would
 * vanish without a trace.
 */
final class ImageAsAltText implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    ImageAsAltText(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node image) {
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}

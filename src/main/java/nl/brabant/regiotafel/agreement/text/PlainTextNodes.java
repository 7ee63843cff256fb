package nl.brabant.regiotafel.agreement.text;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;

/**
 * Plain text for the nodes where commonmark's own choice reads badly in a PDF: it quotes code and
 * link text, adds any link target, even javascript:, and runs a raw HTML block into the next
 * paragraph. Raw HTML stays literal text, as the HTML view shows it escaped.
 */
final class PlainTextNodes implements NodeRenderer {

    private final TextContentNodeRendererContext context;

    PlainTextNodes(TextContentNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Image.class, HtmlBlock.class, Code.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Code code) {
            context.getWriter().write(code.getLiteral());
            return;
        }
        if (node instanceof HtmlBlock block) {
            context.getWriter().write(block.getLiteral().strip());
            context.getWriter().block();
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (node instanceof Link link
                && isReadableTarget(link.getDestination())
                && !sameAsText(link.getDestination(), textOf(link))) {
            context.getWriter().write(" (" + link.getDestination() + ")");
        }
    }

    private static boolean isReadableTarget(String destination) {
        String lower = destination.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://")
                || lower.startsWith("https://")
                || lower.startsWith("mailto:");
    }

    /** Autolinks such as {@code <https://example.org>} already show their target. */
    private static boolean sameAsText(String destination, String text) {
        return destination.equals(text) || destination.equalsIgnoreCase("mailto:" + text);
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text literal) {
                        text.append(literal.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        text.append(code.getLiteral());
                    }
                });
        return text.toString();
    }
}

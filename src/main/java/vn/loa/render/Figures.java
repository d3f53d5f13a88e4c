package vn.loa.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Photos with captions, as the Vietnamese press writes them: an image alone in its paragraph followed
 * by an italic line, on the next line or as the next paragraph ({@code *Ảnh: PV*}, {@code *Lãnh đạo
 * Sở phát biểu tại hội thảo. Ảnh: PV*}), becomes a {@code <figure>} with that line as its
 * {@code <figcaption>}; so does an image alone with a title ({@code ![…](anh.jpg "Chú thích")}),
 * whose title becomes the caption. An image without either stays as it was.
 */
final class Figures {

    private Figures() {
    }

    /** A photo and its caption. */
    static final class Figure extends CustomBlock {
    }

    static final class Caption extends CustomBlock {
    }

    /** Turns every captioned image of the tree into a {@link Figure}. */
    static void apply(Node document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        collect(document, paragraphs);
        for (Paragraph p : paragraphs) {
            if (p.getParent() == null) {
                continue; // taken as the caption of the paragraph before
            }
            List<Node> parts = significant(p);
            if (parts.isEmpty() || !(parts.get(0) instanceof Image image)) {
                continue;
            }
            Emphasis caption = null;
            Paragraph captionParagraph = null;
            if (parts.size() == 3 && (parts.get(1) instanceof SoftLineBreak || parts.get(1) instanceof HardLineBreak)
                    && parts.get(2) instanceof Emphasis e) {
                caption = e;
            } else if (parts.size() == 1 && p.getNext() instanceof Paragraph next) {
                List<Node> nextParts = significant(next);
                if (nextParts.size() == 1 && nextParts.get(0) instanceof Emphasis e) {
                    caption = e;
                    captionParagraph = next;
                }
            } else if (parts.size() != 1) {
                continue;
            }
            String title = image.getTitle();
            if (title != null && vn.loa.text.Vietnamese.fold(title).strip().equals("trang tri")) {
                image.setTitle(null); // marks a decoration (loa check), not a caption
                title = null;
            }
            if (caption == null && (title == null || title.isBlank())) {
                continue;
            }
            Figure figure = new Figure();
            Caption figcaption = new Caption();
            if (caption != null) {
                moveChildren(caption, figcaption);
            } else {
                figcaption.appendChild(new Text(title.strip()));
                image.setTitle(null);
            }
            p.insertBefore(figure);
            figure.appendChild(image);
            figure.appendChild(figcaption);
            p.unlink();
            if (captionParagraph != null) {
                captionParagraph.unlink();
            }
        }
    }

    private static void collect(Node node, List<Paragraph> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) {
                out.add(p);
            } else {
                collect(c, out);
            }
        }
    }

    /** The children of a paragraph but empty text. */
    private static List<Node> significant(Paragraph p) {
        List<Node> out = new ArrayList<>();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t && t.getLiteral().isBlank()) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    private static void moveChildren(Node from, Node to) {
        Node c = from.getFirstChild();
        while (c != null) {
            Node next = c.getNext();
            to.appendChild(c);
            c = next;
        }
    }

    /** Writes figures and their captions. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Figure.class, Caption.class);
        }

        @Override
        public void render(Node node) {
            boolean figure = node instanceof Figure;
            if (figure) {
                html.line();
            }
            html.tag(figure ? "figure" : "figcaption", Map.of());
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                context.render(c);
            }
            html.tag(figure ? "/figure" : "/figcaption");
            if (figure) {
                html.line();
            }
        }
    }
}

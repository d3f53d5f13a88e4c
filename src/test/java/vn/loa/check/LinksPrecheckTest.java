package vn.loa.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import vn.loa.render.MarkdownParser;

/**
 * A body is parsed for its links only when it has a character a link needs ({@link Links#mayLink}): a body without
 * one has no link, image or raw HTML in the tree the render stage's parser makes of it.
 */
class LinksPrecheckTest {

    /** Pieces of Markdown near a link: schemes without their slashes, {@code www} without its dot, marks around. */
    @Provide
    Arbitrary<String> nearLinks() {
        Arbitrary<String> pieces = Arbitraries.of("http", "https", "ftp", "mailto", "tel", "www", "WwW", "ww", "w", ":", "/", ".",
                " ", "\n", "\n\n", "!", "(", ")", "]", "x", "vn", "gov", "*", "_", "`", "```\n", ">", "- ", "1. ", "|", "---", "#",
                "đ", "Ngày 18/5", "tin-tuc/a/", "anh.jpg", "\"", "'", "~", "=", "+", "?", "%20", "&", "\\", "[", "<", "@");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void aBodyWithoutTheMarksOfALinkHasNoLink(@ForAll("nearLinks") String body) {
        if (!Links.mayLink(body)) {
            assertFalse(hasLink(body), body);
        }
    }

    @Test
    void everyKindOfLinkHasItsMark() {
        for (String body : List.of("[a](/x/)", "![](anh.jpg)", "<img src=a.jpg>", "<https://a.vn>", "xem https://a.vn/x",
                "xem WWW.a.vn", "thư a@b.vn", "[a][1]\n\n[1]: /x/", "a&#64;b.vn", "www\\.a.vn")) {
            assertTrue(Links.mayLink(body), body);
        }
        assertFalse(Links.mayLink("Ngày 18/5/2024 (Thứ Bảy), lúc 8:00: khai mạc tại hội trường. Xem http:/sai"));
    }

    static boolean hasLink(String body) {
        Node tree;
        try {
            tree = Links.MARKDOWN.withLines(body);
        } catch (MarkdownParser.TooDeep e) {
            return false; // refused by the render stage as well
        }
        boolean[] found = {false};
        tree.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found[0] = true;
            }

            @Override
            public void visit(Image image) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }
        });
        return found[0];
    }
}

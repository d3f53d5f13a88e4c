package vn.loa.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;

/** 2. An SVG image keeps its drawing and loses whatever could run or load something on the portal's address. */
class SvgSanitizerTest {

    static final String HOSTILE = HostileSvg.TEXT;

    private static String clean(String svg) {
        return new String(SvgSanitizer.clean(svg.getBytes(StandardCharsets.UTF_8), Path.of("anh.svg")).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void scriptsHandlersForeignObjectsAndExternalReferencesAreLeftOut() throws Exception {
        String out = clean(HOSTILE);
        String lower = out.toLowerCase(Locale.ROOT);
        for (String gone : new String[] {"<script", "alert", "javascript", "onload", "onclick", "onmouseover", "foreignobject",
            "theo-doi.example.com", "<set", "<animate", "data:image/svg", "xml-stylesheet", "doctype", "<!--", "inkscape", "u\\72l"}) {
            assertFalse(lower.contains(gone), () -> gone + " is still in:\n" + out);
        }
        assertTrue(out.contains("<path d=\"M10 10 L110 50\" stroke=\"#036\" stroke-width=\"2\">"), out);
        assertTrue(out.contains("Ngày Sáng tạo &amp; Đổi mới"), out);
        assertTrue(out.contains("fill=\"url(#nen)\""), "a gradient of the image itself is kept: " + out);
        assertTrue(out.contains(".chu { font-family: sans-serif; fill: url(#nen) }"), out);
        assertTrue(out.contains("href=\"https://skhcn.example.vn/tin-tuc/\""), "an ordinary link is kept");
        assertTrue(out.contains("<use href=\"#nen\">"), out);
        assertTrue(out.contains("data:image/png;base64,iVBORw0KGgo="), "an embedded raster image is kept");
        // What it wrote is well-formed SVG.
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    }

    @Test
    void whatWasLeftOutIsNamed() {
        var removed = SvgSanitizer.clean(HOSTILE.getBytes(StandardCharsets.UTF_8), Path.of("anh.svg")).removed();
        assertTrue(removed.containsAll(java.util.List.of("<script>", "<foreignObject>", "<set>", "<animate>", "<style>", "onload", "onclick")),
                removed::toString);
        assertTrue(removed.stream().anyMatch(r -> r.startsWith("href=\"javascript:")), removed::toString);
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = clean(HOSTILE);
        assertEquals(once, clean(once));
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("bi-mat.txt"), "MẬT-KHẨU-42");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        LoaException e = assertThrows(LoaException.class, () -> clean(xxe));
        assertFalse(e.getMessage().contains("MẬT-KHẨU-42"));
        assertTrue(e.getMessage().startsWith("anh.svg:"), e.getMessage());
        assertTrue(e.fix().contains("Plain SVG"), e.getMessage());
    }

    @Test
    void entityExpansionIsRefusedNotExpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 \"hahahahahahahahahaha\">");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd + "]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&a12;</text></svg>";
        assertThrows(LoaException.class, () -> clean(bomb));
    }

    @Test
    void brokenDeepLargeOrForeignFilesAreRefusedNamingTheFile() {
        assertThrows(LoaException.class, () -> clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"));
        assertThrows(LoaException.class, () -> clean("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>"));
        assertThrows(LoaException.class, () -> clean("<svg><script>alert(1)</script></svg>"), "an svg outside the SVG namespace");
        String deep = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(5000) + "</g>".repeat(5000) + "</svg>";
        LoaException e = assertThrows(LoaException.class, () -> clean(deep));
        assertTrue(e.problem().contains("lồng quá sâu"), e.getMessage());
        byte[] large = new byte[SvgSanitizer.MAX_BYTES + 1];
        LoaException big = assertThrows(LoaException.class, () -> SvgSanitizer.clean(large, Path.of("lon.svg")));
        assertTrue(big.getMessage().startsWith("lon.svg: lỗi: ảnh SVG quá lớn"), big.getMessage());
    }

    @Test
    void svgzIsUnpackedCleanedAndPackedAgain(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(HOSTILE.getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("so-do.svgz"), gz.toByteArray());
        byte[] cleaned = SvgSanitizer.sanitize(file);
        String svg = new String(new GZIPInputStream(new ByteArrayInputStream(cleaned)).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(clean(HOSTILE), svg);
        // A gzip bomb stops at the limit.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        Path bombFile = Files.write(dir.resolve("bom.svgz"), bomb.toByteArray());
        LoaException e = assertThrows(LoaException.class, () -> SvgSanitizer.sanitize(bombFile));
        assertTrue(e.problem().contains("quá lớn"), e.getMessage());
        assertArrayEquals(SvgSanitizer.sanitize(Files.write(dir.resolve("b.svg"), HOSTILE.getBytes(StandardCharsets.UTF_8))),
                clean(HOSTILE).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytesNotInTheirEncodingAreLoasErrorAndNothingOnStandardError() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>K\u00c3( </title></svg>".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            assertThrows(LoaException.class, () -> SvgSanitizer.clean(svg, Path.of("anh.svg")));
        } finally {
            System.setErr(saved);
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theEncodingItsDeclarationNamesIsRead() {
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>caf\u00e9</title></svg>")
                .getBytes(StandardCharsets.ISO_8859_1);
        String out = new String(SvgSanitizer.clean(svg, Path.of("anh.svg")).bytes(), StandardCharsets.UTF_8);
        assertTrue(out.contains("café"), out);
    }
}

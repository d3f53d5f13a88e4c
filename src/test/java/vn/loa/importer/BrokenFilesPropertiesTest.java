package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.loa.LoaException;

/**
 * A damaged {@code .doc} or PDF (bytes changed, cut short) is read or refused with Loa's error naming the file, never
 * another exception: POI and PDFBox fail in their own ways, each reader turns that into a {@link LoaException}.
 */
class BrokenFilesPropertiesTest {

    private static final byte[] DOC = read(DocFormatTest.DIR.resolve("ke-hoach-unicode.doc"));
    private static final byte[] PDF = pdf();

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small text PDF in a standard font (no font file needed). */
    private static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("KE HOACH to chuc Hoi thao khoa hoc ngay 15/5/2024 tai Hoi truong So Khoa hoc va Cong nghe");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] damage(byte[] good, List<Integer> places, int cut) {
        byte[] b = java.util.Arrays.copyOf(good, Math.max(8, good.length - cut));
        for (int p : places) {
            int i = Math.floorMod(p, b.length);
            b[i] = (byte) (b[i] ^ (p >>> 8 | 1));
        }
        return b;
    }

    private static void readsOrRefuses(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("loa-hong");
        Path f = Files.write(dir.resolve(name), bytes);
        try {
            Importer.read(f);
        } catch (LoaException e) {
            assertTrue(e.getMessage().startsWith(f + ": lỗi: "), e.getMessage());
        } finally {
            Files.delete(f);
            Files.delete(dir);
        }
    }

    @Property(tries = 150)
    void aDamagedDocIsReadOrRefused(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 1 << 24) Integer> places,
            @ForAll @IntRange(min = 0, max = 12_000) int cut) throws IOException {
        readsOrRefuses("ke-hoach.doc", damage(DOC, places, cut));
    }

    @Property(tries = 150)
    void aDamagedPdfIsReadOrRefused(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 1 << 24) Integer> places,
            @ForAll @IntRange(min = 0, max = 600) int cut) throws IOException {
        readsOrRefuses("ke-hoach.pdf", damage(PDF, places, cut));
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import vn.loa.LoaException;

/**
 * The code maps of a PDF's fonts ({@link PdfText.FontMaps}): a damaged {@code ToUnicode} map with a range of millions
 * of codes (found by the pdf-import fuzz target: PDFBox took 10–20 s on one, and a four-byte range would take the
 * whole memory) is refused at once; the maps fonts really have are read.
 */
class PdfFontMapsTest {

    private static final Path FILE = Path.of("ke-hoach.pdf");

    private static String cmap(String ranges) {
        return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<00> <FF>\n"
                + "endcodespacerange\n" + ranges + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    }

    @Test
    void measuresTheRangesAsPdfBoxReadsThem() {
        assertEquals(26, PdfText.FontMaps.widestRange(cmap("2 beginbfrange\n<41> <5A> <0041>\n<61> <62> <0061>\nendbfrange")));
        // a ligature's destination is one code of four bytes, not a range
        assertEquals(1, PdfText.FontMaps.widestRange(cmap("1 beginbfrange\n<00B1> <00B1> <00660069>\nendbfrange")));
        // an array of destinations is as long as it is written
        assertEquals(0, PdfText.FontMaps.widestRange(cmap("1 beginbfrange\n<0000> <FFFFFF> [<0041> <0042>]\nendbfrange")));
        // an odd hex string is padded with a zero, as PDFBox reads it
        assertEquals(0x1109A00 - 0x09E9 + 1, PdfText.FontMaps.widestRange(cmap("1 beginbfrange\n<09e9> <01109A0> <099e9>\nendbfrange")));
        assertEquals(0x1000000, PdfText.FontMaps.widestRange(cmap("1 beginbfrange\n<000000> <FFFFFF> <0041>\nendbfrange")));
    }

    @Test
    void aRangeOfMillionsOfCodesIsADamagedPdfRefusedAtOnce() throws IOException {
        byte[] pdf = pdf(cmap("1 beginbfrange\n<00000000> <7FFFFFFF> <0041>\nendbfrange"));
        LoaException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(LoaException.class, () -> PdfText.read(pdf, FILE)));
        assertTrue(e.problem().startsWith("tệp PDF hỏng: bảng mã của một phông chữ có một dải 2147483648 mã"), e.problem());
        assertTrue(e.fix().contains("gửi bản Word"), e.fix());
    }

    @Test
    void aFontsOwnCodeMapIsRead() throws IOException {
        byte[] pdf = pdf(cmap("1 beginbfrange\n<20> <7E> <0020>\nendbfrange"));
        String text = PdfText.read(pdf, FILE).text();
        assertTrue(text.contains("Ke hoach to chuc Ngay hoi doc sach cua huyen nam 2024"), text);
    }

    /** A page of plain Latin text in Helvetica, whose font is given the code map. */
    private static byte[] pdf(String toUnicode) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            COSStream map = doc.getDocument().createCOSStream();
            try (OutputStream out = map.createOutputStream()) {
                out.write(toUnicode.getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, map);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(60, 760);
                cs.showText("Ke hoach to chuc Ngay hoi doc sach cua huyen nam 2024");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;

/**
 * Text PDFs (PDFBox), made in the test with PDFBox and an embedded DejaVu or Liberation font, as Word's "Save as PDF"
 * lays a plan out: the header's two columns on one line, wrapped paragraphs, a table of activities.
 */
class PdfFormatTest {

    private static Path font;

    @BeforeAll
    static void findFont() {
        for (String f : List.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")) {
            if (Files.isRegularFile(Path.of(f))) {
                font = Path.of(f);
                return;
            }
        }
    }

    private static void needFont() {
        Assumptions.assumeTrue(font != null, "no DejaVu or Liberation TrueType font in /usr/share/fonts/truetype: the PDF "
                + "fixtures need one with Vietnamese letters (Debian: fonts-dejavu-core)");
    }

    /** A line of the page: its cells at their x positions (one cell: a line of text). */
    private record Line(float size, List<String> cells, List<Float> xs) {
        static Line text(String s) {
            return new Line(11, List.of(s), List.of(60f));
        }
    }

    /** The plan's lines as Word would lay them out on A4 pages. */
    private static List<Line> planLayout(java.util.function.UnaryOperator<String> typing) {
        List<Line> lines = new ArrayList<>();
        List<String> plan = LegacyFixture.PLAN.lines().toList();
        for (int i = 0; i < 3; i++) {
            lines.add(new Line(10, List.of(typing.apply(plan.get(i)), typing.apply(plan.get(i + 3))), List.of(60f, 290f)));
        }
        for (String p : plan.subList(6, plan.size())) {
            if (p.startsWith("III.")) {
                lines.add(Line.text(typing.apply(p)));
                float[] x = {60, 90, 330, 450};
                String[][] rows = {
                    {"Stt", "Nội dung", "Chủ trì", "Thời gian"},
                    {"1", "Lễ kỷ niệm, tôn vinh nhà khoa học", "Văn phòng Sở", "ngày 17/5/2024"},
                    {"2", "Triển lãm sản phẩm sáng tạo", "Phòng QLKH", "15/5 - 19/5/2024"}};
                for (String[] r : rows) {
                    List<String> cells = new ArrayList<>();
                    for (String c : r) {
                        cells.add(typing.apply(c));
                    }
                    lines.add(new Line(10, cells, List.of(x[0], x[1], x[2], x[3])));
                }
                lines.add(Line.text(""));
                continue;
            }
            for (String w : wrap(p, 85)) {
                lines.add(Line.text(typing.apply(w)));
            }
        }
        return lines;
    }

    private static List<String> wrap(String p, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String w : p.split(" ")) {
            if (b.length() > 0 && b.length() + 1 + w.length() > width) {
                out.add(b.toString());
                b.setLength(0);
            }
            b.append(b.length() > 0 ? " " : "").append(w);
        }
        out.add(b.toString());
        return out;
    }

    static byte[] pdf(List<Line> lines, int extraBlankPages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont f = PDType0Font.load(doc, font.toFile());
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (Line l : lines) {
                if (cs == null || y < 60) {
                    if (cs != null) {
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = 780;
                }
                for (int i = 0; i < l.cells().size(); i++) {
                    if (l.cells().get(i).isEmpty()) {
                        continue;
                    }
                    cs.beginText();
                    cs.setFont(f, l.size());
                    cs.newLineAtOffset(l.xs().get(i), y);
                    cs.showText(l.cells().get(i));
                    cs.endText();
                }
                y -= l.size() * 1.5f;
            }
            if (cs != null) {
                cs.close();
            }
            for (int i = 0; i < extraBlankPages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTextPdfReadsAsCopiedTextWithTableRowsInCells() throws Exception {
        needFont();
        byte[] bytes = pdf(planLayout(s -> s), 0);
        String text = PdfText.read(bytes, Path.of("k.pdf")).text();
        assertTrue(text.contains("UBND TỈNH KIM BẢNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"), text);
        assertTrue(text.contains("\n1\tLễ kỷ niệm, tôn vinh nhà khoa học\tVăn phòng Sở\tngày 17/5/2024\n"), text);
        assertTrue(text.contains("\nI. MỤC ĐÍCH, YÊU CẦU\n"), text);
    }

    @Test
    void cellsWrappedOverSeveralLinesStayInTheirRow(@TempDir Path tmp) throws Exception {
        needFont();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.text("KẾ HOẠCH"));
        lines.add(Line.text("Tổ chức Tuần lễ khoa học và công nghệ năm 2024"));
        lines.add(Line.text("II. CÁC HOẠT ĐỘNG"));
        float[] x = {60, 90, 300, 440};
        String[][] rows = {
            {"Stt", "Nội dung", "Đơn vị chủ trì", "Thời gian"},
            {"1", "Hội nghị tổng kết công tác", "Văn phòng Sở", "8 giờ 00 ngày"},
            {"", "khoa học và công nghệ", "", "17/5/2024"},
            {"2", "Triển lãm sản phẩm khoa học", "Trung tâm Thông tin", "Từ ngày 15/5"},
            {"", "và công nghệ tiêu biểu", "và Thống kê", "đến ngày 19/5/2024"},
            {"3", "Gửi báo cáo kết quả", "Các phòng", "Trước ngày 31/5/2024"}};
        for (String[] r : rows) {
            List<String> cells = new ArrayList<>();
            List<Float> xs = new ArrayList<>();
            for (int i = 0; i < r.length; i++) {
                if (!r[i].isEmpty()) {
                    cells.add(r[i]);
                    xs.add(x[i]);
                }
            }
            lines.add(new Line(10, cells, xs));
        }
        lines.add(Line.text("III. TỔ CHỨC THỰC HIỆN"));
        lines.add(Line.text("Các phòng triển khai thực hiện Kế hoạch này."));
        Path pdf = Files.write(tmp.resolve("tuan-le.pdf"), pdf(lines, 0));
        String text = PdfText.read(Files.readAllBytes(pdf), pdf).text();
        assertTrue(text.contains("\nStt\tNội dung\tĐơn vị chủ trì\tThời gian\n"
                + "1\tHội nghị tổng kết công tác khoa học và công nghệ\tVăn phòng Sở\t8 giờ 00 ngày 17/5/2024\n"
                + "2\tTriển lãm sản phẩm khoa học và công nghệ tiêu biểu\tTrung tâm Thông tin và Thống kê\tTừ ngày 15/5 đến ngày 19/5/2024\n"
                + "3\tGửi báo cáo kết quả\tCác phòng\tTrước ngày 31/5/2024\n\nIII. TỔ CHỨC THỰC HIỆN\n"), text);
        var events = Importer.read(pdf).document().events();
        assertEquals(3, events.size(), events::toString);
        assertEquals("Hội nghị tổng kết công tác khoa học và công nghệ", events.get(0).text());
        assertEquals(List.of("Trung tâm Thông tin và Thống kê"), events.get(1).lead());
    }

    @Test
    void justifiedProseIsNotATable() {
        List<PdfLayout.Word> words = new ArrayList<>();
        float x = 60;
        for (String w : "Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch".split(" ")) {
            words.add(new PdfLayout.Word(w, x, x + 6 * w.length(), 12));
            x += 6 * w.length() + 12; // spaces stretched to one em
        }
        assertEquals("Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch\n", PdfLayout.text(List.of(words)));
    }

    @Test
    void aPlanSavedAsPdfImportsWithItsFields(@TempDir Path tmp) throws Exception {
        needFont();
        Path pdf = Files.write(tmp.resolve("ke-hoach.pdf"), pdf(planLayout(s -> s), 0));
        Importer.Imported r = Importer.read(pdf);
        ImportedDocument d = r.document();
        assertEquals("45/KH-SKHCN", d.number());
        assertTrue(d.title() != null && d.title().contains("Ngày Khoa học và Công nghệ Việt Nam năm 2024"), d::title);
        assertTrue(d.events().size() >= 3, () -> d.events().toString());
        assertTrue(d.signer() != null && "Trần Thị Minh Nguyệt".equals(d.signer().name()), () -> String.valueOf(d.signer()));
        assertEquals(List.of(), r.notes());
    }

    @Test
    void aPdfMadeFromATcvn3DocumentImportsLikeTheUnicodeOne(@TempDir Path tmp) throws Exception {
        needFont();
        Path unicode = Files.write(tmp.resolve("ke-hoach.pdf"), pdf(planLayout(s -> s), 0));
        Path legacy = Files.write(tmp.resolve("ke-hoach-abc.pdf"), pdf(planLayout(LegacyFixture::toTcvn3), 0));
        Importer.Imported l = Importer.read(legacy);
        assertEquals(ImportJson.write(Importer.read(unicode).document()), ImportJson.write(l.document()));
        assertEquals(List.of("văn bản gõ bằng bảng mã TCVN3, đã chuyển sang Unicode — kiểm tra dấu"), l.notes());
    }

    @Test
    void aScannedPdfSaysItIsAScanAndWhatToDo(@TempDir Path tmp) throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.fillRect(20, 20, 160, 4);
            g.dispose();
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, 595, 842);
                }
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        Path scan = Files.write(tmp.resolve("ban-quet.pdf"), bytes);
        LoaException e = assertThrows(LoaException.class, () -> Importer.read(scan));
        assertTrue(e.getMessage().startsWith(scan + ": lỗi: tệp PDF này là bản quét (ảnh chụp 2 trang), không có lớp chữ"), e.getMessage());
        assertTrue(e.fix().contains("bản Word") && e.fix().contains("OCR"), e.fix());
    }

    @Test
    void aPasswordPdfABrokenPdfAndTooManyPagesAreErrorsNamingTheFile(@TempDir Path tmp) throws Exception {
        needFont();
        byte[] plain = pdf(List.of(Line.text("Kế hoạch tổ chức hội thảo khoa học năm 2024 của Sở Khoa học và Công nghệ")), 0);
        byte[] locked;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("chu", "khach", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out);
            locked = out.toByteArray();
        }
        Path lockedFile = Files.write(tmp.resolve("khoa.pdf"), locked);
        LoaException e = assertThrows(LoaException.class, () -> Importer.read(lockedFile));
        assertTrue(e.getMessage().startsWith(lockedFile + ": lỗi: tệp PDF được khóa bằng mật khẩu"), e.getMessage());

        Path broken = Files.writeString(tmp.resolve("hong.pdf"), "%PDF-1.7\nkhông phải PDF\n");
        e = assertThrows(LoaException.class, () -> Importer.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ": lỗi: không mở được tệp PDF: tệp hỏng hoặc không đúng dạng"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "the library's words only as a detail: " + e.getMessage());

        Path thick = Files.write(tmp.resolve("day.pdf"), pdf(List.of(Line.text("Kế hoạch")), PdfText.MAX_PAGES));
        e = assertThrows(LoaException.class, () -> Importer.read(thick));
        assertTrue(e.getMessage().contains("tệp PDF có " + (PdfText.MAX_PAGES + 1) + " trang"), e.getMessage());
    }
}

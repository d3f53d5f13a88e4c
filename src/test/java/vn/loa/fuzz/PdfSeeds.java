package vn.loa.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes the seeds of {@link PdfImportFuzzTest} once, with PDFBox (content streams left uncompressed, so that the
 * fuzzer's changes reach the text operators):
 *
 * <pre>{@code
 * java -cp target/test-classes:target/classes:$(cat target/fuzz/classpath-main.txt) vn.loa.fuzz.PdfSeeds \
 *     src/test/resources/vn/loa/fuzz/PdfImportFuzzTestInputs/pdfImport /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
 * }</pre>
 *
 * The font (one with Vietnamese letters) is embedded as a subset of the letters used.
 */
final class PdfSeeds {

    private PdfSeeds() {
    }

    /** A line of a page: its cells at their x positions. */
    private record Line(float size, List<String> cells, List<Float> xs) {
        static Line text(String s) {
            return new Line(11, List.of(s), List.of(60f));
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path font = Path.of(args[1]);
        Files.createDirectories(dir);
        write(dir.resolve("plan.pdf"), font, List.of(
                new Line(10, List.of("UBND HUYỆN SƠN KHÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), List.of(60f, 280f)),
                new Line(10, List.of("PHÒNG VĂN HÓA", "Độc lập - Tự do - Hạnh phúc"), List.of(60f, 300f)),
                new Line(10, List.of("Số: 21/KH-PVH", "Sơn Khê, ngày 8 tháng 3 năm 2024"), List.of(60f, 290f)),
                Line.text("KẾ HOẠCH"),
                Line.text("Tổ chức Ngày hội văn hóa các dân tộc năm 2024"),
                Line.text("I. MỤC ĐÍCH, YÊU CẦU"),
                Line.text("Giữ gìn bản sắc văn hóa, tăng cường giao lưu giữa các thôn bản."),
                Line.text("II. NỘI DUNG"),
                Line.text("1. Khai mạc lúc 7 giờ 30 phút, thứ Bảy ngày 20/4/2024 tại sân vận động huyện."),
                Line.text("2. Các xã đăng ký đội tham gia trước ngày 5/4/2024."),
                new Line(10, List.of("Nơi nhận:", "TRƯỞNG PHÒNG"), List.of(60f, 330f)),
                new Line(10, List.of("- UBND huyện;", "Lò Thị Mai"), List.of(60f, 330f))));
        write(dir.resolve("table.pdf"), font, List.of(
                Line.text("III. LỊCH CÁC HOẠT ĐỘNG"),
                new Line(10, List.of("TT", "Hoạt động", "Đơn vị chủ trì", "Thời gian"), List.of(60f, 90f, 320f, 440f)),
                new Line(10, List.of("1", "Thi đấu kéo co, đẩy gậy", "Trung tâm VH-TT", "Sáng 20/4/2024"), List.of(60f, 90f, 320f, 440f)),
                new Line(10, List.of("2", "Trình diễn trang phục", "Phòng Văn hóa", "21/4 - 22/4/2024"), List.of(60f, 90f, 320f, 440f)),
                new Line(10, List.of("", "dân tộc", "", ""), List.of(60f, 90f, 320f, 440f))));
        // TCVN3 bytes shown in a standard font, as a PDF printed from a .VnTime document reads when copied
        write(dir.resolve("tcvn3.pdf"), null, List.of(
                Line.text("KÕ ho¹ch"),
                Line.text("Tæ chøc Ngµy héi v¨n hãa c¸c d©n téc n¨m 2024"),
                Line.text("Khai m¹c lóc 7 giê 30 phót, ngµy 20/4/2024 t¹i s©n vËn ®éng huyÖn."),
                Line.text("C¸c x· ®¨ng ký ®éi tham gia tr\u00ADíc ngµy 5/4/2024.")));
    }

    private static void write(Path out, Path fontFile, List<Line> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont f = fontFile == null ? new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN)
                    : PDType0Font.load(doc, fontFile.toFile());
            float y = 780;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                for (Line l : lines) {
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
                    y -= l.size() * 1.6f;
                }
            }
            doc.save(out.toFile());
        }
    }
}

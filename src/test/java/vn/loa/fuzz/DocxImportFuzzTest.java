package vn.loa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOCX import: a fuzz input made into a {@code .docx} ({@link DocxPackage}: a whole file, or the Word XML of the
 * body and the numbering), written as {@code ke-hoach.docx} in a temporary folder, read by {@code loa import}
 * (Apache POI, Loa's numbering and tables, the plan reader) and planned as a page bundle of each section.
 *
 * <p>Seeds: the Word XML files in {@code src/test/resources/vn/loa/fuzz/DocxImportFuzzTestInputs/docxImport/}, and
 * two small documents made with POI by {@link #documents()}.
 */
class DocxImportFuzzTest {

    private static final Path DIR = Scratch.folder("loa-fuzz-docx");
    private static final Path FILE = DIR.resolve("ke-hoach.docx");

    @Timeout(20)
    @MethodSource("documents")
    @FuzzTest(maxDuration = "10m")
    void docxImport(byte[] input) {
        Scratch.write(FILE, DocxPackage.of(input));
        ImportRun.importAndPlan(FILE);
    }

    /** Whole {@code .docx} files as Word lays out a plan: form tables, headings, a table of activities (nested tables,
     *  content controls and numbering are in the Word XML seeds). */
    static Stream<byte[]> documents() {
        return Stream.of(plan(), activities());
    }

    private static byte[] plan() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(1, 2);
            cell(header.getRow(0).getCell(0), "SỞ THÔNG TIN THỬ NGHIỆM", "Số: 7/KH-STN");
            cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Bình Yên, ngày 2 tháng 3 năm 2024");
            paragraph(doc, true, "KẾ HOẠCH");
            paragraph(doc, true, "Tổ chức Tuần lễ đọc sách năm 2024");
            paragraph(doc, true, "I. MỤC ĐÍCH");
            paragraph(doc, false, "- Khuyến khích cán bộ đọc sách chuyên môn;");
            paragraph(doc, true, "II. NỘI DUNG");
            paragraph(doc, false, "1. Khai mạc vào 8h00 sáng thứ Hai, ngày 22/4/2024 tại Thư viện tỉnh.");
            paragraph(doc, false, "2. Các đơn vị gửi báo cáo trước ngày 10/5/2024.");
            XWPFTable sign = doc.createTable(1, 2);
            cell(sign.getRow(0).getCell(0), "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
            cell(sign.getRow(0).getCell(1), "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Thử");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] activities() {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, true, "III. CÁC HOẠT ĐỘNG");
            XWPFTable t = doc.createTable(3, 3);
            cell(t.getRow(0).getCell(0), "TT");
            cell(t.getRow(0).getCell(1), "Nội dung");
            cell(t.getRow(0).getCell(2), "Thời gian");
            cell(t.getRow(1).getCell(0), "1");
            cell(t.getRow(1).getCell(1), "Hội thảo chuyển đổi số", "tại Hội trường A");
            cell(t.getRow(1).getCell(2), "Chiều 14/5/2024", "(Thứ Ba)");
            cell(t.getRow(2).getCell(0), "2");
            cell(t.getRow(2).getCell(1), "Trưng bày sách");
            cell(t.getRow(2).getCell(2), "Từ ngày 20/5", "đến ngày 24/5/2024");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, boolean bold, String text) {
        var run = doc.createParagraph().createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void cell(XWPFTableCell cell, String... paragraphs) {
        while (!cell.getParagraphs().isEmpty()) {
            cell.removeParagraph(0);
        }
        for (String p : paragraphs) {
            cell.addParagraph().createRun().setText(p);
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}

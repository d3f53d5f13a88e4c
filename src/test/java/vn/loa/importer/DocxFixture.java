package vn.loa.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds Word documents with POI, as Word lays out the form: the header and the signature in two-column tables, bold
 * headings, an activity table whose cells hold several paragraphs — the corpus's plan, and any document written in
 * the small text form of {@link #fromText}.
 */
final class DocxFixture {

    private DocxFixture() {
    }

    static byte[] sangTao2025() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(1, 2);
            cell(header.getRow(0), 0, "UBND TỈNH KIM BẢNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 33/KH-SKHCN");
            cell(header.getRow(0), 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Kim Bảng, ngày 01 tháng 4 năm 2025");
            para(doc, true, "KẾ HOẠCH");
            para(doc, true, "Tổ chức các hoạt động hưởng ứng Ngày Sáng tạo");
            para(doc, true, "và Đổi mới sáng tạo thế giới năm 2025");
            para(doc, false, "Căn cứ Công văn số 702/BKHCN-PTTTDN ngày 18/3/2025 của Bộ Khoa học và Công nghệ; Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:");
            para(doc, true, "I. MỤC ĐÍCH, YÊU CẦU");
            para(doc, false, "- Lan tỏa văn hóa đổi mới sáng tạo trong cộng đồng doanh nghiệp;");
            para(doc, false, "- Bảo đảm thiết thực, hiệu quả.");
            para(doc, true, "II. CHỦ ĐỀ, KHẨU HIỆU");
            para(doc, false, "Chủ đề: “Đổi mới sáng tạo - nền tảng phát triển bền vững”.");
            para(doc, false, "Khẩu hiệu: “Sáng tạo hôm nay, phát triển ngày mai”.");
            para(doc, true, "III. CÁC HOẠT ĐỘNG");
            XWPFTable t = doc.createTable(4, 5);
            row(t.getRow(0), new String[][] {{"Stt"}, {"Nội dung"}, {"Đơn vị chủ trì"}, {"Đơn vị phối hợp"}, {"Thời gian"}});
            row(t.getRow(1), new String[][] {{"1"}, {"Hội nghị phát động phong trào sáng kiến"}, {"Văn phòng Sở"},
                {"Công đoàn cơ sở", "Chi đoàn Sở"}, {"8h30 ngày 15/4/2025", "(Thứ Ba)"}});
            row(t.getRow(2), new String[][] {{"2"}, {"Trưng bày sản phẩm đổi mới sáng tạo tiêu biểu"},
                {"Trung tâm Hỗ trợ khởi nghiệp và đổi mới sáng tạo"}, {"Hiệp hội Doanh nghiệp tỉnh"}, {"Từ ngày 17/4 đến ngày 21/4/2025"}});
            row(t.getRow(3), new String[][] {{"3"}, {"Gửi báo cáo kết quả về Bộ Khoa học và Công nghệ"}, {"Phòng Quản lý Công nghệ"},
                {""}, {"Trước ngày 30/4/2025"}});
            para(doc, true, "IV. TỔ CHỨC THỰC HIỆN");
            para(doc, false, "Các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch này./.");
            XWPFTable sign = doc.createTable(1, 2);
            cell(sign.getRow(0), 0, "Nơi nhận:", "- UBND tỉnh (b/c);", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLCN.");
            cell(sign.getRow(0), 1, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Bùi Thị Thanh Vân");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word document from text: each line is a paragraph, bold when wrapped in {@code **…**}; consecutive lines holding
     * tabs are the rows of one table (a tab between cells, {@code //} between the paragraphs of a cell); blank
     * lines are left out.
     */
    static byte[] fromText(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\\R", -1)) {
                if (line.contains("\t")) {
                    rows.add(line.split("\t", -1));
                    continue;
                }
                table(doc, rows);
                if (line.isBlank()) {
                    continue;
                }
                boolean bold = line.length() > 4 && line.startsWith("**") && line.endsWith("**");
                para(doc, bold, bold ? line.substring(2, line.length() - 2) : line);
            }
            table(doc, rows);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            String[][] cells = new String[columns][];
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).length ? rows.get(r)[c] : "";
                cells[c] = cell.split("\\s*//\\s*", -1);
            }
            row(t.getRow(r), cells);
        }
        rows.clear();
    }

    private static void para(XWPFDocument doc, boolean bold, String text) {
        var r = doc.createParagraph().createRun();
        r.setBold(bold);
        r.setText(text);
    }

    private static void cell(XWPFTableRow row, int c, String... paragraphs) {
        var cell = row.getCell(c);
        cell.removeParagraph(0);
        for (String p : paragraphs) {
            cell.addParagraph().createRun().setText(p);
        }
    }

    private static void row(XWPFTableRow row, String[][] cells) {
        for (int c = 0; c < cells.length; c++) {
            cell(row, c, cells[c]);
        }
    }
}

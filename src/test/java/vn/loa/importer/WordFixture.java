package vn.loa.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * {@link LegacyFixture#PLAN} as a Word document laid out as departments do (the header and the signature in
 * two-column tables, a table of activities), in one of three typings: Unicode (Times New Roman); TCVN3 as an ABC
 * typist made it (capital lines in {@code .VnTimeH} typed in lower case, the rest in {@code .VnTime}, partly through
 * a paragraph style, the theme line in {@code VNI-Times}).
 *
 * <p>{@code main(dir)} writes both as {@code .docx}; the {@code .doc} fixtures in
 * {@code src/test/resources/importer/formats/} were made from them with LibreOffice (see the README there).
 */
final class WordFixture {

    enum Typing { UNICODE, LEGACY }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private WordFixture() {
    }

    static byte[] plan(Typing typing) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordFixture.styleVanBan(doc, typing == Typing.LEGACY ? ".VnTime" : "Times New Roman");
            List<String> lines = LegacyFixture.PLAN.lines().toList();
            XWPFTable header = doc.createTable(1, 2);
            cell(typing, header.getRow(0).getCell(0), lines.subList(0, 3));
            cell(typing, header.getRow(0).getCell(1), lines.subList(3, 6));
            int i = 7;
            for (; !lines.get(i).startsWith("III."); i++) {
                para(doc, typing, lines.get(i), i % 2 == 0);
            }
            para(doc, typing, lines.get(i++), false);
            XWPFTable t = doc.createTable(3, 4);
            String[][] rows = {
                {"Stt", "Nội dung", "Đơn vị chủ trì", "Thời gian"},
                {"1", "Lễ kỷ niệm và tôn vinh các nhà khoa học tiêu biểu", "Văn phòng Sở", "8 giờ 00 ngày 17/5/2024"},
                {"2", "Triển lãm kết quả nghiên cứu và sản phẩm đổi mới sáng tạo", "Phòng Quản lý khoa học", "Từ ngày 15/5 đến ngày 19/5/2024"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    cell(typing, t.getRow(r).getCell(c), List.of(rows[r][c]));
                }
            }
            for (; !lines.get(i).startsWith("Nơi nhận"); i++) {
                para(doc, typing, lines.get(i), false);
            }
            int sign = lines.indexOf("KT. GIÁM ĐỐC");
            XWPFTable tail = doc.createTable(1, 2);
            cell(typing, tail.getRow(0).getCell(0), lines.subList(i, sign));
            cell(typing, tail.getRow(0).getCell(1), lines.subList(sign, lines.size()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph style "VanBan" whose font is given, so that runs without a font of their own take it. */
    private static void styleVanBan(XWPFDocument doc, String font) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("VanBan");
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("Văn bản");
        CTFonts f = s.addNewRPr().addNewRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        doc.createStyles().addStyle(new XWPFStyle(s));
    }

    private static void cell(Typing typing, XWPFTableCell cell, List<String> paragraphs) {
        cell.removeParagraph(0);
        for (String p : paragraphs) {
            run(typing, cell.addParagraph(), p, false);
        }
    }

    private static void para(XWPFDocument doc, Typing typing, String text, boolean byStyle) {
        run(typing, doc.createParagraph(), text, byStyle);
    }

    /** One line as a run: in Unicode, or in the legacy font an ABC/VNI typist would have used for it. */
    private static void run(Typing typing, XWPFParagraph p, String text, boolean byStyle) {
        var r = p.createRun();
        if (typing == Typing.UNICODE) {
            r.setFontFamily("Times New Roman");
            r.setText(text);
            return;
        }
        if (text.startsWith("Chủ đề")) {
            r.setFontFamily("VNI-Times");
            r.setText(LegacyFixture.toVni(text));
        } else if (!text.isBlank() && text.equals(text.toUpperCase(VI)) && text.chars().anyMatch(Character::isLetter)) {
            r.setFontFamily(".VnTimeH");
            r.setText(LegacyFixture.toTcvn3(text.toLowerCase(VI)));
        } else if (byStyle) {
            p.setStyle("VanBan");
            r.setText(LegacyFixture.toTcvn3(text));
        } else {
            r.setFontFamily(".VnTime");
            r.setText(LegacyFixture.toTcvn3(text));
        }
    }

    /** Writes {@code ke-hoach-unicode.docx} and {@code ke-hoach-tcvn3.docx} into the folder given. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.write(dir.resolve("ke-hoach-unicode.docx"), plan(Typing.UNICODE));
        Files.write(dir.resolve("ke-hoach-tcvn3.docx"), plan(Typing.LEGACY));
    }
}

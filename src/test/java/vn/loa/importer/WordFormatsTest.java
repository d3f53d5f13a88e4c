package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files: runs in the legacy .Vn and VNI fonts (on the run or its style) read as Unicode, .doc as .docx. */
class WordFormatsTest {

    @Test
    void aDocxTypedInVnFontsImportsLikeItsUnicodeTwin(@TempDir Path tmp) throws Exception {
        Path unicode = Files.write(tmp.resolve("ke-hoach.docx"), WordFixture.plan(WordFixture.Typing.UNICODE));
        Path legacy = Files.write(tmp.resolve("ke-hoach-abc.docx"), WordFixture.plan(WordFixture.Typing.LEGACY));
        Importer.Imported u = Importer.read(unicode);
        Importer.Imported l = Importer.read(legacy);
        String expected = ImportJson.write(u.document());
        assertTrue(expected.contains("45/KH-SKHCN") && expected.contains("Trần Thị Minh Nguyệt"), expected);
        assertEquals(List.of(), u.notes());
        assertEquals(expected, ImportJson.write(l.document()));
        assertEquals(List.of("văn bản gõ bằng bảng mã TCVN3 (.VnTime), đã chuyển sang Unicode — kiểm tra dấu",
                "văn bản gõ bằng bảng mã VNI (VNI-Times), đã chuyển sang Unicode — kiểm tra dấu"), l.notes());
    }

    @Test
    void theLegacyDocxTextIsTheUnicodeText() {
        String u = DocxText.read(WordFixture.plan(WordFixture.Typing.UNICODE), Path.of("u.docx")).text();
        String l = DocxText.read(WordFixture.plan(WordFixture.Typing.LEGACY), Path.of("l.docx")).text();
        assertEquals(u, l);
        assertTrue(u.contains("\nKẾ HOẠCH\n") && u.contains("\nI. MỤC ĐÍCH, YÊU CẦU\n"), u);
        assertTrue(u.contains("2\tTriển lãm kết quả nghiên cứu và sản phẩm đổi mới sáng tạo\tPhòng Quản lý khoa học\tTừ ngày 15/5 đến ngày 19/5/2024"), u);
    }

    @Test
    void tcvn3sUKeptAsASoftHyphenElementAndASymbolCodeAreRead() throws Exception {
        byte[] bytes;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var r = doc.createParagraph().createRun();
            r.setFontFamily(".VnTime");
            r.setText("- L");
            r.getCTR().addNewSoftHyphen();
            r.getCTR().addNewT().setStringValue("u: VT, Ph\u00B8t tri");
            var sym = r.getCTR().addNewSym();
            sym.setFont(".VnTime");
            sym.setChar(new byte[] {(byte) 0xF0, (byte) 0xD3});
            r.getCTR().addNewT().setStringValue("n");
            doc.write(out);
            bytes = out.toByteArray();
        }
        assertEquals("- Lưu: VT, Phát triển\n", DocxText.read(bytes, Path.of("k.docx")).text());
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;

/**
 * Word 97–2003 {@code .doc} files (POI's HWPF). The fixtures in {@code src/test/resources/importer/formats/} were made
 * once with LibreOffice from files composed for these tests (see the README there).
 */
class DocFormatTest {

    static final Path DIR = Path.of("src/test/resources/importer/formats");

    @Test
    void aDocReadsLikeTheDocxItWasSavedFrom(@TempDir Path tmp) throws Exception {
        Path docx = Files.write(tmp.resolve("ke-hoach.docx"), WordFixture.plan(WordFixture.Typing.UNICODE));
        String expected = ImportJson.write(Importer.read(docx).document());
        Importer.Imported doc = Importer.read(DIR.resolve("ke-hoach-unicode.doc"));
        assertEquals(expected, ImportJson.write(doc.document()));
        assertEquals(List.of(), doc.notes());
    }

    @Test
    void aDocTypedInVnFontsReadsLikeItsUnicodeTwin() {
        String expected = ImportJson.write(Importer.read(DIR.resolve("ke-hoach-unicode.doc")).document());
        Importer.Imported legacy = Importer.read(DIR.resolve("ke-hoach-tcvn3.doc"));
        assertEquals(expected, ImportJson.write(legacy.document()));
        assertEquals(List.of("văn bản gõ bằng bảng mã TCVN3 (.VnTime), đã chuyển sang Unicode — kiểm tra dấu",
                "văn bản gõ bằng bảng mã VNI (VNI-Times), đã chuyển sang Unicode — kiểm tra dấu"), legacy.notes());
    }

    @Test
    void listsAndTablesReadAsCopiedText() throws Exception {
        Path p = DIR.resolve("ke-hoach-danh-sach.doc");
        String text = DocText.read(Files.readAllBytes(p), p).text();
        assertTrue(text.contains("\nI. MỤC ĐÍCH, YÊU CẦU\n1. Khơi dậy tinh thần sáng tạo trong thanh thiếu niên.\n2. Lựa chọn"), text);
        assertTrue(text.contains("\nII. THỜI GIAN\n- Nhận hồ sơ dự thi: từ ngày 01/6 đến ngày 30/6/2024.\n"), text);
        assertTrue(text.contains("\nStt\tNội dung\tThời gian\n1\tPhát động Hội thi (tại Nhà Thiếu nhi tỉnh)\tngày 25/5/2024\n"), text);
        var events = Importer.read(p).document().events();
        assertTrue(events.size() >= 2, () -> "the dated activities are found: " + events);
    }

    @Test
    void theDocIsPublishedBesideThePage(@TempDir Path site) {
        PageBundle b = PageBundle.plan(Importer.read(DIR.resolve("ke-hoach-unicode.doc")), site, "ke-hoach", java.util.Set.of(),
                java.time.LocalDate.of(2024, 5, 1));
        assertEquals(List.of("ke-hoach-unicode.doc"), List.copyOf(b.copies().values()));
        assertTrue(b.notes().stream().noneMatch(n -> n.contains("bản chép để nhập")), b.notes()::toString);
    }

    @Test
    void theDocxOfTheSameListsReadsTheSame() throws Exception {
        Path doc = DIR.resolve("ke-hoach-danh-sach.doc");
        Path docx = DIR.resolve("ke-hoach-danh-sach.docx");
        assertEquals(DocText.read(Files.readAllBytes(doc), doc).text().strip(),
                DocxText.read(Files.readAllBytes(docx), docx).text().replaceAll(" +\n", "\n").strip(), "lists start where they say (II.)");
    }

    @Test
    void aBrokenDocIsAnErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        byte[] good = Files.readAllBytes(DIR.resolve("ke-hoach-unicode.doc"));
        Path cut = Files.write(tmp.resolve("hong.doc"), Arrays.copyOf(good, good.length / 3));
        LoaException e = assertThrows(LoaException.class, () -> Importer.read(cut));
        assertTrue(e.getMessage().startsWith(cut + ": lỗi: không mở được tệp Word 97–2003 (.doc)"), e.getMessage());
        Path text = Files.writeString(tmp.resolve("khong-phai.doc"), "Kế hoạch tổ chức hội thảo");
        e = assertThrows(LoaException.class, () -> Importer.read(text));
        assertTrue(e.getMessage().contains("không mở được tệp Word 97–2003 (.doc)"), e.getMessage());
        Path rtf = Files.write(tmp.resolve("rtf.doc"), "{\\rtf1\\ansi Ke hoach}".getBytes(StandardCharsets.US_ASCII));
        e = assertThrows(LoaException.class, () -> Importer.read(rtf));
        assertTrue(e.getMessage().contains("là văn bản RTF") && e.getMessage().contains(".docx"), e.getMessage());
    }

    @Test
    void aDocxNamedDocIsReadAsDocx(@TempDir Path tmp) throws Exception {
        Path renamed = Files.write(tmp.resolve("ke-hoach.doc"), WordFixture.plan(WordFixture.Typing.UNICODE));
        assertEquals("45/KH-SKHCN", Importer.read(renamed).document().number());
    }
}

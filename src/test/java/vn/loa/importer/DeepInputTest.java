package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.cli.TinySite;

/**
 * 3. Deep or huge input — nested HTML, nested Word tables, a zip bomb, endless lines — is refused where it is read,
 * as an error naming the file, and never ends in a stack overflow or an exhausted heap; in an import of several files
 * the others are still imported.
 */
class DeepInputTest {

    static final String PLAN = """
            UBND TỈNH HÀ GIANG NAM
            SỞ KHOA HỌC VÀ CÔNG NGHỆ
            Số: 14/KH-SKHCN
            Hà Giang Nam, ngày 02 tháng 5 năm 2024

            KẾ HOẠCH
            Tổ chức Hội thảo ứng dụng công nghệ số trong nông nghiệp năm 2024

            I. NỘI DUNG
            1. Hội thảo ứng dụng công nghệ số trong nông nghiệp vào sáng ngày 24/5/2024 tại Hội trường Sở.
            2. Gửi báo cáo kết quả về Sở trước ngày 10/6/2024.
            """;

    @TempDir
    Path tmp;

    private static String nestedHtml(String open, String close, int times) {
        return "<html><body><article><h1>Bài lồng sâu</h1><p>" + "Một đoạn văn đủ dài để làm phần bài viết của trang. ".repeat(5)
                + "</p>" + open.repeat(times) + "chữ trong cùng" + close.repeat(times) + "</article></body></html>";
    }

    /** A minimal {@code .docx}: the package parts Word needs around {@code word/document.xml}. */
    static byte[] docx(String body) {
        return docx(body.getBytes(StandardCharsets.UTF_8), false);
    }

    static byte[] docx(byte[] body, boolean raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            if (!raw) {
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write(body);
            if (!raw) {
                zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static void assertCleanError(TinySite.Run r, String file, String problem) {
        assertTrue(r.err().contains(file + ": lỗi: ") && r.err().contains(problem) && r.err().contains("cách sửa:"), r::toString);
        for (String leak : new String[] {"StackOverflowError", "OutOfMemoryError", "Exception", "\tat "}) {
            assertFalse(r.err().contains(leak) || r.out().contains(leak), r::toString);
        }
    }

    @Test
    void aThousandNestedDivsAreRefusedNamingTheFile() throws IOException {
        for (String[] tags : new String[][] {{"<div>", "</div>"}, {"<ul><li>", "</li></ul>"}, {"<b>", "</b>"}, {"<blockquote>", "</blockquote>"}}) {
            Path page = Files.writeString(tmp.resolve("long-sau.html"), nestedHtml(tags[0], tags[1], 1000));
            TinySite.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TinySite.run("import", "--json", page.toString()));
            assertEquals(1, r.exit(), r::toString);
            assertCleanError(r, "long-sau.html", "lồng nhau quá sâu");
        }
    }

    @Test
    void nestingThatRealPagesHaveIsRead() throws IOException {
        Path page = Files.writeString(tmp.resolve("vua-phai.html"), nestedHtml("<div>", "</div>", 60));
        assertTrue(Importer.read(page).document().markdown().contains("chữ trong cùng"));
    }

    @Test
    void nestedTablesDoNotMultiplyTheMarkdown() throws IOException {
        // Each level used to make the converter's output four times longer: 24 levels exhausted a 1 GB heap.
        Path page = Files.writeString(tmp.resolve("bang-long.html"), nestedHtml("<table><tr><td>ô ", "</td></tr></table>", 25));
        String md = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Importer.read(page).document().markdown());
        assertTrue(md.length() < 5_000, () -> md.length() + " characters");
        assertTrue(md.contains("chữ trong cùng"), md);
    }

    @Test
    void deeplyNestedWordTablesAreRefused() throws IOException {
        String body = paragraph("KẾ HOẠCH") + "<w:tbl><w:tr><w:tc>".repeat(1000) + paragraph("x") + "</w:tc></w:tr></w:tbl>".repeat(1000);
        Path file = Files.write(tmp.resolve("bang-sau.docx"), docx(body));
        TinySite.Run r = TinySite.run("import", "--json", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertCleanError(r, "bang-sau.docx", "lồng nhau quá sâu");
        // Ten levels, as a real form might have, are read.
        String ten = paragraph("KẾ HOẠCH") + "<w:tbl><w:tr><w:tc>".repeat(10) + paragraph("ô trong cùng") + "</w:tc></w:tr></w:tbl>".repeat(10);
        Path ok = Files.write(tmp.resolve("bang-vua.docx"), docx(ten));
        ImportedDocument d = Importer.read(ok).document();
        assertTrue((d.title() + d.markdown()).contains("ô trong cùng"), d::toString);
    }

    @Test
    void aZipBombOrAHugePartIsRefusedBeforeItIsUnpacked() throws IOException {
        byte[] spaces = new byte[(int) ImportLimits.MAX_XML_PART_BYTES + 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        Path bomb = Files.write(tmp.resolve("bom.docx"), docx(spaces, false));
        assertTrue(Files.size(bomb) < 200_000, "a few hundred kilobytes unpack to more than the limit");
        TinySite.Run r = TinySite.run("import", "--json", bomb.toString());
        assertEquals(1, r.exit(), r::toString);
        assertCleanError(r, "bom.docx", "giải nén ra hơn");
        Path notZip = Files.writeString(tmp.resolve("gia.docx"), "đây không phải tệp Word");
        LoaException e = assertThrows(LoaException.class, () -> Importer.read(notZip));
        assertTrue(e.problem().startsWith("không mở được tệp Word (.docx)"), e.getMessage());
        Path doctype = Files.write(tmp.resolve("doctype.docx"), docx(("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + paragraph("&x;")
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8), true));
        LoaException x = assertThrows(LoaException.class, () -> Importer.read(doctype));
        assertTrue(x.problem().contains("DOCTYPE"), x.getMessage());
    }

    @Test
    void endlessTextAndEndlessLinesAreRefusedNamingTheLine() throws IOException {
        Path longText = Files.writeString(tmp.resolve("dai.txt"), PLAN + "- Nội dung tiếp theo của kế hoạch.\n".repeat(8_000));
        LoaException e = assertThrows(LoaException.class, () -> Importer.read(longText));
        assertTrue(e.getMessage().startsWith(longText + ": lỗi: văn bản quá dài"), e.getMessage());
        Path longLine = Files.writeString(tmp.resolve("dong-dai.txt"), "KẾ HOẠCH\nTổ chức hội thảo\n" + "chữ ".repeat(6_000) + "\n");
        LoaException line = assertThrows(LoaException.class, () -> Importer.read(longLine));
        assertEquals(3, line.line(), line.getMessage());
        assertTrue(line.problem().contains("dài quá"), line.getMessage());
    }

    @Test
    void linesThatOverflowedRegularExpressionsAreRead() throws IOException {
        // A line of quote marks and one of filler words before a date each overflowed the stack of a repeated group.
        Path file = Files.writeString(tmp.resolve("dau.md"), PLAN + ">".repeat(15_000) + " trích dẫn\n\n"
                + "- Tổ chức tọa đàm " + "vào ngày ".repeat(1_500) + "20/5/2024.\n");
        ImportedDocument d = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Importer.read(file).document());
        assertTrue(d.events().stream().anyMatch(ev -> ev.text().equals("Tổ chức tọa đàm")), d.events()::toString);
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path portal = Files.createDirectories(tmp.resolve("portal"));
        Path deep = Files.writeString(tmp.resolve("a-long-sau.html"), nestedHtml("<div>", "</div>", 1000));
        Path good = Files.writeString(tmp.resolve("b-ke-hoach.txt"), PLAN);
        String tables = "<w:tbl><w:tr><w:tc>".repeat(400) + paragraph("x") + "</w:tc></w:tr></w:tbl>".repeat(400);
        Path word = Files.write(tmp.resolve("c-bang.docx"), docx(paragraph("KẾ HOẠCH") + tables));
        TinySite.Run r = TinySite.run("import", "--source", portal.toString(), deep.toString(), good.toString(), word.toString());
        assertEquals(1, r.exit(), r::toString);
        assertCleanError(r, "a-long-sau.html", "lồng nhau quá sâu");
        assertCleanError(r, "c-bang.docx", "lồng nhau quá sâu");
        assertTrue(r.err().contains("Nhập 1/3 tệp; 2 tệp lỗi"), r::toString);
        Path index = portal.resolve("content/ke-hoach/to-chuc-hoi-thao-ung-dung-cong-nghe-so-trong-nong-nghiep-nam-2024/index.md");
        assertTrue(Files.exists(index), r::toString);
        assertTrue(Files.readString(index).contains("start: 2024-05-24"), Files.readString(index));
        assertTrue(r.out().contains("Đã ghi "), r::toString);
    }
}

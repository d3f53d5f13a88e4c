package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;

/**
 * Item 4 of issue 15: {@code loa import} keeps a document's pictures in the new bundle, byte for byte, in their place in
 * the body, with the alt text or caption the document gives, and names in the review each picture that needs alt text;
 * an HTML page's local images are taken, its images on the web are not fetched, one outside its folder is refused.
 */
class ImportPicturesTest {

    private static final String INTRO = "Sáng 15/4/2025, Sở Khoa học và Công nghệ tổ chức hội thảo chuyển đổi số trong doanh nghiệp với sự tham dự của hơn một trăm đại biểu.";
    private static final String MIDDLE = "Phát biểu khai mạc, Giám đốc Sở nhấn mạnh vai trò của dữ liệu trong quản trị doanh nghiệp hiện nay.";
    private static final String LATE = "Các đại biểu đã thảo luận về giải pháp số hóa quy trình sản xuất và kinh doanh.";
    private static final String END = "Hội thảo kết thúc vào buổi chiều cùng ngày, các doanh nghiệp hẹn gặp lại ở diễn đàn năm sau.";

    @TempDir
    Path tmp;

    static byte[] image(String format, Color color) throws IOException {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 6; y++) {
                img.setRGB(x, y, color.getRGB() + x * 7 + y);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** An EMF drawing as Word keeps one: only its header's marks matter here. */
    static byte[] emf() {
        byte[] b = new byte[88];
        b[0] = 1;
        b[40] = ' ';
        b[41] = 'E';
        b[42] = 'M';
        b[43] = 'F';
        return b;
    }

    private static void para(XWPFDocument doc, String text, boolean italic) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setText(text);
        r.setItalic(italic);
    }

    private static void picture(XWPFDocument doc, byte[] bytes, int type, String name, String descr) throws Exception {
        XWPFRun r = doc.createParagraph().createRun();
        r.addPicture(new ByteArrayInputStream(bytes), type, name, 800_000, 600_000);
        var docPr = r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        if (descr == null) {
            docPr.unsetDescr();
        } else {
            docPr.setDescr(descr);
        }
    }

    private Path newsPost(byte[] one, byte[] two, byte[] three) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, "HỘI THẢO CHUYỂN ĐỔI SỐ TRONG DOANH NGHIỆP", false);
            para(doc, INTRO, false);
            picture(doc, one, Document.PICTURE_TYPE_JPEG, "IMG_0001.JPG", "Toàn cảnh hội thảo chuyển đổi số");
            para(doc, MIDDLE, false);
            picture(doc, two, Document.PICTURE_TYPE_PNG, "IMG_0002.PNG", "C:\\Users\\pv\\Pictures\\IMG_0002.PNG");
            para(doc, "Giám đốc Sở phát biểu khai mạc hội thảo. Ảnh: Minh Anh", true);
            para(doc, LATE, false);
            picture(doc, three, Document.PICTURE_TYPE_PNG, "IMG_0003.PNG", null);
            picture(doc, emf(), Document.PICTURE_TYPE_EMF, "so-do.emf", "Sơ đồ");
            para(doc, END, false);
            doc.write(out);
            Path file = tmp.resolve("hoi-thao.docx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    @Test
    void aWordDocumentsPicturesGoIntoTheBundleInPlaceWithTheirTexts() throws Exception {
        byte[] one = image("jpg", Color.BLUE);
        byte[] two = image("png", Color.RED);
        byte[] three = image("png", Color.GREEN);
        Path docx = newsPost(one, two, three);
        Path portal = Files.createDirectories(tmp.resolve("portal"));

        TinySite.Run r = TinySite.run("import", "--section", "tin-tuc", "--source", portal.toString(), docx.toString());
        assertEquals(0, r.exit(), r::toString);
        Path bundle = portal.resolve("content/tin-tuc/hoi-thao-chuyen-doi-so-trong-doanh-nghiep");
        assertEquals(new TreeSet<>(Set.of("index.md", "hoi-thao.docx", "toan-canh-hoi-thao-chuyen-doi-so.jpg",
                "giam-doc-so-phat-bieu-khai-mac-hoi-thao.png", "anh-3.png")), names(bundle), r::toString);
        assertArrayEquals(one, Files.readAllBytes(bundle.resolve("toan-canh-hoi-thao-chuyen-doi-so.jpg")));
        assertArrayEquals(two, Files.readAllBytes(bundle.resolve("giam-doc-so-phat-bieu-khai-mac-hoi-thao.png")));
        assertArrayEquals(three, Files.readAllBytes(bundle.resolve("anh-3.png")));

        String md = Files.readString(bundle.resolve("index.md"));
        String body = md.substring(md.indexOf("\n---\n") + 5);
        int intro = body.indexOf("tổ chức hội thảo chuyển đổi số");
        int first = body.indexOf("![Toàn cảnh hội thảo chuyển đổi số](toan-canh-hoi-thao-chuyen-doi-so.jpg)");
        int middle = body.indexOf("Phát biểu khai mạc");
        int second = body.indexOf("![Giám đốc Sở phát biểu khai mạc hội thảo.](giam-doc-so-phat-bieu-khai-mac-hoi-thao.png)\n"
                + "*Giám đốc Sở phát biểu khai mạc hội thảo. Ảnh: Minh Anh*");
        int late = body.indexOf("Các đại biểu đã thảo luận");
        int third = body.indexOf("![](anh-3.png)");
        int end = body.indexOf("Hội thảo kết thúc");
        assertTrue(intro >= 0 && intro < first && first < middle && middle < second && second < late && late < third && third < end,
                () -> "pictures out of place, or missing:\n" + body);
        assertEquals(1, count(body, "Ảnh: Minh Anh"), () -> "the caption is written once, under its picture:\n" + body);
        assertFalse(body.contains("IMG_0002") || body.contains("so-do"), body);

        List<String> review = r.out().lines().filter(l -> l.startsWith("  chú ý: ")).toList();
        assertTrue(review.stream().anyMatch(l -> l.contains("ảnh thứ 3 của văn bản, sau đoạn “") && l.contains("sản xuất và kinh doanh.”")
                && l.contains("anh-3.png") && l.contains("chưa có văn bản thay thế")), () -> "no note for the picture without text:\n" + r.out());
        assertTrue(review.stream().anyMatch(l -> l.contains("ảnh thứ 4") && l.contains("EMF/WMF")), () -> "no note for the EMF drawing:\n" + r.out());
        assertEquals(1, review.stream().filter(l -> l.contains("chưa có văn bản thay thế")).count(), r::toString);
    }

    @Test
    void aPictureInATableGoesAfterTheTable() throws Exception {
        byte[] chart = image("png", Color.MAGENTA);
        Path file = tmp.resolve("bang.docx");
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, "KẾT QUẢ CHƯƠNG TRÌNH HỖ TRỢ DOANH NGHIỆP", false);
            para(doc, INTRO, false);
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Năm");
            table.getRow(0).getCell(1).setText("Số doanh nghiệp");
            table.getRow(1).getCell(0).setText("2024");
            XWPFRun r = table.getRow(1).getCell(1).getParagraphs().get(0).createRun();
            r.setText("45 doanh nghiệp");
            r.addPicture(new ByteArrayInputStream(chart), Document.PICTURE_TYPE_PNG, "bieu-do.png", 800_000, 600_000);
            r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("Biểu đồ số doanh nghiệp được hỗ trợ");
            para(doc, END, false);
            doc.write(out);
            Files.write(file, out.toByteArray());
        }
        Importer.Imported imported = Importer.read(file);
        assertEquals(1, imported.embedded().size());
        assertEquals("bieu-do-so-doanh-nghiep-duoc-ho-tro.png", imported.embedded().get(0).name());
        assertArrayEquals(chart, imported.embedded().get(0).bytes());
        String md = imported.document().markdown();
        int row = md.indexOf("45 doanh nghiệp");
        int picture = md.indexOf("![Biểu đồ số doanh nghiệp được hỗ trợ](bieu-do-so-doanh-nghiep-duoc-ho-tro.png)");
        int end = md.indexOf("Hội thảo kết thúc");
        assertTrue(row >= 0 && row < picture && picture < end, md);
    }

    @Test
    void aPictureThatIsNotAnImageOrTooLargeIsLeftOutWithANote() {
        List<String> notes = new java.util.ArrayList<>();
        byte[] big = new byte[(int) ImportLimits.MAX_IMAGE_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        Pictures.Taken t = Pictures.take(List.of(
                new Pictures.Raw("<html>không phải ảnh</html>".getBytes(), "Ảnh giả", null, "ảnh thứ 1", null),
                new Pictures.Raw(big, "Ảnh lớn", null, "ảnh thứ 2", null)), new java.util.HashSet<>(), notes);
        assertTrue(t.files().isEmpty() && t.places().isEmpty());
        assertTrue(notes.get(0).startsWith("ảnh thứ 1: không chép — không phải ảnh JPEG"), notes::toString);
        assertTrue(notes.get(1).startsWith("ảnh thứ 2: không chép — ảnh quá lớn"), notes::toString);
    }

    @Test
    void anHtmlPagesLocalImagesAreTakenWebImagesNotFetchedAndOutsideImagesRefused() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("trang"));
        byte[] local = image("png", Color.ORANGE);
        byte[] inline = image("png", Color.CYAN);
        Files.write(folder.resolve("Ảnh Khai mạc.PNG"), local);
        Files.write(folder.resolve("gia.jpg"), "<script>không phải ảnh</script>".getBytes());
        Files.write(tmp.resolve("ngoai.png"), image("png", Color.BLACK));
        Path page = folder.resolve("bai.html");
        Files.writeString(page, "<html><head><title>Khai mạc triển lãm</title></head><body><article><h1>Khai mạc triển lãm sản phẩm mới</h1>"
                + "<p>" + INTRO + "</p>"
                + "<figure><img src=\"%E1%BA%A2nh%20Khai%20m%E1%BA%A1c.PNG\" alt=\"\"><figcaption>Cắt băng khai mạc. Ảnh: PV</figcaption></figure>"
                + "<p>" + MIDDLE + "</p>"
                + "<p><img src=\"https://cong-cu.example.vn/anh/gian-hang.jpg\" alt=\"Gian hàng\"></p>"
                + "<p><img src=\"../ngoai.png\" alt=\"Ngoài\"></p>"
                + "<p><img src=\"gia.jpg\" alt=\"Giả\"></p>"
                + "<p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(inline) + "\" alt=\"Sơ đồ gian hàng\"></p>"
                + "<p>" + END + "</p></article></body></html>");
        Path portal = Files.createDirectories(tmp.resolve("portal"));

        TinySite.Run r = TinySite.run("import", "--section", "tin-tuc", "--source", portal.toString(), page.toString());
        assertEquals(0, r.exit(), r::toString);
        Path bundle = portal.resolve("content/tin-tuc/khai-mac-trien-lam-san-pham-moi");
        assertEquals(new TreeSet<>(Set.of("index.md", "anh-khai-mac.png", "so-do-gian-hang.png")), names(bundle), r::toString);
        assertArrayEquals(local, Files.readAllBytes(bundle.resolve("anh-khai-mac.png")));
        assertArrayEquals(inline, Files.readAllBytes(bundle.resolve("so-do-gian-hang.png")));
        String md = Files.readString(bundle.resolve("index.md"));
        assertTrue(md.contains("![](anh-khai-mac.png)"), md);
        assertTrue(md.contains("*Cắt băng khai mạc. Ảnh: PV*"), () -> "figcaption as the italic line:\n" + md);
        assertTrue(md.contains("![Gian hàng](https://cong-cu.example.vn/anh/gian-hang.jpg)"), md);
        assertTrue(md.contains("![Sơ đồ gian hàng](so-do-gian-hang.png)"), md);
        assertFalse(md.contains("ngoai.png") || md.contains("gia.jpg") || md.contains("data:"), md);

        String out = r.out();
        assertTrue(out.lines().anyMatch(l -> l.contains("'https://cong-cu.example.vn/anh/gian-hang.jpg' ở trên mạng: Loa không tải về")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("bỏ ảnh '../ngoai.png'") && l.contains("ra ngoài thư mục của trang")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("bỏ ảnh 'gia.jpg'") && l.contains("không phải ảnh")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("ảnh thứ 1 của trang (tệp anh-khai-mac.png) chưa có văn bản thay thế")), out);
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.cli.TinySite;
import vn.loa.safety.HostileSvg;

/**
 * 1 and 2. An imported page brings only regular files of its own folder into its bundle, never a file from elsewhere
 * on the machine, and names each link it refused; its images are cleaned and its active attachments kept as text.
 */
class ImportLocalFilesTest {

    private static final String SECRET = "BÍ-MẬT-NGOÀI-THƯ-MỤC";
    private static final String ARTICLE = """
            <p>Sáng nay, Sở Khoa học và Công nghệ khai mạc triển lãm các sản phẩm đổi mới sáng tạo của doanh nghiệp trong tỉnh,
            với hơn bốn mươi gian hàng giới thiệu thiết bị, phần mềm và quy trình mới.</p>
            <p>Triển lãm mở cửa đến hết ngày 21/4/2025 tại Nhà văn hóa tỉnh; người dân được vào xem miễn phí.</p>
            """;

    @TempDir
    Path tmp;
    Path page;
    Path folder;
    Path portal;

    @BeforeEach
    void layOut() throws IOException {
        Files.writeString(tmp.resolve("bi-mat.txt"), SECRET);
        Files.createDirectories(tmp.resolve("ngoai"));
        Files.writeString(tmp.resolve("ngoai/anh-ngoai.jpg"), SECRET);
        folder = Files.createDirectories(tmp.resolve("trang"));
        portal = Files.createDirectories(tmp.resolve("portal"));
        Files.write(folder.resolve("anh-trien-lam.jpg"), vn.loa.image.TestPhotos.jpeg(vn.loa.image.TestPhotos.picture(16, 12, false), false));
        Files.createDirectories(folder.resolve("tai-lieu"));
        Files.writeString(folder.resolve("tai-lieu/ke-hoach.pdf"), "%PDF-1.4 kế hoạch");
        Files.createSymbolicLink(folder.resolve("lien-ket.txt"), Path.of("../bi-mat.txt"));
        Files.createSymbolicLink(folder.resolve("thu-muc-ngoai"), Path.of("../ngoai"));
        Files.createDirectories(folder.resolve("goc"));
        Files.write(folder.resolve("goc/anh-goc.jpg"), vn.loa.image.TestPhotos.jpeg(vn.loa.image.TestPhotos.picture(12, 16, false), false));
        Files.createSymbolicLink(folder.resolve("lien-ket-trong.jpg"), Path.of("goc/anh-goc.jpg"));
        Files.createDirectories(folder.resolve("thu-muc"));
        try (RandomAccessFile big = new RandomAccessFile(folder.resolve("lon.pdf").toFile(), "rw")) {
            big.setLength(ImportLimits.MAX_FILE_BYTES + 1); // sparse: nothing is written
        }
    }

    private Path page(String links) throws IOException {
        page = folder.resolve("bai-viet.html");
        Files.writeString(page, "<html><head><title>Khai mạc triển lãm</title></head><body><article>"
                + "<h1>Khai mạc triển lãm sản phẩm đổi mới sáng tạo</h1>" + ARTICLE + links + "</article></body></html>");
        return page;
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void linksOutOfThePagesFolderAreRefusedNamedAndNeverCopied() throws IOException {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/etc/hostname", "đường dẫn tuyệt đối");
        refused.put("/proc/self/status", "đường dẫn tuyệt đối");
        refused.put("file:///etc/hostname", "địa chỉ file:");
        refused.put("FILE://localhost/etc/passwd", "địa chỉ file:");
        refused.put("../bi-mat.txt", "ra ngoài thư mục của trang");
        refused.put("%2e%2e/bi-mat.txt", "ra ngoài thư mục của trang");
        refused.put("..%2Fbi-mat.txt", "ra ngoài thư mục của trang");
        refused.put("tai-lieu/../../bi-mat.txt", "ra ngoài thư mục của trang");
        refused.put("..\\bi-mat.txt", "ra ngoài thư mục của trang");
        refused.put("%2Fetc%2Fhostname", "đường dẫn tuyệt đối");
        refused.put("lien-ket.txt", "liên kết tượng trưng");
        refused.put("thu-muc-ngoai/anh-ngoai.jpg", "liên kết tượng trưng");
        refused.put("thu-muc/", "là một thư mục");
        refused.put("lon.pdf", "quá lớn");
        if (mkfifo(folder.resolve("ong"))) {
            refused.put("ong", "không phải tệp thường");
        }
        StringBuilder links = new StringBuilder("<p><img src=\"anh-trien-lam.jpg\" alt=\"Khai mạc\"> <a href=\"tai-lieu/ke-hoach.pdf\">Kế hoạch</a>"
                + " <img src=\"lien-ket-trong.jpg\" alt=\"Gian hàng\"></p><ul>");
        int i = 0;
        for (String link : refused.keySet()) {
            boolean img = i++ % 2 == 0;
            links.append("<li>").append(img ? "<img alt=\"Ảnh " + i + "\" src=\"" + link + "\">" : "<a href=\"" + link + "\">Tệp " + i + "</a>")
                    .append("</li>");
        }
        TinySite.Run r = TinySite.run("import", "--section", "tin-tuc", "--source", portal.toString(), page(links + "</ul>").toString());
        assertEquals(0, r.exit(), r::toString);

        Path bundle = portal.resolve("content/tin-tuc/khai-mac-trien-lam-san-pham-doi-moi-sang-tao");
        Map<String, String> files = tree(bundle);
        assertEquals(Set.of("index.md", "anh-trien-lam.jpg", "ke-hoach.pdf", "anh-goc.jpg"), files.keySet(), r::toString);
        files.forEach((name, text) -> assertFalse(text.contains(SECRET), name + " holds a file from outside the page's folder"));
        String md = files.get("index.md");
        assertTrue(md.contains("](anh-trien-lam.jpg)") && md.contains("](ke-hoach.pdf)") && md.contains("](anh-goc.jpg)"), "a link inside the folder is followed: " + md);
        for (String gone : new String[] {"hostname", "/proc/", "file:", "bi-mat", "anh-ngoai", "lon.pdf", "thu-muc", "](ong)"}) {
            assertFalse(md.contains(gone), () -> gone + " is still linked:\n" + md);
        }
        assertTrue(md.contains("Tệp 2"), "the text of a dropped link stays");
        refused.forEach((link, why) -> {
            String line = r.out().lines().filter(l -> l.startsWith("  chú ý: bỏ ") && l.contains("'" + link + "'")).findFirst().orElse("");
            assertTrue(line.contains(why), () -> "no note naming " + link + " and why (" + why + ") in:\n" + r.out());
        });
        // The next build publishes no file from outside the page's folder either.
        TinySite.Run build = TinySite.run("build", "--source", portal.toString(), "--output", tmp.resolve("site").toString(), "--drafts");
        assertEquals(0, build.exit(), build::toString);
        tree(tmp.resolve("site")).forEach((name, text) -> assertFalse(text.contains(SECRET), name));
    }

    @Test
    void aPortalPathBecomesAnAddressOfTheOldPortalNotALocalFile() throws IOException {
        Files.writeString(folder.resolve("bai-viet.html"), "");
        Path p = page("<p><a href=\"/etc/hostname\">Tệp</a></p>");
        Files.writeString(p, Files.readString(p).replace("<head>", "<head><link rel=\"canonical\" href=\"https://skhcn.example.vn/tin/1\">"));
        Importer.Imported imported = Importer.read(p);
        assertTrue(imported.files().isEmpty());
        assertTrue(imported.document().markdown().contains("](https://skhcn.example.vn/etc/hostname)"), imported.document().markdown());
    }

    @Test
    void activeAttachmentsAreKeptAsTextAndImagesCleaned() throws IOException {
        String[] active = {"trang-cu.htm", "trang.xht", "trang.xhtml", "kieu.xsl", "kich-ban.js", "luu.mht", "ssi.shtml", "phim.swf",
            "du-lieu.xml", "mau.php"};
        StringBuilder links = new StringBuilder("<p>");
        for (String name : active) {
            Files.writeString(folder.resolve(name), "<script>alert('" + name + "')</script>");
            links.append("<a href=\"").append(name).append("\">").append(name).append("</a> ");
        }
        Files.writeString(folder.resolve("so-do.svg"), HostileSvg.TEXT);
        Files.writeString(folder.resolve("hong.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</svg>");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(folder.resolve("nen.svgz")))) {
            gz.write(HostileSvg.TEXT.getBytes(StandardCharsets.UTF_8));
        }
        links.append("<img src=\"so-do.svg\" alt=\"Sơ đồ\"><img src=\"hong.svg\" alt=\"Hỏng\"><img src=\"nen.svgz\" alt=\"Nền\"></p>");
        TinySite.Run r = TinySite.run("import", "--section", "tin-tuc", "--source", portal.toString(), page(links.toString()).toString());
        assertEquals(0, r.exit(), r::toString);
        Path bundle = portal.resolve("content/tin-tuc/khai-mac-trien-lam-san-pham-doi-moi-sang-tao");
        Set<String> names = new TreeSet<>(tree(bundle).keySet());
        for (String name : active) {
            assertTrue(names.contains(name + ".txt"), () -> name + " is not kept as text: " + names);
            assertFalse(names.contains(name), name);
        }
        assertTrue(names.contains("so-do.svg") && names.contains("nen.svgz") && !names.contains("hong.svg"), names::toString);
        String svg = Files.readString(bundle.resolve("so-do.svg"));
        assertFalse(svg.contains("alert") || svg.contains("<script"), svg);
        assertTrue(svg.contains("Ngày Sáng tạo"), svg);
        byte[] svgz = new java.util.zip.GZIPInputStream(Files.newInputStream(bundle.resolve("nen.svgz"))).readAllBytes();
        assertFalse(new String(svgz, StandardCharsets.UTF_8).contains("alert"));
        assertTrue(r.out().contains("chú ý: ảnh SVG 'so-do.svg' đã được làm sạch, bỏ: ") && r.out().contains("<script>"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.contains("'hong.svg'") && l.contains("ảnh SVG không đọc được")), r::toString);
    }

    @Test
    void aFileChangedBetweenReadingAndWritingIsCheckedAgainAndTheBundleRemoved() throws IOException {
        Importer.Imported imported = Importer.read(page("<p><img src=\"anh-trien-lam.jpg\" alt=\"Khai mạc\"></p>"));
        PageBundle bundle = PageBundle.plan(imported, portal, "tin-tuc", Set.of(), LocalDate.of(2025, 4, 17));
        Files.delete(folder.resolve("anh-trien-lam.jpg"));
        Files.createSymbolicLink(folder.resolve("anh-trien-lam.jpg"), Path.of("../bi-mat.txt"));
        LoaException e = assertThrows(LoaException.class, bundle::write);
        assertTrue(e.problem().contains("ngoài thư mục của trang"), e.getMessage());
        assertFalse(Files.exists(bundle.folder()), "the half-written bundle is removed");
    }

    @Test
    void aDocumentThatIsNotARegularFileIsRefused() throws IOException {
        TinySite.Run dir = TinySite.run("import", "--json", folder.resolve("thu-muc").toString());
        assertEquals(1, dir.exit());
        assertTrue(dir.err().contains("thu-muc: lỗi: không phải tệp thường"), dir::toString);
        Path fifo = folder.resolve("ong.txt");
        if (mkfifo(fifo)) {
            TinySite.Run r = TinySite.run("import", "--json", fifo.toString());
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("ong.txt: lỗi: không phải tệp thường"), r::toString);
            LoaException e = assertThrows(LoaException.class, () -> Importer.read(fifo));
            assertTrue(e.problem().contains("không phải tệp thường"), e.getMessage());
        }
    }

    /** A FIFO, where the system has {@code mkfifo}; false where it has not. */
    static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

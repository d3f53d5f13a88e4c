package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.Main;

/** {@code loa import} on the command line: JSON, dry run, bundles, refusals. */
class ImportCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static final String PLAN = Corpus.DIR.resolve("01-sang-tao-2023-van-xuoi.txt").toString();
    private static final String TABLE = Corpus.DIR.resolve("02-khcn-2022-bang.txt").toString();

    @Test
    void jsonPrintsOneObjectPerFileAndWritesNothing(@TempDir Path site) {
        Run r = run("import", "--json", "--source", site.toString(), PLAN, TABLE);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        var doc = JsonParser.parseString(lines[0]).getAsJsonObject().getAsJsonObject("doc");
        assertEquals("27/KH-SKHCN", doc.get("number").getAsString());
        assertFalse(Files.exists(site.resolve("content")));
    }

    @Test
    void dryRunPrintsThePageAndWritesNothing(@TempDir Path site) {
        Run r = run("import", "--dry-run", "--source", site.toString(), PLAN);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("title: \"Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Sáng tạo"), r.out());
        assertTrue(r.out().contains("4 sự kiện"), r.out());
        assertFalse(Files.exists(site.resolve("content")));
    }

    @Test
    void writesABundleAndNeverOverwritesIt(@TempDir Path site) throws Exception {
        Run first = run("import", "--source", site.toString(), PLAN);
        assertEquals(0, first.code(), first.err());
        Path bundle = site.resolve("content/ke-hoach/to-chuc-cac-hoat-dong-huong-ung-ngay-sang-tao-va-doi-moi-sang-tao-the-gioi-21-4");
        assertTrue(Files.exists(bundle.resolve("index.md")), first.out());
        assertFalse(Files.exists(bundle.resolve("01-sang-tao-2023-van-xuoi.txt")), "a text copy is not published");
        assertTrue(first.out().contains("chú ý: tệp nhập '01-sang-tao-2023-van-xuoi.txt' là bản chép để nhập"), first.out());
        Files.writeString(bundle.resolve("index.md"), "sửa tay", StandardCharsets.UTF_8);
        Run second = run("import", "--source", site.toString(), PLAN);
        assertEquals(1, second.code());
        assertTrue(second.err().contains("không ghi đè"), second.err());
        assertEquals("sửa tay", Files.readString(bundle.resolve("index.md")));
    }

    @Test
    void anUnreadableEncodingIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("ke-hoach-cu.txt");
        Files.write(bad, new byte[] {'K', (byte) 0xC9, ' ', 'H', 'O', (byte) 0xA1, 'C', 'H', '\n'});
        Run r = run("import", "--json", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ke-hoach-cu.txt") && r.err().contains("UTF-8"), r.err());
    }

    @Test
    void anUnknownSectionIsAUsageError(@TempDir Path site) {
        assertEquals(2, run("import", "--section", "trang", "--source", site.toString(), PLAN).code());
    }

    @Test
    void theReviewPrintsThePagesTitleAndWhatToCheck(@TempDir Path site) throws Exception {
        Path post = site.resolve("tin.txt");
        Files.writeString(post, "TỌA ĐÀM VỀ ĐỔI MỚI SÁNG TẠO TRONG NÔNG NGHIỆP\n\nThứ Ba, 12/5/2026 - 15:00\n\n"
                + "Sáng 12/5, Sở Khoa học và Công nghệ tổ chức tọa đàm về đổi mới sáng tạo trong nông nghiệp tại Hội trường Sở.\n\n"
                + "Các đại biểu đã trao đổi về mô hình nông nghiệp công nghệ cao. (Tin, ảnh: Minh Anh)\n", StandardCharsets.UTF_8);
        Run r = run("import", post.toString(), "--section", "tin-tuc", "--dry-run", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Tiêu đề: Tọa đàm về đổi mới sáng tạo trong nông nghiệp"), r.out());
        assertTrue(r.out().contains("cần kiểm tra: "), r.out());
        assertTrue(r.out().contains("# tác giả: Minh Anh"), r.out());

        Run plan = run("import", PLAN, "--dry-run", "--source", site.toString());
        assertTrue(plan.out().contains("Tiêu đề: Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Sáng tạo"), plan.out());
    }
}

package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.check.Cli;

/** {@code loa check} through the command line: output format, summary, exit codes, and the sample portal. */
class CheckCommandTest {

    /** {@code file:line: lỗi|cảnh báo: message}, the line left out only for a problem with a whole file. */
    static final Pattern LINE = Pattern.compile("content/[^:]+(:[1-9]\\d*)?: (lỗi|cảnh báo): \\S.*");
    static final Pattern SUMMARY = Pattern.compile("Đã kiểm tra \\d+ tệp Markdown: \\d+ lỗi, \\d+ cảnh báo\\..*");

    @TempDir
    Path dir;

    void write(String path, String text) throws IOException {
        Path p = dir.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static void assertFormat(List<String> lines) {
        assertFalse(lines.isEmpty());
        for (String l : lines.subList(0, lines.size() - 1)) {
            assertTrue(LINE.matcher(l).matches(), l);
        }
        assertTrue(SUMMARY.matcher(lines.get(lines.size() - 1)).matches(), lines.get(lines.size() - 1));
    }

    @Test
    void warningsAlonePassWithExitCodeZero() throws IOException {
        write("site.yaml", "title: T\n");
        write("tin-tuc/a.md", "---\ntitle: A\ndate: 2024-05-01\ntittle: A\n---\n![](/anh.png)\n");
        write("anh.png", "png");
        Cli r = Cli.run("check", "--source", dir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(List.of(
                "content/tin-tuc/a.md:4: cảnh báo: khóa 'tittle' của phần đầu không có trong các khóa Loa đọc nên bị bỏ qua; có phải ý bạn là 'title'? — cách sửa: sửa thành 'title'",
                "content/tin-tuc/a.md:6: cảnh báo: ảnh '/anh.png' không có văn bản thay thế (alt) — cách sửa: viết mô tả ngắn nội dung ảnh trong ngoặc vuông: ![Mô tả ảnh](/anh.png)"
                        + "; nếu ảnh chỉ để trang trí, ghi rõ: ![](/anh.png \"trang trí\")",
                "Đã kiểm tra 1 tệp Markdown: 0 lỗi, 2 cảnh báo."), r.lines());
        assertEquals("", r.err());
    }

    @Test
    void anErrorGivesExitCodeOneAndEveryProblemIsListed() throws IOException {
        write("site.yaml", "title: T\n");
        write("tin-tuc/a.md", "---\ntitle: A\ndate: 2024-05-32\n---\nx\n");
        write("tin-tuc/b.md", "---\ntitle: B\ndate: 2024-05-01\n---\n[x](/khong-co/)\n\nNgày 18/5/2024 (Thứ Hai).\n");
        write("tin-tuc/c.md", "---\ntitle: C\ndate: 2024-05-01\n---\nTốt.\n");
        Cli r = Cli.run("check", "--source", dir.toString());
        assertEquals(1, r.exit(), r.out());
        List<String> lines = r.lines();
        assertFormat(lines);
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("content/tin-tuc/a.md:3: lỗi: 'date: 2024-05-32': tháng 5 năm 2024 chỉ có 31 ngày"));
        assertTrue(lines.get(1).startsWith("content/tin-tuc/b.md:5: lỗi: liên kết '/khong-co/' hỏng"));
        assertTrue(lines.get(2).startsWith("content/tin-tuc/b.md:7: lỗi: “Ngày 18/5/2024 (Thứ Hai)”: Ngày 18/5/2024 là Thứ Bảy, không phải Thứ Hai"));
        assertEquals("Đã kiểm tra 3 tệp Markdown: 3 lỗi, 0 cảnh báo.", lines.get(3));
    }

    @Test
    void draftsAreCheckedWithTheDraftsOption() throws IOException {
        write("tin-tuc/n.md", "---\ntitle: N\ndate: 2024-05-01\ndraft: true\n---\n[x](/khong-co/)\n");
        assertEquals(0, Cli.run("check", "--source", dir.toString()).exit());
        assertEquals(1, Cli.run("check", "--source", dir.toString(), "--drafts").exit());
    }

    @Test
    void aFolderWithoutContentIsAnError() {
        Cli r = Cli.run("check", "--source", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.lines().get(0).startsWith("content: lỗi: không có thư mục content/ trong "), r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli r = Cli.run("check", "--khong-co");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--khong-co"), r.err());
        assertEquals(2, Cli.run("check", "--source").exit());
    }

    @Test
    void nothingIsWritten() throws IOException {
        write("tin-tuc/a.md", "---\ntitle: A\ndate: 2024-05-01\n---\nx\n");
        assertEquals(0, Cli.run("check", "--source", dir.toString()).exit());
        try (var files = Files.walk(dir)) {
            assertEquals(List.of("content/tin-tuc/a.md"), files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList());
        }
    }

    /** The sample portal of the repository checks with no error; its warnings are printed for a reader of the build log. */
    @Test
    void theSamplePortalHasNoError() {
        Path root = Path.of("").toAbsolutePath();
        assertTrue(Files.isDirectory(root.resolve("content")), "run from the repository root");
        Cli r = Cli.run("check", "--source", root.toString(), "--drafts");
        System.out.println("loa check --drafts on the sample portal:\n" + r.out());
        assertEquals(0, r.exit(), r.out());
        assertFormat(r.lines());
        assertTrue(r.lines().stream().noneMatch(l -> l.contains(": lỗi: ")), r.out());
    }
}

package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;
import vn.loa.load.ContentLoader;
import vn.loa.load.EventSpec;
import vn.loa.load.Page;

/** Issue 13, item 10: the review {@code loa import} prints, {@code --json}, and the marks in the bundle's front matter. */
class ImportReviewTest {

    private static final Path EVENTS = Path.of("src/test/resources/importer/events");

    @Test
    void theReviewIsAnAlignedTableWithVietnameseHeadingsLinesAndWhatToCheck(@TempDir Path site) {
        TinySite.Run r = TinySite.run("import", "--dry-run", "--today", "2024-12-01", "--source", site.toString(),
                EVENTS.resolve("ke-hoach-van-xuoi.txt").toString());
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        int head = indexOf(lines, "Sự kiện");
        String header = lines.get(head);
        assertTrue(header.contains("Ngày") && header.contains("Địa điểm") && header.contains("Nguồn") && header.contains("Tin cậy"), header);
        assertTrue(lines.get(head - 1).endsWith("7 sự kiện:"), lines.get(head - 1));
        // Columns line up: each row's date, place, source and confidence start where their heading does.
        int dateCol = ImportReview.width(header.substring(0, header.indexOf("Ngày")));
        int whereCol = ImportReview.width(header.substring(0, header.indexOf("Nguồn")));
        String fair = row(lines, "Chợ công nghệ và thiết bị");
        assertEquals("14/11–16/11/2024", cut(fair, dateCol).strip().split("\\s{2,}")[0]);
        assertTrue(cut(fair, whereCol).startsWith("dòng 23 "), fair);
        assertTrue(fair.endsWith(" cao"), fair);
        String moved = row(lines, "Hội nghị tổng kết");
        assertTrue(moved.endsWith(" vừa"), moved);
        assertTrue(lines.get(lines.indexOf(moved) + 1).contains("cần kiểm tra: đã dời ngày; dời từ ngày 20/11/2024"), r.out());
        String deadline = row(lines, "Các phòng, đơn vị thuộc Sở báo cáo kết…");
        assertTrue(cut(deadline, dateCol).startsWith("hạn 30/11/2024"), deadline);
    }

    @Test
    void aWordDocumentHasNoLinesAndTheReviewNamesTheSection() {
        assertEquals("I. NỘI DUNG", ImportReview.cell("I. NỘI DUNG", 16).strip());
        assertEquals("Hội thảo “Chuyển đổi…", ImportReview.cell("Hội thảo “Chuyển đổi số trong doanh nghiệp”", 22).strip());
        assertEquals(22, ImportReview.width(ImportReview.cell("Hội thảo “Chuyển đổi số trong doanh nghiệp”", 22)));
        assertEquals("Tọa đàm \\u001B[2J…", ImportReview.cell("Tọa đàm \u001b[2Jxxxxxxxxxxxx", 13).strip(),
                "cut first, then made safe: an escape is never cut in half");
    }

    @Test
    void jsonCarriesTheSameFields(@TempDir Path site) {
        TinySite.Run r = TinySite.run("import", "--json", EVENTS.resolve("tin-trien-lam-doi-lich.txt").toString());
        assertEquals(0, r.exit(), r::toString);
        var events = JsonParser.parseString(r.out().strip()).getAsJsonObject().getAsJsonArray("events");
        JsonObject moved = null;
        for (var e : events) {
            if (e.getAsJsonObject().get("source_quote").getAsString().equals("ngày 05/5/2024")) {
                moved = e.getAsJsonObject();
            }
        }
        assertEquals("câu", moved.get("found").getAsString());
        assertEquals("vừa", moved.get("confidence").getAsString());
        assertEquals("dời từ ngày 28/4/2024", moved.get("note").getAsString());
        assertEquals(9, moved.get("line").getAsInt());
    }

    @Test
    void theBundleMarksWhatToCheckAndStillLoadsAndBuilds(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("site.yaml"), TinySite.SITE_YAML);
        for (String doc : List.of("ke-hoach-van-xuoi.txt", "thong-bao-han.txt", "tin-trien-lam-doi-lich.txt", "ke-hoach-hoi-thi-han.txt")) {
            TinySite.Run r = TinySite.run("import", "--today", "2024-12-01", "--source", site.toString(), EVENTS.resolve(doc).toString());
            assertEquals(0, r.exit(), r::toString);
        }
        Path index;
        try (var files = Files.walk(site.resolve("content"))) {
            index = files.filter(p -> p.toString().contains("cho-cong-nghe") && p.endsWith("index.md")).findFirst().orElseThrow();
        }
        String md = Files.readString(index);
        assertTrue(md.contains("  # cần kiểm tra: đã dời ngày — dời từ ngày 20/11/2024 (độ tin cậy: vừa)\n  - title: \"Hội nghị tổng kết\""), md);
        List<Page> pages = new ContentLoader(site, true).load().pages();
        Page plan = pages.stream().filter(p -> p.title().contains("Chợ công nghệ")).findFirst().orElseThrow();
        EventSpec moved = plan.events().stream().filter(e -> e.title().equals("Hội nghị tổng kết")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 11, 22), moved.start());
        assertEquals(7, plan.events().size());
        assertTrue(Builder.build(BuildOptions.of(site).withDrafts(true).withToday(LocalDate.of(2024, 12, 1))).pages() >= 4);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part + " not in " + lines);
    }

    /** The table's row of the event: after the heading, its number, then the event. */
    private static String row(List<String> lines, String event) {
        for (int i = indexOf(lines, "Sự kiện") + 1; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s+\\d+ " + java.util.regex.Pattern.quote(event) + ".*")) {
                return lines.get(i);
            }
        }
        throw new AssertionError(event + " not in " + lines);
    }

    /** The line from the given terminal column on. */
    private static String cut(String line, int column) {
        int w = 0;
        int i = 0;
        while (i < line.length() && w < column) {
            w += ImportReview.width(line.substring(i, i + 1));
            i++;
        }
        return line.substring(i);
    }
}

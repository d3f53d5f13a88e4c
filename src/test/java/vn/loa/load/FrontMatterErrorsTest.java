package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.cli.TinySite.assertMessage;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Message;
import vn.loa.cli.TinySite.Run;

/**
 * One broken Markdown file at a time: the build fails with exit code 1, names the file and the
 * line, says what to do, and leaves the last good site alone.
 */
class FrontMatterErrorsTest {

    static final String FILE = "content/tin-tuc/x.md";

    @TempDir
    Path dir;

    private Run breakWith(String text) {
        TinySite site = new TinySite(dir);
        return site.breakAndRebuild(() -> site.write(FILE, text));
    }

    // 1. Malformed YAML

    @Test
    void malformedYamlIsReportedAtItsLine() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                date: 2024-05-17
                summary: Thời gian: 8h00
                ---
                Nội dung.
                """);
        Message m = assertMessage(r, FILE, 4, "':'");
        assertTrue(m.fix().contains("ngoặc kép"), m::toString);
    }

    @Test
    void unclosedQuoteIsReportedAtTheLineWhereItOpens() {
        Run r = breakWith("""
                ---
                title: "Hội thảo
                date: 2024-05-17
                ---
                Nội dung.
                """);
        assertMessage(r, FILE, 2, "ngoặc kép");
    }

    @Test
    void badIndentationIsReportedAtItsLine() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                date: 2024-05-17
                tags:
                  - một
                 - hai
                ---
                Nội dung.
                """);
        assertMessage(r, FILE, 6, "thụt lề");
    }

    @Test
    void tabIndentationIsExplained() {
        Run r = breakWith("---\ntitle: Hội thảo\ndate: 2024-05-17\nsigner:\n\tname: An\n---\nNội dung.\n");
        Message m = assertMessage(r, FILE, 5);
        assertTrue((m.problem() + m.fix()).contains("Tab"), r::toString);
    }

    @Test
    void indentedKeyIsExplained() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                  date: 2024-05-17
                ---
                """);
        assertMessage(r, FILE, 3, "thụt", "'date:'");
    }

    @Test
    void unclosedListIsReportedWhereItOpens() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                tags: [hội thảo, triển lãm
                date: 2024-05-17
                ---
                """);
        assertMessage(r, FILE, 3, "'['", "']'");
    }

    @Test
    void valueStartingWithAReservedCharacter() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                date: 2024-05-17
                summary: @SởKHCN giới thiệu
                ---
                """);
        Message m = assertMessage(r, FILE, 4, "'@'");
        assertTrue(m.fix().contains("summary: \"@SởKHCN giới thiệu\""), m::toString);
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOne() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                date: 2024-05-17
                title: Hội nghị
                ---
                Nội dung.
                """);
        assertMessage(r, FILE, 4, "'title'", "hai lần");
    }

    @Test
    void yamlMessagesAreInVietnamese() {
        Run r = breakWith("""
                ---
                title: Hội thảo
                date: 2024-05-17
                summary: Thời gian: 8h00
                ---
                """);
        Message m = r.about(FILE);
        assertFalse(m.problem().contains("mapping values are not allowed"), () -> "untranslated: " + m);
        assertTrue(m.fix().contains("summary: \"Thời gian: 8h00\""), () -> "the fix rewrites the line: " + m);
    }

    // 2. Values of the wrong type

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tags: {a: b}          | 'tags'  | danh sách",
            "draft: \"maybe\"      | 'draft' | true hoặc false",
            "draft: 1              | 'draft' | true hoặc false",
            "title: [a, b]         | 'title' | đoạn chữ",
            "summary: {a: b}       | 'summary' | đoạn chữ",
            "year: hai nghìn       | 'year'  | số nguyên",
            "events: sáng mai      | 'events' | danh sách",
            "focus_week: 15/5      | 'focus_week' | nhóm",
            "slug: [a]             | 'slug' | đoạn chữ",
    })
    void wrongTypeIsReportedAtItsKey(String line, String key, String expected) {
        String title = line.startsWith("title:") ? "" : "title: Tin\n";
        Run r = breakWith("---\n" + title + "date: 2024-05-17\n" + line + "\n---\nNội dung.\n");
        assertMessage(r, FILE, title.isEmpty() ? 3 : 4, key, expected);
    }

    @Test
    void aListItemOfTheWrongTypeIsReportedAtTheItem() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-17
                tags:
                  - triển lãm
                  - {a: b}
                ---
                """);
        assertMessage(r, FILE, 6, "'tags'");
    }

    @Test
    void missingTitleIsReported() {
        Run r = breakWith("""
                ---
                date: 2024-05-17
                ---
                Nội dung.
                """);
        assertMessage(r, FILE, 2, "'title'");
    }

    @Test
    void missingDateOfNewsIsReported() {
        Run r = breakWith("""
                ---
                title: Tin
                ---
                Nội dung.
                """);
        Message m = r.about(FILE);
        assertTrue(m.line() == 1 || m.line() == 2, r::toString);
        assertTrue(m.fix().contains("date: "), r::toString);
    }

    // 3. Dates and events

    @Test
    void dayThatDoesNotExist() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-02-30
                ---
                """);
        assertMessage(r, FILE, 3, "2024-02-30", "29 ngày");
    }

    @Test
    void dayMonthYearIsExplainedWithTheIsoForm() {
        Run r = breakWith("""
                ---
                title: Tin
                summary: Tóm tắt
                date: 8/4/2023
                ---
                """);
        Message m = assertMessage(r, FILE, 4, "8/4/2023");
        assertTrue(m.fix().contains("2023-04-08"), () -> "suggests the ISO form of the same day: " + m);
    }

    @Test
    void dayThatDoesNotExistWrittenDayFirst() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 30/2/2024
                ---
                """);
        assertMessage(r, FILE, 3, "29 ngày");
    }

    @Test
    void monthThatDoesNotExist() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-13-01
                ---
                """);
        assertMessage(r, FILE, 3, "tháng 13");
    }

    @Test
    void eventEndingBeforeItStarts() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Triển lãm
                    start: 2024-05-17
                    end: 2024-05-15
                ---
                """);
        assertMessage(r, FILE, 7, "Triển lãm", "'end'");
    }

    @Test
    void aTimedEventEndingOnItsOwnDayIsFine() {
        TinySite site = new TinySite(dir);
        site.write(FILE, """
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Tọa đàm
                    start: 2024-05-17T14:00
                    end: 2024-05-17
                ---
                """);
        assertEquals(0, site.build().exit());
    }

    @Test
    void aDeadlineHasNoStart() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Nộp hồ sơ
                    kind: deadline
                    start: 2024-05-01
                    end: 2024-05-10
                ---
                """);
        assertMessage(r, FILE, 7, "Nộp hồ sơ", "'start'");
    }

    @Test
    void eventWeekdayThatContradictsItsDate() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Tọa đàm
                    start: 2024-05-17T14:00
                    weekday: Thứ Năm
                ---
                """);
        assertMessage(r, FILE, 7, "17/5/2024", "Thứ Sáu", "Thứ Năm");
    }

    @Test
    void twoEventsOfOnePageWithTheSameId() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Tọa đàm buổi sáng
                    id: toa-dam
                    start: 2024-05-17
                  - title: Tọa đàm buổi chiều
                    id: toa-dam
                    start: 2024-05-17
                ---
                """);
        assertMessage(r, FILE, 9, "toa-dam", "dòng 5");
    }

    @Test
    void unknownEventKindAndPartOfDay() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Tọa đàm
                    start: 2024-05-17
                    kind: hội nghị
                ---
                """);
        assertMessage(r, FILE, 7, "hội nghị", "event, period, deadline, vague");
    }

    @Test
    void eventWithInvalidDate() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Tọa đàm
                    start: 2024-05-32
                ---
                """);
        assertMessage(r, FILE, 6, "'start: 2024-05-32'", "31 ngày");
    }

    @Test
    void eventWithInvalidTime() {
        Run r = breakWith("""
                ---
                title: Tin
                date: 2024-05-10
                events:
                  - title: Tọa đàm
                    start: 2024-05-17T25:00
                ---
                """);
        assertMessage(r, FILE, 6, "'start: 2024-05-17T25:00'", "giờ '25:00'");
    }

    // 8. Encodings

    @Test
    void latin1FileIsReportedAtTheFirstBadLine() {
        byte[] bytes = "---\ntitle: Tin\ndate: 2024-05-17\n---\nHà Nội mùa thu.\n".getBytes(StandardCharsets.ISO_8859_1);
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.writeBytes(FILE, bytes));
        assertMessage(r, FILE, 5, "UTF-8");
    }

    @Test
    void windows1258FileIsReported() {
        byte[] bytes = "---\ntitle: Thông báo\ndate: 2024-05-17\n---\n".getBytes(Charset.forName("windows-1258"));
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.writeBytes(FILE, bytes));
        Message m = assertMessage(r, FILE, 2, "UTF-8");
        assertTrue(m.fix().contains("UTF-8"), m::toString);
    }

    @Test
    void utf16WithByteOrderMarkIsReported() {
        byte[] bytes = "---\ntitle: Tin\ndate: 2024-05-17\n---\n".getBytes(StandardCharsets.UTF_16);
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.writeBytes(FILE, bytes));
        Message m = r.about(FILE);
        assertTrue(m.problem().contains("UTF-16"), r::toString);
        assertTrue(m.fix().contains("UTF-8"), r::toString);
    }

    @Test
    void utf16WithoutByteOrderMarkIsReportedAsUtf16() {
        byte[] bytes = "---\ntitle: Tin\ndate: 2024-05-17\n---\n".getBytes(StandardCharsets.UTF_16LE);
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.writeBytes(FILE, bytes));
        Message m = r.about(FILE);
        assertTrue(m.problem().contains("UTF-16"), r::toString);
    }

    @Test
    void siteYamlInLatin1IsReported() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.writeBytes("content/site.yaml",
                "description: x\ntitle: Cổng Hà Nội\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(1, r.messages().size(), r::toString);
        assertEquals("content/site.yaml", r.messages().get(0).file(), r::toString);
        assertEquals(2, r.messages().get(0).line(), r::toString);
    }

    @Test
    void utf8WithByteOrderMarkAndWindowsLineEndsBuilds() {
        TinySite site = new TinySite(dir);
        byte[] text = "---\r\ntitle: Tin có BOM\r\ndate: 2024-05-17\r\n---\r\nNội dung.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        site.writeBytes(FILE, bytes);
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        assertTrue(site.read("tin-tuc/x/index.html").contains("Tin có BOM"));
    }

    // 9. Empty files

    @Test
    void emptyFile() {
        Run r = breakWith("");
        assertMessage(r, FILE, 1, "rỗng");
    }

    @Test
    void blankFile() {
        Run r = breakWith("\n\n  \n");
        assertMessage(r, FILE, 1, "rỗng");
    }

    @Test
    void onlyAnOpeningLine() {
        Run r = breakWith("---\n");
        Message m = assertMessage(r, FILE, 1, "'---'");
        assertTrue(m.fix().contains("---"), m::toString);
    }

    @Test
    void onlyAnOpeningLineWithoutNewline() {
        Run r = breakWith("---");
        assertMessage(r, FILE, 1, "'---'");
    }

    @Test
    void emptyFrontMatter() {
        Run r = breakWith("---\n---\nNội dung.\n");
        Message m = r.about(FILE);
        assertTrue(m.problem().contains("title"), r::toString);
        assertTrue(m.line() >= 1 && m.line() <= 2, r::toString);
    }

    @Test
    void noFrontMatter() {
        Run r = breakWith("# Tin\n\nNội dung.\n");
        assertMessage(r, FILE, 1, "phần đầu");
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        Run r = breakWith("---\n- một\n- hai\n---\n");
        assertMessage(r, FILE, 2, "khóa: giá trị");
    }

    // site.yaml

    @Test
    void siteYamlErrorsNameTheirLine() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", "title: Cổng\npagination: mười\n"));
        assertMessage(r, "content/site.yaml", 2, "'pagination'");
    }

    @Test
    void siteYamlWithMalformedYaml() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", "title: Cổng\nmenu:\n  - {title: Trang chủ, url: /\n"));
        assertMessage(r, "content/site.yaml", 3, "'{'");
    }
}

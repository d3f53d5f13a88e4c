package vn.loa.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.loa.LoaException;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;
import vn.loa.load.Page;
import vn.loa.load.Section;

/** Loa's own touches on the HTML that commonmark-java makes, one behaviour per test. */
class MarkdownRendererTest {

    static final MarkdownRenderer STRICT = new MarkdownRenderer(false, new RelativeUrls(false));
    static final MarkdownRenderer OPEN = new MarkdownRenderer(true, new RelativeUrls(false));
    static final MarkdownRenderer OFFLINE = new MarkdownRenderer(false, new RelativeUrls(true));

    static final Path FILE = Path.of("content/ke-hoach/ke-hoach-ngay-khcn-2024.md");

    static Page page(String url, String markdown, EventSpec... events) {
        return new Page(FILE, Section.PLANS, "ke-hoach-ngay-khcn-2024", url, "Kế hoạch hưởng ứng Ngày KH&CN 2024",
                LocalDateTime.of(2024, 4, 12, 0, 0), null, List.of(), "ngay-khcn", 2024, false, null, null, null, null,
                List.of(events), List.of(), markdown, 12, Map.of());
    }

    static Page plan(String markdown, EventSpec... events) {
        return page("/ke-hoach/ke-hoach-ngay-khcn-2024/", markdown, events);
    }

    static EventSpec event(String title, String source, int line) {
        return new EventSpec(null, title, EventKind.EVENT, LocalDate.of(2024, 5, 17), null, LocalDate.of(2024, 5, 17),
                null, "chiều", null, null, List.of("Phòng Quản lý Khoa học"), List.of(), source, null, line);
    }

    static Document dom(String html) {
        return HtmlDom.parse(html);
    }

    @Nested
    class HeadingIds {

        @Test
        void aRomanNumeralSectionFoldsToAnAsciiId() {
            String html = STRICT.renderMarkdown("## I. MỤC ĐÍCH, YÊU CẦU\n");
            assertEquals("<h2 id=\"i-muc-dich-yeu-cau\">I. MỤC ĐÍCH, YÊU CẦU</h2>", html.strip());
        }

        @Test
        void đFoldsToDAndMarkupIsLeftOut() {
            Element h = dom(STRICT.renderMarkdown("### 2.1. Đẩy mạnh *đổi mới* `sáng tạo`\n")).selectFirst("h3");
            assertEquals("2-1-day-manh-doi-moi-sang-tao", h.id());
        }

        @Test
        void headingsOfEveryLevelGetIds() {
            Document d = dom(STRICT.renderMarkdown("# Một\n\n#### Bốn\n\n###### Sáu\n"));
            assertEquals(List.of("mot", "bon", "sau"), d.select("h1, h4, h6").eachAttr("id"));
        }

        @Test
        void duplicateHeadingsGetNumberedSuffixes() {
            String md = "## 1. Mục đích\n\n## 1. Mục đích\n\n## 1. Mục đích\n";
            assertEquals(List.of("1-muc-dich", "1-muc-dich-2", "1-muc-dich-3"),
                    dom(STRICT.renderMarkdown(md)).select("h2").eachAttr("id"));
        }

        @Test
        void aSuffixThatIsAlreadyTakenIsSkipped() {
            String md = "## Yêu cầu 2\n\n## Yêu cầu\n\n## Yêu cầu\n";
            List<String> ids = dom(STRICT.renderMarkdown(md)).select("h2").eachAttr("id");
            assertEquals(List.of("yeu-cau-2", "yeu-cau", "yeu-cau-3"), ids);
        }

        @Test
        void aHeadingWithoutLettersOrDigitsIsCalledMuc() {
            assertEquals(List.of("muc", "muc-2"), dom(STRICT.renderMarkdown("## …\n\n## ***\n")).select("h2").eachAttr("id"));
        }

        @Test
        void aLongHeadingIsCutAtAHyphenWithinEightyCharacters() {
            String title = "Tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 18 tháng 5 năm 2024 tại tỉnh";
            String id = dom(STRICT.renderMarkdown("## " + title + "\n")).selectFirst("h2").id();
            assertTrue(id.length() <= 80, id);
            assertTrue("to-chuc-cac-hoat-dong-huong-ung-ngay-khoa-hoc-va-cong-nghe-viet-nam-18-thang-5-nam-2024-tai-tinh"
                    .startsWith(id + "-"), id);
        }
    }

    @Nested
    class TableOfContents {

        @Test
        void listsLevelsTwoAndThreeWithTheirTextAndIds() {
            RenderedPage r = STRICT.render(plan("""
                    ## I. MỤC ĐÍCH, YÊU CẦU

                    ### 1. Mục đích

                    #### a) Chi tiết

                    ### 2. Yêu cầu

                    ## II. NỘI DUNG *trọng tâm*
                    """));
            assertEquals(List.of(
                    new TocEntry(2, "i-muc-dich-yeu-cau", "I. MỤC ĐÍCH, YÊU CẦU"),
                    new TocEntry(3, "1-muc-dich", "1. Mục đích"),
                    new TocEntry(3, "2-yeu-cau", "2. Yêu cầu"),
                    new TocEntry(2, "ii-noi-dung-trong-tam", "II. NỘI DUNG trọng tâm")), r.toc());
        }

        @Test
        void entriesUseTheDeduplicatedIds() {
            RenderedPage r = STRICT.render(plan("## Kinh phí\n\n## Kinh phí\n"));
            assertEquals(List.of("kinh-phi", "kinh-phi-2"), r.toc().stream().map(TocEntry::id).toList());
        }

        @Test
        void headingsInsideFootnotesAreLeftOut() {
            RenderedPage r = STRICT.render(plan("## Căn cứ\n\nTheo Công văn[^1].\n\n[^1]: ## Ghi chú\n"));
            assertEquals(List.of("Căn cứ"), r.toc().stream().map(TocEntry::text).toList());
        }

        @Test
        void aPageWithoutHeadingsHasNone() {
            assertEquals(List.of(), STRICT.render(plan("Chỉ một đoạn văn.\n")).toc());
        }
    }

    @Nested
    class RawHtml {

        @Test
        void anInlineScriptIsRemovedAndTheTextAroundItStays() {
            String html = STRICT.renderMarkdown("Xin chào <script>alert('x')</script>bà con.\n");
            assertEquals("<p>Xin chào bà con.</p>", html.strip());
        }

        @Test
        void aScriptBlockIsRemovedAndTheParagraphsStay() {
            String html = STRICT.renderMarkdown("Trước.\n\n<script>\nalert(2)\n</script>\n\nSau.\n");
            Document d = dom(html);
            assertTrue(d.select("script").isEmpty(), html);
            assertFalse(html.contains("alert"), html);
            assertEquals(List.of("Trước.", "Sau."), d.select("p").eachText());
        }

        @Test
        void eventHandlersStylesAndUnknownTagsGoTheirTextStays() {
            String html = STRICT.renderMarkdown(
                    "<span style=\"color:red\" onclick=\"x()\">đỏ</span> <b>đậm</b> <marquee>chạy</marquee> <img src=\"a.png\" onerror=\"x()\">\n");
            assertEquals("<p><span>đỏ</span> <b>đậm</b> chạy <img src=\"a.png\"></p>", html.strip());
        }

        @Test
        void commentsAreRemoved() {
            assertEquals("<p>Một  hai</p>", STRICT.renderMarkdown("Một <!-- ghi chú nội bộ --> hai\n").strip());
        }

        @Test
        void allowHtmlKeepsRawHtmlAsWritten() {
            String md = "<div class=\"canh-bao\" style=\"color:red\">\n<p>Chú ý</p>\n</div>\n\nXem <abbr title=\"Khoa học và Công nghệ\">KH&amp;CN</abbr><script>dem()</script>.\n";
            String html = OPEN.renderMarkdown(md);
            assertTrue(html.contains("<div class=\"canh-bao\" style=\"color:red\">"), html);
            assertTrue(html.contains("<script>dem()</script>"), html);
            assertTrue(html.contains("<abbr title=\"Khoa học và Công nghệ\">"), html);
        }

        @Test
        void withoutRawHtmlTheCleanerDoesNotRun() {
            // Markdown alone is already safe; the output is commonmark's, byte for byte.
            assertEquals("<p><em>Nhấn mạnh</em> &amp; &lt;b&gt;</p>\n", STRICT.renderMarkdown("*Nhấn mạnh* & \\<b>\n"));
        }

        /** A single {@code <br>} must not change the HTML that the rest of the page gets from Markdown. */
        @Test
        void oneRawTagDoesNotChangeWhatMarkdownMadeOfTheRestOfThePage() {
            String md = """
                    ## I. CĂN CỨ

                    Theo Công văn số 1217/BKHCN-UDCN[^1] và [kế hoạch năm trước](/ke-hoach/ke-hoach-ngay-khcn-2023/ "Năm 2023").

                    - [x] Ban hành kế hoạch
                    - [ ] Báo cáo kết quả

                    | Stt | Nội dung | Thời gian |
                    |:---:|----------|----------:|
                    | 1 | ~~Hội thảo~~ Tọa đàm | 17/5/2024 |

                    3. Mục thứ ba

                    ```yaml
                    title: x
                    ```

                    ![Áp phích](/anh/ap-phich.png "Áp phích 2024")

                    [^1]: Ngày 12/4/2024 của Bộ Khoa học và Công nghệ.
                    """;
            String without = STRICT.render(plan(md)).html();
            String with = STRICT.render(plan(md + "\nDòng một<br>dòng hai.\n")).html();
            Document d = dom(with);
            Element added = d.selectFirst("p:has(br)");
            added.nextSibling().remove(); // its line break
            added.remove();
            assertEquals(HtmlDom.canonical(without), HtmlDom.canonical(d));
        }
    }

    @Nested
    class Urls {

        @Test
        void aJavascriptLinkIsNeutralised() {
            Document d = dom(STRICT.renderMarkdown("[bấm vào đây](javascript:alert(1)) và [đây](JaVaScRiPt:alert(2)) và <javascript:alert(3)>\n"));
            assertEquals(List.of("", "", ""), d.select("a").eachAttr("href"));
            assertEquals("bấm vào đây và đây và javascript:alert(3)", d.text());
        }

        @Test
        void otherActiveSchemesToo() {
            Document d = dom(STRICT.renderMarkdown("[a](vbscript:x) [b](file:///etc/passwd) ![c](javascript:x)\n"));
            assertEquals(List.of("", ""), d.select("a").eachAttr("href"));
            assertEquals("", d.selectFirst("img").attr("src"));
        }

        @Test
        void aJavascriptLinkInRawHtmlLosesItsHref() {
            Document d = dom(STRICT.renderMarkdown("<a href=\"javascript:alert(1)\">bấm</a>\n"));
            assertFalse(d.selectFirst("a").hasAttr("href"));
            assertEquals("bấm", d.text());
        }

        @Test
        void webAndMailLinksStayAndGetNoNofollow() {
            String html = STRICT.renderMarkdown("[Bộ KH&CN](https://www.most.gov.vn/) <vanthu@skhcn.gov.vn>\n");
            assertEquals("<p><a href=\"https://www.most.gov.vn/\">Bộ KH&amp;CN</a> "
                    + "<a href=\"mailto:vanthu@skhcn.gov.vn\">vanthu@skhcn.gov.vn</a></p>", html.strip());
        }

        @Test
        void siteAbsoluteLinksBecomeRelativeToThePage() {
            RenderedPage r = STRICT.render(page("/tin-tuc/toa-dam-2024/", """
                    [Tin khác](/tin-tuc/x/), [kế hoạch](/ke-hoach/ke-hoach-ngay-khcn-2024/#ii-noi-dung), \
                    [trang chủ](/), [tìm](/tim-kiem/?q=doi+moi), ![logo](/anh/logo.png), \
                    [mục](#muc), [ngoài](https://dost.daknong.gov.vn/), [tệp](ke-hoach.pdf)
                    """));
            assertEquals(List.of("../x/", "../../ke-hoach/ke-hoach-ngay-khcn-2024/#ii-noi-dung", "../../",
                            "../../tim-kiem/?q=doi+moi", "#muc", "https://dost.daknong.gov.vn/", "ke-hoach.pdf"),
                    dom(r.html()).select("a").eachAttr("href"));
            assertEquals("../../anh/logo.png", dom(r.html()).selectFirst("img").attr("src"));
        }

        @Test
        void fromAStandalonePageAtTheRoot() {
            RenderedPage r = STRICT.render(page("/gioi-thieu/", "[Liên hệ](/lien-he/) [Trang chủ](/)\n"));
            assertEquals(List.of("../lien-he/", "../"), dom(r.html()).select("a").eachAttr("href"));
        }

        @Test
        void theLinksAreRecordedAsWritten() {
            RenderedPage r = STRICT.render(page("/tin-tuc/a/", "[x](/tin-tuc/x/) ![y](anh.png) [z](https://vn.vn/)\n"));
            assertEquals(List.of("/tin-tuc/x/", "anh.png", "https://vn.vn/"), r.links());
        }

        @Test
        void offlineModeNamesIndexHtml() {
            RenderedPage r = OFFLINE.render(page("/tin-tuc/toa-dam-2024/",
                    "[Tin khác](/tin-tuc/x/) [chủ](/) [mục](/ke-hoach/#nam-2024) [cùng thư mục](../) [tệp](/tai-lieu/kh.pdf) [ngoài](https://a.vn/)\n"));
            assertEquals(List.of("../x/index.html", "../../index.html", "../../ke-hoach/index.html#nam-2024",
                            "../index.html", "../../tai-lieu/kh.pdf", "https://a.vn/"),
                    dom(r.html()).select("a").eachAttr("href"));
        }

        @Test
        void urlsArePercentEncoded() {
            Document d = dom(STRICT.renderMarkdown("[Tải về](<Kế hoạch 45.pdf>) [có sẵn](a%20b.pdf)\n"));
            assertEquals(List.of("K%E1%BA%BF%20ho%E1%BA%A1ch%2045.pdf", "a%20b.pdf"), d.select("a").eachAttr("href"));
        }
    }

    @Nested
    class EventAnchors {

        @Test
        void aQuoteInAParagraphAnchorsTheParagraph() {
            RenderedPage r = STRICT.render(plan("""
                    ## III. TỔ CHỨC THỰC HIỆN

                    Tổ chức Tọa đàm vào Chiều ngày 17/5/2024 (Thứ 6)
                    tại Hội trường tầng 2, Tòa nhà B.

                    Các đơn vị báo cáo kết quả.
                    """, event("Tọa đàm kỷ niệm Ngày KH&CN", "Chiều ngày 17/5/2024 (Thứ 6) tại Hội trường", 20)));
            assertEquals("su-kien-toa-dam-ky-niem-ngay-kh-cn", r.anchorOf("toa-dam-ky-niem-ngay-kh-cn"));
            Element p = dom(r.html()).getElementById("su-kien-toa-dam-ky-niem-ngay-kh-cn");
            assertEquals("p", p.tagName());
            assertTrue(p.text().startsWith("Tổ chức Tọa đàm"), p.text());
        }

        @Test
        void aQuoteInAListItemAnchorsTheItemNotItsParagraph() {
            RenderedPage r = STRICT.render(plan("""
                    - Treo băng rôn, khẩu hiệu từ ngày 15/5/2024;

                    - Hội thi sáng tạo kỹ thuật, hoàn thành trước ngày 10/5/2024.
                    """, event("Hội thi sáng tạo", "hoàn thành trước ngày 10/5/2024", 21)));
            Element anchored = dom(r.html()).getElementById(r.anchorOf("hoi-thi-sang-tao"));
            assertEquals("li", anchored.tagName());
            assertTrue(anchored.text().startsWith("Hội thi"), anchored.text());
        }

        @Test
        void aQuoteInATableAnchorsTheRow() {
            RenderedPage r = STRICT.render(plan("""
                    | Stt | Nội dung | Thời gian | Đơn vị chủ trì |
                    |---|---|---|---|
                    | 1 | Tọa đàm | 17/5/2024 | Phòng Quản lý Khoa học |
                    | 2 | Triển lãm | 18/5/2024 | Trung tâm Ứng dụng |
                    """, event("Triển lãm", "Triển lãm 18/5/2024", 22)));
            Element row = dom(r.html()).getElementById("su-kien-trien-lam");
            assertEquals("tr", row.tagName());
            assertEquals("2 Triển lãm 18/5/2024 Trung tâm Ứng dụng", row.text());
        }

        @Test
        void aQuoteInAHeadingUsesTheHeadingsId() {
            RenderedPage r = STRICT.render(plan("### 3. Tọa đàm chiều ngày 17/5/2024\n\nNội dung tọa đàm.\n",
                    event("Tọa đàm", "Tọa đàm chiều ngày 17/5/2024", 23)));
            assertEquals("3-toa-dam-chieu-ngay-17-5-2024", r.anchorOf("toa-dam"));
        }

        @Test
        void theSmallestBlockWins() {
            RenderedPage r = STRICT.render(plan("""
                    - Hội thảo ngày 16/5/2024 và Tọa đàm ngày 17/5/2024, cùng các hoạt động khác trong tuần.
                      - Tọa đàm ngày 17/5/2024
                    """, event("Tọa đàm", "Tọa đàm ngày 17/5/2024", 24)));
            assertEquals("Tọa đàm ngày 17/5/2024", dom(r.html()).getElementById("su-kien-toa-dam").text());
        }

        @Test
        void twoEventsInOneBlockShareItsAnchor() {
            RenderedPage r = STRICT.render(plan("Hội thảo ngày 16/5/2024 và Tọa đàm ngày 17/5/2024.\n",
                    event("Hội thảo", "Hội thảo ngày 16/5/2024", 25), event("Tọa đàm", "Tọa đàm ngày 17/5/2024", 30)));
            assertEquals("su-kien-hoi-thao", r.anchorOf("hoi-thao"));
            assertEquals("su-kien-hoi-thao", r.anchorOf("toa-dam"));
        }

        @Test
        void anAnchorIdNeverRepeatsAHeadingId() {
            RenderedPage r = STRICT.render(plan("## Sự kiện Tọa đàm\n\nTọa đàm ngày 17/5/2024.\n",
                    event("Tọa đàm", "Tọa đàm ngày 17/5/2024", 26)));
            Document d = dom(r.html());
            assertEquals("su-kien-toa-dam", d.selectFirst("h2").id());
            assertEquals("su-kien-toa-dam-2", r.anchorOf("toa-dam"));
            assertEquals("p", d.getElementById("su-kien-toa-dam-2").tagName());
        }

        @Test
        void anEventWithoutSourceHasNoAnchor() {
            RenderedPage r = STRICT.render(plan("Nội dung.\n", event("Tọa đàm", null, 27)));
            assertEquals(Map.of(), r.eventAnchors());
        }

        @Test
        void aSourceThatIsNotInTheBodyIsAnErrorNamingTheEventLine() {
            LoaException e = assertThrows(LoaException.class, () -> STRICT.render(plan(
                    "Tọa đàm vào chiều ngày 17/5/2024.\n", event("Tọa đàm", "sáng ngày 17/5/2024", 28))));
            assertAll(
                    () -> assertEquals(FILE, e.file()),
                    () -> assertEquals(28, e.line()),
                    () -> assertTrue(e.getMessage().startsWith("content/ke-hoach/ke-hoach-ngay-khcn-2024.md:28: lỗi: "),
                            e.getMessage()),
                    () -> assertTrue(e.problem().contains("Tọa đàm") && e.problem().contains("sáng ngày 17/5/2024"),
                            e.problem()),
                    () -> assertFalse(e.fix().isBlank()));
        }
    }

    @Nested
    class PlainText {

        @Test
        void isTheTextWithoutMarkupOneBlockPerLine() {
            RenderedPage r = STRICT.render(plan("""
                    ## I. MỤC ĐÍCH

                    Hưởng ứng **Ngày Khoa học và Công nghệ** Việt Nam,
                    xem [kế hoạch](/ke-hoach/), <b>văn bản</b> và `mã`.

                    <div class="ghi-chu">Khối HTML không vào văn bản.</div>

                    | Stt | Nội dung |
                    |---|---|
                    | 1 | Tọa đàm |
                    """));
            assertEquals("I. MỤC ĐÍCH\nHưởng ứng Ngày Khoa học và Công nghệ Việt Nam, xem kế hoạch, văn bản và mã.\n"
                    + "Stt Nội dung 1 Tọa đàm", r.text());
        }

        @Test
        void aShortSummaryIsTheWholeTextOnOneLine() {
            RenderedPage r = STRICT.render(plan("## Mục đích\n\nHưởng ứng Ngày Sáng tạo.\n"));
            assertEquals("Mục đích Hưởng ứng Ngày Sáng tạo.", r.summary());
        }

        @Test
        void aLongSummaryIsCutAtASpaceWithinTwoHundredTwentyCharacters() {
            String sentence = "Phổ biến sâu rộng về nội hàm, vai trò, vị trí của đổi mới sáng tạo trong phát triển kinh tế - xã hội. ";
            RenderedPage r = STRICT.render(plan(sentence.repeat(5)));
            String summary = r.summary();
            assertTrue(summary.endsWith("…"), summary);
            String cut = summary.substring(0, summary.length() - 1);
            assertTrue(cut.length() <= 220, String.valueOf(cut.length()));
            assertTrue(r.text().startsWith(cut + " "), summary);
        }
    }

    @Test
    void theRendererIsSafeToShareAcrossThreads() throws Exception {
        List<String> titles = List.of("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám");
        Set<String> wrong = java.util.Collections.synchronizedSet(new HashSet<>());
        List<Thread> threads = new java.util.ArrayList<>();
        for (String t : titles) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    String html = STRICT.renderMarkdown("## " + t + "\n\nĐoạn " + t + ".\n");
                    String id = vn.loa.text.Vietnamese.slugify(t);
                    if (!html.contains("<h2 id=\"" + id + "\">" + t + "</h2>")) {
                        wrong.add(html);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(Set.of(), wrong);
    }
}

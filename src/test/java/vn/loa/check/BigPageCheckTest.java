package vn.loa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loa check} on a 44 MB page ran past 400 s where the build took 9 s. Two of its checks cost the square of the
 * page: a link in raw HTML was looked up again in the text of its HTML block from the start, and so was each line
 * break before it; and each broken link listed, sorted and compared every page of the site anew for a suggestion.
 * Now jsoup says where each link stands as it parses, and the page URLs are listed once, each broken path looked up
 * once, among the URLs of about its length only; the dates a page states are compared with its events once per distinct
 * date.
 *
 * <p>Measured on a shared two-core machine, CPU time of a whole {@code loa check} run (JVM start included), before and
 * after, with {@code loa build} of the same site for scale:
 * <table>
 * <caption>CPU seconds</caption>
 * <tr><th>site</th><th>check before</th><th>check after</th><th>build</th></tr>
 * <tr><td>one HTML table of 8,000 / 16,000 / 32,000 links (0.6 / 1.2 / 2.4 MB)</td><td>7.7 / 13.7 / 39.3</td>
 *     <td>4.4 / 6.2 / 8.8</td><td>3.9 / 4.5 / 4.3</td></tr>
 * <tr><td>8,000 / 16,000 broken links among 1,000 pages</td><td>31.7 / 56.8</td><td>5.2 / 5.9</td><td>5.7 / 5.4</td></tr>
 * <tr><td>a plan of 1.4 / 2.7 / 5.4 MB: dates, links, lists, tables of links</td><td>10.5 / 14.2 / 21.9</td>
 *     <td>8.4 / 10.8 / 15.2</td><td>6.0 / 7.3 / 10.2</td></tr>
 * </table>
 * The check now grows with the page as the build does. This test is not timed: it shows that a 5 MB page finishes,
 * with a limit far above what it takes, and that the lines reported in a large HTML block are right.
 */
class BigPageCheckTest {

    @TempDir
    Path dir;

    /** About {@code bytes} of a plan: sections with dates and links, and HTML tables of links, some broken. */
    static String bigPlan(int bytes) {
        StringBuilder sb = new StringBuilder("title: Kế hoạch rất dài\ndate: 2024-04-20\ncampaign: ngay-khcn\nevents:\n");
        for (int e = 0; e < 40; e++) {
            sb.append("  - title: Hoạt động ").append(e).append("\n    start: 2024-05-").append(15 + e % 7).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < bytes; i++) {
            body.append("## Mục ").append(i).append("\n\nSáng ngày ").append(15 + i % 7)
                    .append("/5/2024, Sở tổ chức **hội thảo** về [đổi mới](/tin-tuc/tin-0/) và [tài liệu](https://example.gov.vn/tl-")
                    .append(i).append(".pdf); từ ngày 15/5 đến ngày 21/5/2024, hoàn thành trước ngày 10/5/2024.\n\n")
                    .append("- Chiều ngày 17/5/2024: tọa đàm *doanh nghiệp* ").append(i).append("\n- 8h00 ngày 18/5/2024: lễ kỷ niệm\n\n");
            if (i % 200 == 0) {
                body.append("<table>\n");
                for (int r = 0; r < 2000; r++) {
                    body.append("<tr><td><a href=\"/tin-tuc/tin-").append(r % 60).append("/#d").append(r).append("\">Tin ")
                            .append(r).append("</a></td></tr>\n");
                }
                body.append("<tr><td><a href=\"/tin-tuc/mat-").append(i).append("/\">mất</a></td></tr>\n</table>\n\n");
            }
        }
        return "---\n" + sb + "---\n" + body;
    }

    @Test
    void aFiveMegabytePageIsCheckedInTimeWithItsLinesRight() {
        TinySite site = new TinySite(dir);
        for (int p = 0; p < 60; p++) {
            site.page("tin-tuc/tin-" + p + ".md", "title: Tin " + p + "\ndate: 2024-05-17\n", "Nội dung " + p + ".\n");
        }
        String plan = bigPlan(5_000_000);
        assertTrue(plan.length() > 5_000_000);
        site.file("ke-hoach/lon.md", plan);

        CheckReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.check());

        List<Finding> broken = r.findings().stream().filter(f -> f.message().contains("/tin-tuc/mat-")).toList();
        List<String> lines = plan.lines().toList();
        assertTrue(broken.size() > 10, () -> broken.size() + " broken links");
        for (Finding f : broken) {
            String path = f.message().substring(f.message().indexOf("/tin-tuc/mat-"));
            String written = lines.get(f.line() - 1);
            assertTrue(written.contains(path.substring(0, path.indexOf('/', "/tin-tuc/".length()) + 1)),
                    () -> "reported at its own line: " + f + "\n  line: " + written);
        }
        assertEquals(broken.size(), r.errors(), () -> r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .limit(5).map(Finding::format).toList().toString());
    }
}

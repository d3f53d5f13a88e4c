package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.bench.CorpusGenerator;

/**
 * Two clean builds of the same content are byte for byte the same, in two JVMs (whose hash seeds,
 * thread timings and so whose orders of {@code Map.of}, {@code Set.of} and parallel work differ),
 * on a generated portal of about 300 pages where every list has ties to break: posts with the same
 * title and date, events with the same title at the same time, in one campaign week and outside
 * any, tags and units spelled two ways as often.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void cleanBuildsInOtherJvmsAreByteIdenticalAlsoWhenNoBodyIsKept() throws Exception {
        Path root = dir.resolve("cong");
        CorpusGenerator.generate(root, 280);
        SiteFiles site = new SiteFiles(root);
        writeTies(site);

        List<Process> builds = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path out = dir.resolve("site-" + i);
            outputs.add(out);
            // The third keeps no page's body (as for a site too big for the heap): it reads each again when it shows it.
            builds.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "-Xmx1g",
                    "-Dloa.cache=" + dir.resolve("cache"), // not the user's cache folder
                    "-Dloa.bodyBudget=" + (i == 3 ? 0 : Long.MAX_VALUE), BuildInOtherJvm.class.getName(), root.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("jvm-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < builds.size(); i++) {
            Process p = builds.get(i);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build in another JVM ends");
            int exit = p.exitValue();
            assertEquals(0, exit, () -> "the build in another JVM failed:\n" + read(dir.resolve("jvm-" + (builds.indexOf(p) + 1) + ".log")));
        }
        Map<String, String> first = SiteFiles.tree(outputs.get(0));
        assertTrue(first.size() > 500, () -> "a portal of " + first.size() + " files");
        for (String tie : List.of("tin-tuc/cung-ten-1/index.html", "tin-tuc/cung-ten-6/index.html",
                "chien-dich/ngay-khcn/2024/su-kien/toa-dam-1/index.html", "chien-dich/ngay-khcn/2024/su-kien/toa-dam-4/index.html")) {
            assertTrue(first.containsKey(tie), () -> tie + " is built");
        }
        SiteFiles.assertSameTree(first, SiteFiles.tree(outputs.get(1)), "two builds in two JVMs");
        SiteFiles.assertSameTree(first, SiteFiles.tree(outputs.get(2)), "a build that keeps no body");
    }

    /** Pages whose order every list must settle by something other than their title and date. */
    static void writeTies(SiteFiles site) {
        for (int i = 1; i <= 6; i++) {
            site.write("content/tin-tuc/cung-ten-" + i + ".md", """
                    ---
                    title: Hội nghị tổng kết công tác khoa học và công nghệ
                    date: 2024-05-17
                    summary: Hội nghị tổng kết năm.
                    tags: [%s, hội nghị]
                    campaign: ngay-khcn
                    ---

                    Bản tin số %d về cùng một hội nghị.
                    """.formatted(i % 2 == 0 ? "Đào tạo" : "đào tạo", i));
        }
        for (int i = 1; i <= 4; i++) {
            site.write("content/ke-hoach/ke-hoach-cung-ngay-" + i + "/index.md", """
                    ---
                    title: Tổ chức hưởng ứng Ngày Khoa học và Công nghệ Việt Nam
                    date: 2024-04-22
                    campaign: ngay-khcn
                    year: 2024
                    issuer: [UBND TỈNH THỬ NGHIỆM, SỞ KHOA HỌC VÀ CÔNG NGHỆ]
                    events:
                      - title: Tọa đàm khoa học và công nghệ
                        id: toa-dam-%d
                        start: 2024-05-17T14:00
                        location: Hội trường Sở
                        lead: [%s]
                      - title: Triển lãm sản phẩm
                        id: trien-lam-%d
                        start: 2024-05-15
                        end: 2024-05-19
                        lead: [Trung tâm Thông tin]
                      - title: Nộp báo cáo
                        id: nop-bao-cao-%d
                        end: 2024-05-25
                    ---

                    Kế hoạch số %d, cùng tên, cùng ngày với ba kế hoạch khác.
                    """.formatted(i, i % 2 == 0 ? "Phòng Quản lý khoa học" : "Phòng Quản lý Khoa học", i, i, i));
            site.write("content/ke-hoach/ke-hoach-cung-ngay-" + i + "/ke-hoach.pdf", "%PDF-1.4 kế hoạch " + i + "\n");
        }
        for (int i = 1; i <= 3; i++) {
            site.write("content/tin-tuc/ngoai-chien-dich-" + i + ".md", """
                    ---
                    title: Lớp tập huấn sở hữu trí tuệ
                    date: 2023-09-05T08:00
                    tags: [sở hữu trí tuệ]
                    events:
                      - title: Lớp tập huấn sở hữu trí tuệ
                        start: 2023-09-05T08:00
                        lead: [Phòng Quản lý Công nghệ và Sở hữu trí tuệ]
                    ---

                    Lớp tập huấn thứ %d.
                    """.formatted(i));
            site.write("content/trang/trang-cung-ten-" + i + ".md", "---\ntitle: Thông tin liên hệ\n---\n\nTrang " + i + ".\n");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}

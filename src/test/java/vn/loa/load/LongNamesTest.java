package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;
import vn.loa.text.Vietnamese;

/**
 * A 300-character slug or a thirty-word tag made the build fail with "File name too long". A name Loa folds itself
 * (from a file name, a tag, a unit, an event title) is shortened with a hash; a name the editor writes ({@code slug:},
 * an event's {@code id:}, a campaign's id) that is too long is a content error at its line.
 */
class LongNamesTest {

    static final String FILE = "content/tin-tuc/x.md";

    @TempDir
    Path dir;

    /** Every file and folder name of the output, in bytes, is within the limit of a file system. */
    private static void namesFit(TinySite site) {
        for (String path : TinySite.tree(site.output).keySet()) {
            for (String name : path.split("/")) {
                assertTrue(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= Vietnamese.MAX_SLUG + 20, path);
            }
        }
    }

    @Test
    void aLongFileNameAThirtyWordTagALongUnitAndEventTitleBuild() {
        String tag = String.join(" ", Collections.nCopies(30, "Đổi mới"));
        String unit = String.join(" ", Collections.nCopies(25, "Trung tâm Nghiên cứu"));
        String event = String.join(" ", Collections.nCopies(20, "Tọa đàm khoa học"));
        String name = "ban-tin-" + "rat-dai-".repeat(28) + "het";
        TinySite site = new TinySite(dir).write("content/tin-tuc/" + name + ".md", "---\ntitle: Tin dài\ndate: 2024-05-17\n"
                + "campaign: ngay-khcn\ntags: [\"" + tag + "\"]\nevents:\n  - title: " + event + "\n    start: 2024-05-17\n"
                + "    lead: [\"" + unit + "\"]\n---\nNội dung.\n");
        assertTrue(name.length() > 230, "a file name near the limit of 255 bytes");
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        namesFit(site);
        String slug = Vietnamese.slugify(name);
        assertTrue(Files.isRegularFile(site.output.resolve("tin-tuc/" + slug + "/index.html")), slug);
        assertTrue(Files.isRegularFile(site.output.resolve("the/" + Vietnamese.slugify(tag) + "/index.html")),
                () -> String.join("\n", TinySite.tree(site.output.resolve("the")).keySet()));
        assertTrue(TinySite.tree(site.output.resolve("don-vi")).keySet().stream().anyMatch(p -> p.endsWith("/index.html")
                && p.startsWith("trung-tam-nghien-cuu-") && p.length() < 120),
                () -> String.join("\n", TinySite.tree(site.output.resolve("don-vi")).keySet()));
        Run check = TinySite.run("check", "--source", site.source.toString());
        assertEquals(0, check.exit(), check::toString);
    }

    @Test
    void aLongExplicitSlugIsAnError() {
        String slug = "slug-" + "rat-dai-".repeat(37);
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\nslug: " + slug + "\n---\nNội dung.\n");
        BuildAndCheck.of(site).reports(FILE, 4, "slug dài 300 ký tự", "quá 100 ký tự", "slug: ");
    }

    @Test
    void aLongExplicitSlugWrittenInWordsIsAnErrorToo() {
        String slug = String.join(" ", Collections.nCopies(30, "Khoa học"));
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\nslug: " + slug + "\n---\nNội dung.\n");
        BuildAndCheck.of(site).reports(FILE, 4, "quá 100 ký tự");
    }

    @Test
    void aLongEventIdIsAnError() {
        String id = "toa-dam-" + "khoa-hoc-".repeat(15) + "2024";
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\nevents:\n  - title: Tọa đàm\n"
                + "    id: " + id + "\n    start: 2024-05-17\n---\nNội dung.\n");
        BuildAndCheck.of(site).reports(FILE, 6, "mã sự kiện dài " + id.length() + " ký tự");
    }

    @Test
    void aLongCampaignIdIsAnError() {
        String id = "chien-dich-" + "rat-dai-".repeat(14) + "het";
        TinySite site = new TinySite(dir).write("content/site.yaml", TinySite.SITE_YAML + "campaigns:\n  " + id
                + ":\n    name: Chiến dịch\n    day: 1/6\n    week: {start: 1/6, end: 7/6}\n");
        BuildAndCheck.of(site).reports("content/site.yaml", 3, "mã chiến dịch dài");
    }

    @Test
    void twoLongFileNamesThatBeginAlikeGetTwoAddresses() {
        String stem = "thong-bao-" + "ket-qua-".repeat(14);
        TinySite site = new TinySite(dir)
                .write("content/tin-tuc/" + stem + "dot-mot.md", "---\ntitle: Một\ndate: 2024-05-17\n---\nMột.\n")
                .write("content/tin-tuc/" + stem + "dot-hai.md", "---\ntitle: Hai\ndate: 2024-05-18\n---\nHai.\n");
        assertEquals(0, site.build().exit());
        Set<String> pages = TinySite.tree(site.output.resolve("tin-tuc")).keySet();
        assertEquals(2, pages.stream().filter(p -> p.startsWith("thong-bao-") && p.endsWith("/index.html")).count(), pages::toString);
    }
}

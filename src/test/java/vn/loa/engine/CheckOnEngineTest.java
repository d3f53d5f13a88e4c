package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.check.CheckReport;
import vn.loa.check.Finding;

/**
 * {@code loa check} runs on the engine {@code build} and {@code serve} use: it loads the content through the page
 * memo and the build cache, so that a check after a build reads and renders no page again, a build after a check
 * reads none again, and what it finds is what a check without the cache finds. It writes nothing but the cache.
 */
class CheckOnEngineTest {

    static final String POST = "content/tin-tuc/kiem-tra-tren-bo-may.md";

    @TempDir
    Path dir;

    SiteFiles site;

    @BeforeEach
    void portalWithProblemsABuildDoesNotSee() {
        site = SiteFiles.sample(dir);
        // A misspelt key, a weekday that contradicts its date, a broken link: the build makes the site all the same.
        site.write(POST, """
                ---
                title: Kiểm tra trên bộ máy
                date: 2024-05-10
                sumary: Tóm tắt viết sai tên khóa
                ---
                Ngày 18/5/2024 (Thứ Hai) Sở họp.

                Xem [lịch](/khong-co/).
                """);
    }

    CheckRun check() {
        CheckRun run = CheckRun.withCache(site.root, SiteFiles.TODAY);
        run.run(false);
        return run;
    }

    static List<String> lines(CheckReport r) {
        return r.findings().stream().map(Finding::format).toList();
    }

    CheckReport withoutCache() {
        return CheckRun.withoutCache(site.root, SiteFiles.TODAY).run(false);
    }

    @Test
    void aCheckAfterABuildReadsAndRendersNoPageAgainAndFindsWhatACheckWithoutTheCacheFinds() {
        site.build();
        CheckRun run = CheckRun.withCache(site.root, SiteFiles.TODAY);
        CheckReport r = run.run(false);
        assertEquals(0, run.pagesRead(), "every page comes from the build's cache");
        assertEquals(0, run.pagesRendered(), "and so does every page rendered");
        List<String> found = lines(r);
        assertEquals(3, found.stream().filter(l -> l.startsWith(POST + ":")).count(), found::toString);
        assertEquals(found, lines(withoutCache()));
        assertEquals(r.summary(), withoutCache().summary());
    }

    @Test
    void aCheckWithoutTheCacheReadsAndRendersEveryPage() {
        site.build();
        CheckRun run = CheckRun.withoutCache(site.root, SiteFiles.TODAY);
        CheckReport r = run.run(false);
        assertEquals(r.files() + r.draftsSkipped(), run.pagesRead(), "drafts are read too");
        assertEquals(r.files(), run.pagesRendered());
    }

    @Test
    void aCheckAfterAnEditReadsAndRendersThatPageAlone() {
        site.build();
        check();
        site.replace(POST, "Xem [lịch](/khong-co/).", "Xem [lịch](/khong-co/) và [trang](/cung-khong-co/).");
        CheckRun run = CheckRun.withCache(site.root, SiteFiles.TODAY);
        CheckReport r = run.run(false);
        assertEquals(1, run.pagesRead());
        assertEquals(1, run.pagesRendered());
        assertEquals(4, lines(r).stream().filter(l -> l.startsWith(POST + ":")).count(), () -> lines(r).toString());
        assertEquals(lines(r), lines(withoutCache()));
    }

    @Test
    void aBuildAfterACheckReadsNoPageAgainAndMakesWhatACleanBuildMakes() {
        CheckRun first = check();
        assertTrue(first.pagesRead() > 30, "the first check reads every page");
        BuildResult b = site.build();
        assertEquals(0, b.pagesRead(), "the check left every page in the cache");
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "a build after a check");
        CheckRun again = check();
        assertEquals(0, again.pagesRead());
        assertEquals(0, again.pagesRendered(), "the build kept the pages it rendered");
    }

    @Test
    void aCheckWritesNothingInTheSiteNorItsOutput() {
        Map<String, String> before = stamped(site.root);
        check();
        assertFalse(Files.exists(site.output), "no output is made");
        assertEquals(before, stamped(site.root));

        site.build();
        Map<String, String> built = stamped(site.root);
        check();
        assertEquals(built, stamped(site.root), "the output is as the build left it, to the time of change");
    }

    /** Every file and folder under a folder, with its size and time of change. */
    static Map<String, String> stamped(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder " + Files.getLastModifiedTime(p)
                        : Files.size(p) + " " + Files.getLastModifiedTime(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

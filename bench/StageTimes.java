import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.index.Site;
import vn.loa.index.SiteIndexer;
import vn.loa.load.Content;
import vn.loa.load.ContentLoader;
import vn.loa.load.SiteConfig;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;
import vn.loa.theme.Output;
import vn.loa.theme.PageKeys;
import vn.loa.theme.SiteRenderer;
import vn.loa.theme.Theme;

/**
 * The processor and wall time of the index stage ({@code SiteIndexer.index}) and the plan of outputs
 * ({@code SiteRenderer.plan}, without the outputs of photos) of a site, five times in one process after
 * loading and rendering it (the first call is the one a new process pays; the title collation keys, which
 * the engine keeps in its cache, are made in it).
 * Run: {@code java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xms1g -Xmx1g -cp target/loa.jar bench/StageTimes.java <site>}.
 * Not part of the build: a measuring tool, like {@code ./loa bench}.
 */
public class StageTimes {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]).toAbsolutePath();
        Content c = new ContentLoader(root, false).loadAll().content();
        SiteConfig config = c.config();
        MarkdownRenderer md = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(false));
        List<RenderedPage> rendered = vn.loa.Parallel.map(c.pages(), md::render);
        Map<Path, long[]> keys = new HashMap<>();
        for (RenderedPage r : rendered) keys.put(r.page().file(), new long[] {PageKeys.summaryOf(r), PageKeys.bodyOf(r)});
        PageKeys pk = new PageKeys() {
            public long summary(RenderedPage p) { return keys.get(p.page().file())[0]; }
            public long body(RenderedPage p) { return keys.get(p.page().file())[1]; }
        };
        SiteRenderer sr = new SiteRenderer(Theme.resolve(root, config.theme()), config, false, false);
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        LocalDate today = LocalDate.of(2026, 12, 5);
        for (int i = 0; i < 5; i++) {
            System.gc();
            long c0 = tb.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            Site site = SiteIndexer.index(config, rendered, today);
            long c1 = tb.getCurrentThreadCpuTime(), w1 = System.nanoTime();
            List<Output> outs = sr.plan(site, pk, "v");
            long c2 = tb.getCurrentThreadCpuTime(), w2 = System.nanoTime();
            System.out.printf("run %d: index cpu %d ms wall %d ms · plan cpu %d ms wall %d ms · %d outputs%n", i + 1,
                    (c1 - c0) / 1_000_000, (w1 - w0) / 1_000_000, (c2 - c1) / 1_000_000, (w2 - w1) / 1_000_000, outs.size());
        }
    }
}

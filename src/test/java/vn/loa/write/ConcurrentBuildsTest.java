package vn.loa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.Builder;
import vn.loa.engine.SiteFiles;

/**
 * Two builds of one output at once ({@code loa build} run while {@code loa serve} rebuilds after an
 * edit) both end well, leave nothing beside the output, and leave the clean build's output. The
 * second build starts a little later each round, so that it starts while the first one stages or
 * moves its files.
 */
class ConcurrentBuildsTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsOfOneOutputAtOnce() throws Exception {
        SiteFiles site = SiteFiles.sample(dir);
        site.build();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        for (int round = 0; round < 6; round++) {
            long delay = 200L * round;
            site.replace("content/site.yaml", "phone: 0200 3812 " + (round == 0 ? "345" : "90" + (round - 1)), "phone: 0200 3812 90" + round);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Thread> builds = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                boolean first = t == 0;
                Thread build = new Thread(() -> {
                    try {
                        start.await();
                        if (!first) {
                            Thread.sleep(delay);
                        }
                        Builder.build(site.options().withCache(first));
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                });
                build.start();
                builds.add(build);
            }
            for (Thread build : builds) {
                build.join();
            }
        }
        assertEquals(List.of(), new ArrayList<>(problems), "both builds of every round end well");
        assertEquals(List.of(), OutputSnapshot.beside(site.output));
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "after builds at once");
    }
}

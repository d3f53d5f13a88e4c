package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.render.RelativeUrls;

/** The limits of one output, with limits small enough to reach in a test. */
class RenderGuardTest {

    @TempDir
    Path dir;

    private static final RenderLimits ONE_SECOND = new RenderLimits(50_000_000L, Duration.ofSeconds(1), 40, 1_000_000L);

    private Theme theme(Map<String, String> templates) throws IOException {
        for (Map.Entry<String, String> t : templates.entrySet()) {
            Path p = dir.resolve("themes/t/templates").resolve(t.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, t.getValue(), StandardCharsets.UTF_8);
        }
        return Theme.resolve(dir, "t");
    }

    private static PebbleEngine engine(Theme theme) {
        return new PebbleEngine.Builder()
                .loader(theme.loader())
                .extension(new LoaExtension(new RelativeUrls(false), null, ZoneId.of("Asia/Ho_Chi_Minh"), new Assets(java.util.Map.of())))
                .autoEscaping(true)
                .maxRenderedSize(RenderGuard.maxRenderedChars())
                .build();
    }

    private LoaException fails(RenderLimits limits, String template) throws IOException {
        Theme theme = theme(Map.of("x.peb", template));
        PebbleEngine engine = engine(theme);
        Map<String, Object> ctx = new HashMap<>(Map.of(LoaExtension.PAGE_URL, "/x/"));
        return assertThrows(LoaException.class,
                () -> RenderGuard.render(theme, RenderGuard.compile(theme, engine, "x.peb"), "x.peb", ctx, limits));
    }

    @Test
    void loopsThatNeverEndStopAtTheTimeLimit() throws IOException {
        long start = System.nanoTime();
        LoaException e = fails(ONE_SECOND, """
                {% for i in range(1, 1000000) %}
                  {% for j in range(1, 1000000) %}{% endfor %}
                {% endfor %}""");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped soon after the limit");
        assertEquals(2, e.line(), e::getMessage);
        assertTrue(e.file().endsWith(Path.of("themes/t/templates/x.peb")), e::getMessage);
        assertTrue(e.problem().contains("quá 1 giây") && e.problem().contains("/x/"), e::getMessage);
    }

    @Test
    void aLoopOverDataAloneIsCheckedEveryTurn() throws IOException {
        // No range() and nothing written: three loops over a list of 2,000 items.
        Theme theme = theme(Map.of("x.peb", """
                {% for a in items %}{% for b in items %}{% for c in items %}{% endfor %}{% endfor %}{% endfor %}"""));
        Map<String, Object> ctx = new HashMap<>(Map.of("items", java.util.Collections.nCopies(2000, "x")));
        LoaException e = assertThrows(LoaException.class,
                () -> RenderGuard.render(theme, RenderGuard.compile(theme, engine(theme), "x.peb"), "x.peb", ctx, ONE_SECOND));
        assertTrue(e.problem().contains("quá 1 giây"), e::getMessage);
    }

    @Test
    void recursionThatBranchesStopsAtTheTimeLimit() throws IOException {
        // Thirty levels, under the depth limit, but two calls at each: 2^30 calls.
        LoaException e = fails(ONE_SECOND, """
                {% macro t(n) %}{% if n < 30 %}{{ t(n + 1) }}{{ t(n + 1) }}{% endif %}{% endmacro %}
                {{ t(0) }}""");
        assertTrue(e.problem().contains("quá 1 giây"), e::getMessage);
    }

    @Test
    void theDepthLimitComesBeforeTheStackOverflowsEvenOnASmallStack() throws Exception {
        // Each level of this include sits in loops, conditions and a macro: many Java frames.
        Theme theme = theme(Map.of("x.peb", """
                {% macro m(n) %}{% for i in [1] %}{% if true %}{% for j in [1] %}{% if n > -1 %}\
                {% include "x.peb" with {"n": n + 1} %}{% endif %}{% endfor %}{% endif %}{% endfor %}{% endmacro %}
                {{ m(n) }}"""));
        PebbleEngine engine = engine(theme);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                RenderGuard.render(theme, RenderGuard.compile(theme, engine, "x.peb"), "x.peb", new HashMap<>(Map.of("n", 0)));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        LoaException e = (LoaException) thrown.get();
        assertTrue(e.problem().contains("chính nó") && e.problem().contains("quá 40 tầng"), e::getMessage);
    }

    @Test
    void anOutputLargerThanTheLimitStops() throws IOException {
        RenderLimits small = new RenderLimits(1_000, Duration.ofSeconds(30), 40, 1_000_000L);
        LoaException e = fails(small, "{% for i in range(1, 10000) %}\nmột dòng{% endfor %}");
        assertTrue(e.problem().contains("1000 byte"), e::getMessage);
        assertEquals(1, e.line(), e::getMessage);
    }

    @Test
    void theOutputIsUtf8AsBefore() throws IOException {
        Theme theme = theme(Map.of("x.peb", "Thứ Sáu {{ s }}"));
        byte[] out = RenderGuard.render(theme, RenderGuard.compile(theme, engine(theme), "x.peb"), "x.peb",
                new HashMap<>(Map.of("s", "\uD83C\uDF38 \uD83C")));
        assertEquals("Thứ Sáu \uD83C\uDF38 \uD83C".getBytes(StandardCharsets.UTF_8).length, out.length);
        assertEquals(new String("Thứ Sáu \uD83C\uDF38 \uD83C".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateNestedTooDeepForTheParserIsNamed() throws Exception {
        Theme theme = theme(Map.of("x.peb", "{{ " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + " }}"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                RenderGuard.compile(theme, engine(theme), "x.peb");
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        LoaException e = (LoaException) thrown.get();
        assertTrue(e.file().endsWith(Path.of("themes/t/templates/x.peb")) && e.problem().contains("lồng nhau quá sâu"), e::getMessage);
    }

    @Test
    void rangeSizes() {
        assertEquals(3, BoundedRange.size(5, 1, -2));
        assertEquals(0, BoundedRange.size(3, 1, 1));
        assertEquals(1, BoundedRange.size(7, 7, -1));
        assertEquals(2_000_000_001L, BoundedRange.size(0, 2_000_000_000L, 1));
        assertEquals(-1, BoundedRange.size(0, Long.MAX_VALUE, 1));
        assertEquals(-1, BoundedRange.size(Long.MIN_VALUE, Long.MAX_VALUE, 1));
        assertEquals(-1, BoundedRange.size(Long.MAX_VALUE, Long.MIN_VALUE, -1));
        assertEquals(1, BoundedRange.size(0, 0, Long.MIN_VALUE));
        assertEquals(2, BoundedRange.size(Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE));
    }
}

package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The writer an output is rendered into gives the UTF-8 of what was written, output after output on one thread. */
class BoundedWriterTest {

    private static final RenderLimits LIMITS = new RenderLimits(1_000_000, Duration.ofSeconds(30), 40, 1_000_000);

    private static byte[] render(RenderLimits limits, String... pieces) {
        RenderBudget budget = RenderBudget.open("t.peb", limits);
        try {
            BoundedWriter w = new BoundedWriter(budget);
            for (String p : pieces) {
                if (p.length() == 1) {
                    w.write(p.charAt(0));
                } else if (p.length() % 2 == 0) {
                    w.write(p, 0, p.length());
                } else {
                    w.write(p.toCharArray(), 0, p.length());
                }
            }
            return w.toBytes();
        } finally {
            budget.close();
        }
    }

    @Test
    void eachOutputIsTheUtf8OfWhatWasWrittenToIt() {
        String[][] outputs = {
            {"<p>", "Hội thảo “Nông nghiệp thông minh”", " – ", "x", "</p>\n"},
            {"a"},
            {},
            {"Đ".repeat(BoundedWriter.KEPT_CHARS + 3), "…"}, // larger than the buffers kept
            {"🌾 lúa", "\uD83C", "z", "\uDF3E", "ấ"}, // a pair split over writes; a lone surrogate becomes '?'
            {"<title>Tin</title>"}, // after the large one, on new buffers
            {"\uDC00", " cuối \uD800"},
        };
        for (int round = 0; round < 2; round++) {
            for (String[] pieces : outputs) {
                byte[] expected = String.join("", pieces).getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(expected, render(LIMITS, pieces), String.join("|", pieces));
            }
        }
    }

    @Test
    void anOutputPastItsSizeIsStoppedAndTheNextStartsEmpty() {
        RenderLimits small = new RenderLimits(10, Duration.ofSeconds(30), 40, 1_000_000);
        assertThrows(TemplateLimitException.class, () -> render(small, "0123456", "789", "X"));
        assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), render(small, "ok"));
    }
}

package vn.loa.theme;

import java.time.Duration;

/**
 * What one output may cost: its size, its time, how deep templates may call one another
 * (include, embed, macro, block), and how many numbers one {@code range()} may give.
 *
 * <p>A portal page is a few hundred kilobytes made in milliseconds, and 50 MB is also the most a
 * sitemap may hold; a theme that goes past these limits is looping or calling itself.
 */
record RenderLimits(long maxBytes, Duration maxTime, int maxDepth, long maxRange) {

    static final RenderLimits DEFAULT = new RenderLimits(50_000_000L, Duration.ofSeconds(30), 40, 1_000_000L);

    /** The size limit in megabytes, for messages. */
    String megabytes() {
        return maxBytes >= 1_000_000 ? maxBytes / 1_000_000 + " MB" : maxBytes + " byte";
    }

    /** The time limit in seconds, for messages. */
    String seconds() {
        long ms = maxTime.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " giây" : ms + " mili giây";
    }
}

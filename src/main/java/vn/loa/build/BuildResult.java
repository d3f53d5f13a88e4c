package vn.loa.build;

import java.util.Map;

/**
 * What a build did: pages rendered from Markdown, files written in all, the time it took, and
 * the milliseconds spent in each stage (load, render, index, and theme with write), in order.
 */
public record BuildResult(int pages, int files, long millis, Map<String, Long> stageMillis) {

    public BuildResult {
        stageMillis = Map.copyOf(stageMillis);
    }

    /** The one summary line a build prints. */
    public String summary() {
        return "Đã xây dựng " + pages + " trang, " + files + " tệp trong " + millis + " ms";
    }

    /** {@code load 120 ms · render 300 ms · …}, for the benchmark. */
    public String stages() {
        StringBuilder sb = new StringBuilder();
        for (String stage : new String[] {"load", "render", "index", "theme"}) {
            if (stageMillis.containsKey(stage)) {
                if (sb.length() > 0) {
                    sb.append(" · ");
                }
                sb.append(stage).append(' ').append(stageMillis.get(stage)).append(" ms");
            }
        }
        return sb.toString();
    }
}

package vn.loa.engine;

import java.util.List;
import java.util.Map;

/**
 * What a build did: pages in the site, files of the output, how many of them it wrote (new or
 * changed bytes) and removed, how many pages it read and rendered again and outputs it made again,
 * the time it took, and the milliseconds of each stage in order.
 */
public record BuildResult(int pages, int files, int written, int removed, int pagesRead, List<String> made,
                          List<java.nio.file.Path> drafts, long millis, Map<String, Long> stageMillis) {

    public BuildResult {
        made = List.copyOf(made);
        drafts = List.copyOf(drafts);
        stageMillis = Map.copyOf(stageMillis);
    }

    /** The one summary line a build prints. */
    public String summary() {
        return "Đã xây dựng " + pages + " trang, " + files + " tệp trong " + millis + " ms"
                + (written == files && removed == 0 ? "" : " (ghi " + written + " tệp, xóa " + removed + ")");
    }

    /** {@code load 120 ms · render 300 ms · …}, for the benchmark. */
    public String stages() {
        StringBuilder sb = new StringBuilder();
        for (String stage : List.of("load", "render", "index", "plan", "theme", "write", "check")) {
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

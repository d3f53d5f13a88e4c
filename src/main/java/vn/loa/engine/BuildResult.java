package vn.loa.engine;

import java.util.List;
import java.util.Map;

/**
 * What a build did: pages in the site, files of the output, how many of them it wrote (new or
 * changed bytes) and removed, how many pages it read and rendered again and outputs it made again,
 * how many files of the output it read back to make an output from them (the search index patched
 * after a body edit), the time it took, and the milliseconds of each stage in order.
 */
public record BuildResult(int pages, int files, int written, int removed, int pagesRead, List<String> made, int filesReadBack,
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

    /** The stages of a build as {@code --timings} names them, in their order. */
    private static final List<List<String>> STAGES = List.of(List.of("load", "nạp"), List.of("render", "kết xuất"),
            List.of("photos", "ảnh"), List.of("index", "lập chỉ mục"), List.of("plan", "lên danh sách tệp"), List.of("theme", "giao diện"),
            List.of("write", "ghi"), List.of("check", "kiểm tra"));

    /** What {@code --timings} prints: the stages, then the pages read, the outputs made and the files read back. */
    public String timings() {
        return stages() + " · đọc lại " + pagesRead + " trang · dựng lại " + made.size() + " tệp"
                + (filesReadBack > 0 ? " · dùng lại " + filesReadBack + " tệp đã ghi" : "");
    }

    /** {@code nạp 120 ms · kết xuất 300 ms · …}: the time of each stage, for {@code --timings} and the benchmark. */
    public String stages() {
        StringBuilder sb = new StringBuilder();
        for (List<String> stage : STAGES) {
            if (stageMillis.containsKey(stage.get(0))) {
                if (sb.length() > 0) {
                    sb.append(" · ");
                }
                sb.append(stage.get(1)).append(' ').append(stageMillis.get(stage.get(0))).append(" ms");
            }
        }
        return sb.toString();
    }
}

package vn.loa.build;

/** What a build did: pages rendered from Markdown, files written in all, and the time it took. */
public record BuildResult(int pages, int files, long millis) {

    /** The one summary line a build prints. */
    public String summary() {
        return "Đã xây dựng " + pages + " trang, " + files + " tệp trong " + millis + " ms";
    }
}

package vn.loa.check;

/** How bad a finding of {@code loa check} is: an error makes the check fail (exit code 1), a warning does not. */
public enum Severity {
    /** The build would fail, or the published site would be wrong: a broken link, a missing file, an impossible date. */
    ERROR("lỗi"),
    /** Probably a mistake, worth a look: an unknown key, an event far from its campaign week, an image without alt text. */
    WARNING("cảnh báo");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    /** {@code lỗi} or {@code cảnh báo}, as printed: the words {@code loa build} uses too. */
    public String word() {
        return word;
    }
}

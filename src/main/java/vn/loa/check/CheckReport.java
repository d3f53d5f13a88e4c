package vn.loa.check;

import java.util.List;

/**
 * What {@code loa check} found: the findings in file and line order, and how many Markdown files were looked at.
 *
 * @param findings      sorted by file, then line; no finding twice
 * @param files         Markdown files checked
 * @param draftsSkipped draft pages left out of the checks after loading (the run had no {@code --drafts})
 */
public record CheckReport(List<Finding> findings, int files, int draftsSkipped) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** 1 when there is at least one error, else 0. */
    public int exitCode() {
        return errors() > 0 ? 1 : 0;
    }

    /** {@code Đã kiểm tra 35 tệp Markdown: 0 lỗi, 4 cảnh báo.} */
    public String summary() {
        String s = "Đã kiểm tra " + files + " tệp Markdown: " + errors() + " lỗi, " + warnings() + " cảnh báo.";
        if (draftsSkipped > 0) {
            s += " Bỏ qua " + draftsSkipped + " bài nháp (thêm --drafts để kiểm tra cả bài nháp).";
        }
        return s;
    }
}

package vn.loa.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.loa.importer.ImportedEvent;
import vn.loa.importer.QuoteLines;
import vn.loa.safety.Terminal;

/**
 * The events {@code loa import} found, as a table for the editor to review: the event, its date, its place, where it
 * stands in the source (the line of a text file, else the section's heading) and how sure the importer is; under an
 * event that is not sure, what to check. Columns are cut to a width and aligned; every value from the document is made
 * safe to print ({@link Terminal}) after it is cut, so that an escape is never cut in half.
 *
 * <pre>
 *       Sự kiện                                  Ngày                 Địa điểm                 Nguồn            Tin cậy
 *     1 Chợ công nghệ và thiết bị                14/11–16/11/2024     Quảng trường Trung tâm…  dòng 23          cao
 *     6 Hội nghị tổng kết                        22/11/2024           Phòng họp số 1 của Sở    dòng 29          vừa
 *         cần kiểm tra: đã dời ngày; dời từ ngày 20/11/2024
 * </pre>
 */
final class ImportReview {

    private static final int EVENT = 40;
    private static final int DATE = 20;
    private static final int PLACE = 24;
    private static final int WHERE = 16;

    private ImportReview() {
    }

    static void print(PrintWriter out, List<ImportedEvent> events, QuoteLines lines) {
        out.println("  " + events.size() + " sự kiện" + (events.isEmpty() ? "." : ":"));
        if (events.isEmpty()) {
            return;
        }
        int number = String.valueOf(events.size()).length();
        out.println("    " + " ".repeat(number + 1) + row("Sự kiện", "Ngày", "Địa điểm", "Nguồn", "Tin cậy"));
        int n = 0;
        for (ImportedEvent e : events) {
            n++;
            Integer line = lines.lineOf(e.sourceQuote());
            String where = line != null ? "dòng " + line : e.section() != null ? e.section() : "—";
            out.println("    " + pad(String.valueOf(n), number) + " " + row(e.text(), when(e), e.location() == null ? "—" : e.location(),
                    where, e.confidence()));
            List<String> check = new ArrayList<>(e.checks());
            if (e.note() != null) {
                check.add(e.note());
            }
            if (!"cao".equals(e.confidence()) || e.note() != null) {
                out.println("    " + " ".repeat(number + 1) + "  " + Terminal.line("cần kiểm tra: " + String.join("; ", check)));
            }
        }
    }

    private static String row(String event, String date, String place, String where, String confidence) {
        return cell(event, EVENT) + " " + cell(date, DATE) + " " + cell(place, PLACE) + " " + cell(where, WHERE) + " "
                + Terminal.line(confidence);
    }

    /** The value cut to the width (with … when cut), made safe, then padded to the width. */
    static String cell(String value, int width) {
        String v = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (width(v) > width) {
            StringBuilder b = new StringBuilder();
            int w = 0;
            for (int i = 0; i < v.length(); ) {
                int cp = v.codePointAt(i);
                int cw = width(cp);
                if (w + cw > width - 1) {
                    break;
                }
                b.appendCodePoint(cp);
                w += cw;
                i += Character.charCount(cp);
            }
            v = b.toString().stripTrailing() + "…";
        }
        return pad(Terminal.line(v), width);
    }

    private static String pad(String s, int width) {
        int w = width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /** Columns a terminal gives the text: none for a combining mark, two for a wide character. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** The date as an editor reads it: {@code 16/5/2024 sáng}, {@code 15/5–18/5/2024}, {@code hạn 25/5/2024 17:00}. */
    static String when(ImportedEvent e) {
        String time = e.time() != null ? " " + hhmm(e) : e.partOfDay() != null ? " " + e.partOfDay() : "";
        if (e.kind().equals("deadline")) {
            return "hạn " + day(e.end()) + time;
        }
        if (e.start() == null) {
            return "—";
        }
        String span = e.end() == null ? "từ " + day(e.start())
                : e.end().equals(e.start()) ? day(e.start())
                : (e.start().getYear() == e.end().getYear() ? e.start().getDayOfMonth() + "/" + e.start().getMonthValue() : day(e.start()))
                        + "–" + day(e.end());
        return (e.kind().equals("vague") ? "khoảng " : "") + span + time;
    }

    private static String day(LocalDate d) {
        return d == null ? "?" : d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    private static String hhmm(ImportedEvent e) {
        return String.format("%02d:%02d", e.time().getHour(), e.time().getMinute());
    }
}

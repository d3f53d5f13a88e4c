package vn.loa.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.IssueDate;

/** The year of a document, used for the dates that leave it out. */
final class DocumentYear {

    private DocumentYear() {
    }

    /**
     * In order: the year of its place-and-date line, of the date given with it (an HTML page's), of its title
     * ({@code … năm 2024}), the caller's hint, the year its text names most often, this year.
     */
    static int of(IssueDate issued, String title, String source, Integer hint, LocalDate given) {
        if (issued != null && readable(issued.year())) {
            return issued.year();
        }
        if (given != null && readable(given.getYear())) {
            return given.getYear();
        }
        Integer inTitle = titleYear(title);
        if (inTitle != null) {
            return inTitle;
        }
        if (hint != null && readable(hint)) {
            return hint;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("(?<![\\d/])(20\\d\\d)(?!\\d)").matcher(source);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(LocalDate.now().getYear());
    }

    /** The first year a title states ({@code … năm 2024}) that a date can have; null when none. */
    static Integer titleYear(String title) {
        if (title != null) {
            Matcher m = Pattern.compile("năm (\\d{4})").matcher(title);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (readable(y)) {
                    return y;
                }
            }
        }
        return null;
    }

    /**
     * A year the date reader takes ({@link vn.loa.dates.VietnameseDateReader#forYear}: 1 to 9999). {@code năm 0000} in a title, a
     * place-and-date line or a page's date is a slip, not the document's year.
     */
    static boolean readable(Integer year) {
        return year != null && year >= 1 && year <= 9999;
    }
}

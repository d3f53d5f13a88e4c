package vn.loa.importer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.loa.dates.DateExpression;

/**
 * A rescheduled event written in one sentence: {@code dự kiến ngày 10/5/2024, được lùi sang ngày 24/5/2024},
 * {@code nay chuyển sang ngày …}, {@code hoãn đến …}, {@code dời sang …}, {@code … ngày 24/5 thay vì ngày 10/5}. The
 * new date is the event; the old one is not a second event, only the note {@code dời từ ngày 10/5/2024}.
 */
final class Reschedules {

    /** Between the old date and the new one. */
    private static final Pattern MOVED = Pattern.compile("(?i)^[\\s,;(]*(?:\\S+\\s+){0,3}?(?:lùi|chuyển|hoãn|dời|đổi)(?:\\s+lại)?"
            + "(?:\\s+(?:sang|đến|tới|vào|xuống))?[\\s:]*$");
    /** Between the new date and the old one. */
    private static final Pattern INSTEAD = Pattern.compile("(?i)^[\\s,;(]*(?:thay vì|thay cho)(?:\\s+(?:dự kiến|kế hoạch|lịch))?[\\s:]*$");

    private Reschedules() {
    }

    /** The new date of each rescheduled event mapped to its old one, among the expressions of one text. */
    static Map<DateExpression, DateExpression> in(String text, List<DateExpression> all) {
        Map<DateExpression, DateExpression> out = new IdentityHashMap<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            DateExpression a = all.get(i);
            DateExpression b = all.get(i + 1);
            if (a.end() > b.start() || a.startDate() == null && a.endDate() == null || b.startDate() == null && b.endDate() == null) {
                continue;
            }
            String between = text.substring(a.end(), b.start());
            if (between.contains(".") && !between.strip().equals(".")) {
                continue;
            }
            if (MOVED.matcher(between).matches()) {
                out.put(b, a);
            } else if (INSTEAD.matcher(between).matches()) {
                out.put(a, b);
            }
        }
        return out;
    }

    /** {@code dời từ ngày 10/5/2024}: the old date as the note gives it. */
    static String note(DateExpression old) {
        java.time.LocalDate d = old.startDate() != null ? old.startDate() : old.endDate();
        return "dời từ ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}

package vn.loa.load;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * A yearly campaign: its day (21/4, 18/5), its default focus week, and the years whose week
 * was moved.
 */
public record Campaign(String id, String name, String shortName, String description, MonthDay day,
                       MonthDay weekStart, MonthDay weekEnd, Map<Integer, FocusWeek> movedWeeks) {

    public Campaign {
        movedWeeks = Map.copyOf(movedWeeks);
    }

    /** The focus week of a year: the moved one if the site or a plan says so, else the default. */
    public FocusWeek week(int year) {
        FocusWeek moved = movedWeeks.get(year);
        return moved != null ? moved : new FocusWeek(weekStart.atYear(year), weekEnd.atYear(year));
    }

    public LocalDate dayIn(int year) {
        return day.atYear(year);
    }

    /** The campaigns every site has unless its site.yaml changes them. */
    public static Map<String, Campaign> defaults() {
        return Map.of(
                "ngay-sang-tao", new Campaign("ngay-sang-tao",
                        "Ngày Sáng tạo và Đổi mới sáng tạo thế giới", "Ngày Sáng tạo",
                        "Ngày Sáng tạo và Đổi mới sáng tạo thế giới của Liên hợp quốc, 21 tháng 4 hằng năm.",
                        MonthDay.of(4, 21), MonthDay.of(4, 15), MonthDay.of(4, 21), Map.of()),
                "ngay-khcn", new Campaign("ngay-khcn",
                        "Ngày Khoa học và Công nghệ Việt Nam", "Ngày KH&CN",
                        "Ngày Khoa học và Công nghệ Việt Nam, 18 tháng 5 hằng năm.",
                        MonthDay.of(5, 18), MonthDay.of(5, 15), MonthDay.of(5, 21), Map.of()));
    }

    public Campaign withMovedWeek(int year, FocusWeek week) {
        Map<Integer, FocusWeek> m = new java.util.HashMap<>(movedWeeks);
        m.put(year, week);
        return new Campaign(id, name, shortName, description, day, weekStart, weekEnd, m);
    }
}

package vn.loa.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/** The plain-Vietnamese messages of {@link DateProblem}s. */
final class Problems {
    private Problems() {
    }

    static String dmy(int day, int month, int year) {
        return day + "/" + month + "/" + year;
    }

    static String dmy(LocalDate d) {
        return dmy(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** Null when the day exists; otherwise an {@code invalid-date} problem naming why it does not. */
    static DateProblem checkDay(int day, int month, int year) {
        String what = "Ngày " + dmy(day, month, year) + " không tồn tại: ";
        if (month < 1 || month > 12) {
            return invalid(what + (month < 1 ? "không có tháng " + month + ", các tháng đánh số từ 1 đến 12."
                    : "một năm chỉ có 12 tháng."));
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1) {
            return invalid(what + "ngày trong tháng đánh số từ 1.");
        }
        if (day > length) {
            String monthName = month == 2 ? "tháng 2 năm " + year : "tháng " + month;
            return invalid(what + monthName + " chỉ có " + length + " ngày.");
        }
        return null;
    }

    static DateProblem inverted(LocalDate from, LocalDate to) {
        return invalid("Khoảng thời gian từ " + dmy(from) + " đến " + dmy(to)
                + " không hợp lệ: ngày kết thúc đứng trước ngày bắt đầu.");
    }

    static DateProblem weekdayMismatch(LocalDate date, DayOfWeek stated) {
        return new DateProblem(DateProblem.WEEKDAY_MISMATCH, "Ngày " + dmy(date) + " là "
                + Weekdays.name(date.getDayOfWeek()) + ", không phải " + Weekdays.name(stated) + ".");
    }

    private static DateProblem invalid(String message) {
        return new DateProblem(DateProblem.INVALID_DATE, message);
    }
}

package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekdaysTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MONDAY    | Thứ Hai
            TUESDAY   | Thứ Ba
            WEDNESDAY | Thứ Tư
            THURSDAY  | Thứ Năm
            FRIDAY    | Thứ Sáu
            SATURDAY  | Thứ Bảy
            SUNDAY    | Chủ nhật
            """)
    void namesEachDay(DayOfWeek day, String name) {
        assertEquals(name, Weekdays.name(day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thứ 2     | MONDAY
            thứ 3     | TUESDAY
            Thứ 4     | WEDNESDAY
            THỨ 5     | THURSDAY
            Thứ 6     | FRIDAY
            Thứ 7     | SATURDAY
            Thứ hai   | MONDAY
            Thứ Ba    | TUESDAY
            thứ tư    | WEDNESDAY
            Thứ Năm   | THURSDAY
            Thứ Sáu   | FRIDAY
            Thứ bảy   | SATURDAY
            Thứ Bẩy   | SATURDAY
            Chủ nhật  | SUNDAY
            Chủ Nhật  | SUNDAY
            CN        | SUNDAY
            cn        | SUNDAY
            T2        | MONDAY
            t7        | SATURDAY
            Thu 6     | FRIDAY
            thu sau   | FRIDAY
            Thu Tu    | WEDNESDAY
            chu nhat  | SUNDAY
            """)
    void parsesEveryWrittenForm(String text, DayOfWeek day) {
        assertEquals(Optional.of(day), Weekdays.parse(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"Thứ 1", "Thứ 8", "T8", "T1", "Thứ", "thứ mười", "Thứ 6,", "Chủ", "thư 6", "thứba", "", "  "})
    void rejectsAnythingElse(String text) {
        assertEquals(Optional.empty(), Weekdays.parse(text));
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void parsesItsOwnNames(DayOfWeek day) {
        assertEquals(Optional.of(day), Weekdays.parse(Weekdays.name(day)));
    }

    @org.junit.jupiter.api.Test
    void acceptsNonBreakingSpaces() {
        assertEquals(Optional.of(DayOfWeek.FRIDAY), Weekdays.parse("Thứ\u00A06"));
    }
}

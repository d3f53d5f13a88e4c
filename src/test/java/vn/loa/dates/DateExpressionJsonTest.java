package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionJsonTest {
    private final VietnameseDateReader reader = VietnameseDateReader.forYear(2024);

    @Test
    void writesAnEventWithItsPartOfDayAndWeekday() {
        assertEquals("{\"text\": \"Chiều ngày 17/5/2024 (Thứ 6)\", \"kind\": \"event\", \"start\": \"2024-05-17\", "
                + "\"end\": \"2024-05-17\", \"time\": null, \"end_time\": null, \"part_of_day\": \"chiều\", "
                + "\"weekday_stated\": \"Thứ 6\", \"source_quote\": \"Chiều ngày 17/5/2024 (Thứ 6)\"}",
                reader.readOne("Thời gian: Chiều ngày 17/5/2024 (Thứ 6).").orElseThrow().toJson());
    }

    @Test
    void writesADeadlineWithOnlyItsEnd() {
        assertEquals("{\"text\": \"trước 17h00 ngày 10/5/2024\", \"kind\": \"deadline\", \"start\": null, "
                + "\"end\": \"2024-05-10\", \"time\": \"17:00\", \"end_time\": null, \"part_of_day\": null, "
                + "\"weekday_stated\": null, \"source_quote\": \"trước 17h00 ngày 10/5/2024\"}",
                reader.readOne("trước 17h00 ngày 10/5/2024").orElseThrow().toJson());
    }

    @Test
    void writesClockTimesAsHoursAndMinutes() {
        String json = reader.readOne("từ 8h00 đến 11h30 ngày 18/5/2024").orElseThrow().toJson();
        assertEquals("{\"text\": \"từ 8h00 đến 11h30 ngày 18/5/2024\", \"kind\": \"event\", \"start\": \"2024-05-18\", "
                + "\"end\": \"2024-05-18\", \"time\": \"08:00\", \"end_time\": \"11:30\", \"part_of_day\": null, "
                + "\"weekday_stated\": null, \"source_quote\": \"từ 8h00 đến 11h30 ngày 18/5/2024\"}", json);
    }

    @Test
    void addsTheErrorOnlyWhenThereIsAProblem() {
        assertEquals("{\"text\": \"ngày 31/4/2024\", \"kind\": \"event\", \"start\": null, \"end\": null, "
                + "\"time\": null, \"end_time\": null, \"part_of_day\": null, \"weekday_stated\": null, "
                + "\"source_quote\": \"ngày 31/4/2024\", \"error\": {\"code\": \"invalid-date\", "
                + "\"message\": \"Ngày 31/4/2024 không tồn tại: tháng 4 chỉ có 30 ngày.\"}}",
                reader.readOne("ngày 31/4/2024").orElseThrow().toJson());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            từ ngày 15/4/2024 đến hết ngày 21/4/2024 | period
            cuối tháng 10 năm 2022                   | vague
            ngày 18/5                                | event
            hạn chót 10/5                            | deadline
            """)
    void namesKindsInLowerCase(String input, String kind) {
        String json = reader.readOne(input).orElseThrow().toJson();
        assertEquals(true, json.contains("\"kind\": \"" + kind + "\""), json);
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        DateExpression e = new DateExpression("a\"b\\c\nd\u0001", 0, 8, DateKind.EVENT, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 1, 2), LocalTime.of(9, 5), null, PartOfDay.TOI, null, null);
        assertEquals("{\"text\": \"a\\\"b\\\\c\\nd\\u0001\", \"kind\": \"event\", \"start\": \"2024-01-02\", "
                + "\"end\": \"2024-01-02\", \"time\": \"09:05\", \"end_time\": null, \"part_of_day\": \"tối\", "
                + "\"weekday_stated\": null, \"source_quote\": \"a\\\"b\\\\c\\nd\\u0001\"}", e.toJson());
    }

    @Test
    void refusesOffsetsThatDoNotFitTheQuote() {
        assertThrows(IllegalArgumentException.class, () -> new DateExpression("18/5", 3, 4, DateKind.EVENT, null,
                null, null, null, null, null, null));
    }
}

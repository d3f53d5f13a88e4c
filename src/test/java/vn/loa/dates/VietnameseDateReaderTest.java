package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms of dates in Vietnamese official plans, one line each:
 * {@code input | document year | kind | start | end | time | end time | part of day | weekday as written | problem}.
 * Empty cells are null. Each input holds exactly one date expression.
 */
class VietnameseDateReaderTest {

    static DateExpression readExactlyOne(String input, int year) {
        List<DateExpression> all = VietnameseDateReader.forYear(year).read(input);
        assertEquals(1, all.size(), () -> "date expressions in «" + input + "»: " + all);
        DateExpression e = all.get(0);
        assertEquals(input.substring(e.start(), e.end()), e.sourceQuote(), "quote matches offsets");
        return e;
    }

    static void check(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
            LocalTime endTime, PartOfDay partOfDay, String weekday, String problem) {
        DateExpression e = readExactlyOne(input, year);
        assertAll(input,
                () -> assertEquals(kind, e.kind(), "kind"),
                () -> assertEquals(start, e.startDate(), "start"),
                () -> assertEquals(end, e.endDate(), "end"),
                () -> assertEquals(time, e.time(), "time"),
                () -> assertEquals(endTime, e.endTime(), "end time"),
                () -> assertEquals(partOfDay, e.partOfDay(), "part of day"),
                () -> assertEquals(weekday, e.weekdayStated(), "weekday stated"),
                () -> assertEquals(problem, e.problem() == null ? null : e.problem().code(), "problem"));
    }

    @Nested
    @DisplayName("one day")
    class SingleDates {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # with the year
                ngày 18/5/2024                             | 2023 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                Tổ chức ngày 18/5/2024 tại Hội trường      | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                18/5/2024                                  | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                18-5-2024                                  | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                18.5.2024                                  | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                ngày 09/05/2024                            | 2024 | EVENT | 2024-05-09 | 2024-05-09 | | | | |
                ngày 18/5/24                               | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                Khai mạc ngày 2/9/2023.                    | 2024 | EVENT | 2023-09-02 | 2023-09-02 | | | | |
                Thời gian: 20/10/2024                      | 2024 | EVENT | 2024-10-20 | 2024-10-20 | | | | |
                Lễ trao giải (23/11/2024) tại Nhà văn hóa  | 2024 | EVENT | 2024-11-23 | 2024-11-23 | | | | |
                ngày 29/2/2024                             | 2024 | EVENT | 2024-02-29 | 2024-02-29 | | | | |
                NGÀY 18/5/2024                             | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                # the year from the document
                18/5                                       | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                18-5                                       | 2023 | EVENT | 2023-05-18 | 2023-05-18 | | | | |
                Ngày 1/6 khai mạc hội thi                  | 2025 | EVENT | 2025-06-01 | 2025-06-01 | | | | |
                Thời gian: 20/10                           | 2022 | EVENT | 2022-10-20 | 2022-10-20 | | | | |
                # the year written out
                ngày 18 tháng 5 năm 2024                   | 2022 | EVENT | 2024-05-18 | 2024-05-18 | | | | |
                ngày 18 tháng 5                            | 2022 | EVENT | 2022-05-18 | 2022-05-18 | | | | |
                ngày 05 tháng 01 năm 2025                  | 2024 | EVENT | 2025-01-05 | 2025-01-05 | | | | |
                vào ngày 3 tháng 6 năm 2024 tại Gia Nghĩa  | 2024 | EVENT | 2024-06-03 | 2024-06-03 | | | | |
                ngày 18/5 năm 2023                         | 2024 | EVENT | 2023-05-18 | 2023-05-18 | | | | |
                ngày 18/5/99                               | 2024 | EVENT | 1999-05-18 | 1999-05-18 | | | | |
                """)
        void readsOneDay(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("ranges of days")
    class Ranges {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # days of one month
                từ ngày 03-14/5/2022                             | 2022 | PERIOD | 2022-05-03 | 2022-05-14 | | | | |
                03 - 14/5/2022                                   | 2022 | PERIOD | 2022-05-03 | 2022-05-14 | | | | |
                ngày 17-18/5                                     | 2024 | PERIOD | 2024-05-17 | 2024-05-18 | | | | |
                từ ngày 15 đến ngày 21/4/2024                    | 2024 | PERIOD | 2024-04-15 | 2024-04-21 | | | | |
                # two full dates
                từ 15/4 đến 21/4/2024                            | 2023 | PERIOD | 2024-04-15 | 2024-04-21 | | | | |
                từ ngày 15/4/2024 đến hết ngày 21/4/2024         | 2024 | PERIOD | 2024-04-15 | 2024-04-21 | | | | |
                15/4 - 21/4/2024                                 | 2024 | PERIOD | 2024-04-15 | 2024-04-21 | | | | |
                từ 01/5/2024 - 31/5/2024                         | 2024 | PERIOD | 2024-05-01 | 2024-05-31 | | | | |
                từ ngày 15 tháng 4 đến ngày 21 tháng 4 năm 2024  | 2024 | PERIOD | 2024-04-15 | 2024-04-21 | | | | |
                Trong tuần từ 15/4 đến 21/4/2024 có nhiều hoạt động | 2024 | PERIOD | 2024-04-15 | 2024-04-21 | | | | |
                từ 15/4 đến 21/4                                 | 2025 | PERIOD | 2025-04-15 | 2025-04-21 | | | | |
                # across months and years
                từ ngày 28/4 đến ngày 5/5/2024                   | 2024 | PERIOD | 2024-04-28 | 2024-05-05 | | | | |
                từ 30/12/2023 đến 02/01/2024                     | 2024 | PERIOD | 2023-12-30 | 2024-01-02 | | | | |
                từ 30/12 đến 02/01/2024                          | 2024 | PERIOD | 2023-12-30 | 2024-01-02 | | | | |
                từ 30/12 đến 2/1                                 | 2024 | PERIOD | 2023-12-30 | 2024-01-02 | | | | |
                # a range of one day is one day
                từ ngày 18/5 đến ngày 18/5/2024                  | 2024 | EVENT  | 2024-05-18 | 2024-05-18 | | | | |
                # with clock times at both ends
                từ 8h00 ngày 15/4 đến 17h00 ngày 21/4/2024       | 2024 | PERIOD | 2024-04-15 | 2024-04-21 | 08:00 | 17:00 | | |
                # a list of consecutive days is a range
                ngày 17, 18/5/2024                               | 2024 | PERIOD | 2024-05-17 | 2024-05-18 | | | | |
                ngày 17 và 18/5/2024                             | 2024 | PERIOD | 2024-05-17 | 2024-05-18 | | | | |
                trong các ngày 17, 18 và 19/5                    | 2024 | PERIOD | 2024-05-17 | 2024-05-19 | | | | |
                # a start with no end is an open span
                Từ ngày 15/4/2024, các đơn vị báo cáo hằng tuần  | 2024 | VAGUE  | 2024-04-15 |            | | | | |
                """)
        void readsRanges(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("clock times")
    class ClockTimes {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # before the date
                8h00 ngày 18/5                                 | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 |       | | |
                8h ngày 18/5                                   | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 |       | | |
                08 giờ 00 ngày 18/5/2024                       | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 |       | | |
                14 giờ 30 ngày 18/5                            | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 14:30 |       | | |
                14 giờ 30 phút ngày 18/5                       | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 14:30 |       | | |
                14g30 ngày 18/5                                | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 14:30 |       | | |
                14:30 ngày 18/5                                | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 14:30 |       | | |
                lúc 7h30 ngày 18/5                             | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 07:30 |       | | |
                vào hồi 8 giờ ngày 18/5/2024                   | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 |       | | |
                khoảng 14h00, Chủ nhật, 19/5                   | 2024 | EVENT | 2024-05-19 | 2024-05-19 | 14:00 |       | | Chủ nhật |
                (Thứ 6, ngày 17/5/2024, 14 giờ 00)             | 2024 | EVENT | 2024-05-17 | 2024-05-17 | 14:00 |       | | Thứ 6 |
                Thời gian: 8h00, ngày 18/5/2024, tại Hội trường | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 |       | | |
                từ 8h00 đến 11h30 ngày 18/5/2024               | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 | 11:30 | | |
                7h30 - 11h00 ngày 18/5                         | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 07:30 | 11:00 | | |
                từ 8 - 11h ngày 18/5                           | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:00 | 11:00 | | |
                # after the date
                ngày 18/5/2024 (từ 14h00 - 17h00)             | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 14:00 | 17:00 | | |
                ngày 18/5/2024, lúc 8h30                       | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:30 |       | | |
                ngày 18/5/2024 lúc 8h30'                       | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 08:30 |       | | |
                ngày 18/5/2024 từ 7h30 đến 11h00               | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 07:30 | 11:00 | | |
                # with a part of the day
                2 giờ chiều ngày 17/5                          | 2024 | EVENT | 2024-05-17 | 2024-05-17 | 14:00 |       | CHIEU | |
                7h30 sáng ngày 18/5                            | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 07:30 |       | SANG  | |
                # and a weekday
                vào lúc 14 giờ 00 phút, Thứ Sáu, ngày 17/5/2024 | 2024 | EVENT | 2024-05-17 | 2024-05-17 | 14:00 |      | | Thứ Sáu |
                ngày 18 tháng 5 năm 2024 (Thứ Bảy), lúc 19h30  | 2024 | EVENT | 2024-05-18 | 2024-05-18 | 19:30 |       | | Thứ Bảy |
                """)
        void readsClockTimes(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("parts of the day")
    class PartsOfDay {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Sáng ngày 17/5/2024                | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | SANG  | |
                chiều 17/5                         | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | CHIEU | |
                buổi tối ngày 17/5                 | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | TOI   | |
                Trưa 17/5/2024                     | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | TRUA  | |
                Buổi chiều ngày 17/5/2024          | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | CHIEU | |
                ngày 17/5/2024 (buổi sáng)         | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | SANG  | |
                Tối thứ 6 (17/5)                   | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | TOI   | thứ 6 |
                """)
        void readsPartsOfDay(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("stated weekdays")
    class StatedWeekdays {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # right
                Chiều ngày 17/5/2024 (Thứ 6)       | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | | CHIEU | Thứ 6    |
                Thứ Sáu, ngày 17/5/2024            | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | |       | Thứ Sáu  |
                thứ 6 ngày 17/5                    | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | |       | thứ 6    |
                Chủ nhật (19/5)                    | 2024 | EVENT | 2024-05-19 | 2024-05-19 | | |       | Chủ nhật |
                ngày 19/5/2024 (Chủ nhật)          | 2024 | EVENT | 2024-05-19 | 2024-05-19 | | |       | Chủ nhật |
                ngày 19/5/2024 (CN)                | 2024 | EVENT | 2024-05-19 | 2024-05-19 | | |       | CN       |
                T6, ngày 17/5/2024                 | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | |       | T6       |
                Thứ Hai, ngày 13/5/2024            | 2024 | EVENT | 2024-05-13 | 2024-05-13 | | |       | Thứ Hai  |
                Thứ bảy (18/5/2024)                | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | |       | Thứ bảy  |
                Thứ Tư, ngày 15/5/2024             | 2024 | EVENT | 2024-05-15 | 2024-05-15 | | |       | Thứ Tư   |
                ngày 17/5/2024, thứ Sáu, tại Hội trường | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | |  | thứ Sáu  |
                Thứ Sáu 17/5                       | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | |       | Thứ Sáu  |
                # at both ends of a range: each is checked against its own day
                từ ngày 13/5 (Thứ Hai) đến ngày 19/5/2024 (Chủ nhật) | 2024 | PERIOD | 2024-05-13 | 2024-05-19 | | | | Thứ Hai |
                từ Thứ Hai (13/5) đến Chủ nhật (19/5/2024)           | 2024 | PERIOD | 2024-05-13 | 2024-05-19 | | | | Thứ Hai |
                từ thứ 2 ngày 13/5 đến thứ 6 ngày 17/5/2024          | 2024 | PERIOD | 2024-05-13 | 2024-05-17 | | | | thứ 2   |
                từ ngày 13/5 (Thứ Ba) đến ngày 19/5/2024             | 2024 | PERIOD | 2024-05-13 | 2024-05-19 | | | | Thứ Ba  | weekday-mismatch
                từ Thứ Hai (13/5) đến Thứ Bảy (19/5/2024)            | 2024 | PERIOD | 2024-05-13 | 2024-05-19 | | | | Thứ Hai | weekday-mismatch
                # wrong: the date is kept, the mismatch reported
                thứ 5 ngày 17/5                    | 2024 | EVENT | 2024-05-17 | 2024-05-17 | | |       | thứ 5    | weekday-mismatch
                ngày 18/5/2024 (Thứ 6)             | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | |       | Thứ 6    | weekday-mismatch
                Chủ nhật (18/5)                    | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | |       | Chủ nhật | weekday-mismatch
                thứ tư ngày 16/5/2024              | 2024 | EVENT | 2024-05-16 | 2024-05-16 | | |       | thứ tư   | weekday-mismatch
                Chiều ngày 17/5/2023 (Thứ 6)       | 2024 | EVENT | 2023-05-17 | 2023-05-17 | | | CHIEU | Thứ 6    | weekday-mismatch
                # an ordinal is not a weekday
                Hội nghị lần thứ 6 ngày 18/5/2024  | 2024 | EVENT | 2024-05-18 | 2024-05-18 | | |       |          |
                """)
        void readsStatedWeekdays(String input, int year, DateKind kind, LocalDate start, LocalDate end,
                LocalTime time, LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("deadlines")
    class Deadlines {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                trước ngày 10/5/2024                    | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                Hoàn thành trước ngày 10/5/2024         | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                Hoàn thành trước **ngày 10/5/2024.**    | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                chậm nhất ngày 10/5                     | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                Chậm nhất là ngày 10/5/2024             | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                muộn nhất vào ngày 12/5                 | 2024 | DEADLINE | | 2024-05-12 |       | | | |
                hạn chót 10/5                           | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                Hạn chót: 10/5/2024                     | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                hạn cuối ngày 10/5                      | 2023 | DEADLINE | | 2023-05-10 |       | | | |
                trước 17h00 ngày 10/5/2024              | 2024 | DEADLINE | | 2024-05-10 | 17:00 | | | |
                gửi về Sở đến hết ngày 10/5/2024        | 2024 | DEADLINE | | 2024-05-10 |       | | | |
                trước ngày 10 tháng 5 năm 2024          | 2022 | DEADLINE | | 2024-05-10 |       | | | |
                # before a month: the day before it begins
                trước tháng 5/2024                      | 2024 | DEADLINE | | 2024-04-30 |       | | | |
                chậm nhất trong tháng 5                 | 2024 | DEADLINE | | 2024-05-31 |       | | | |
                """)
        void readsDeadlines(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("vague spans")
    class VagueSpans {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # a month
                trong tháng 4/2024                       | 2023 | VAGUE | 2024-04-01 | 2024-04-30 | | | | |
                Trong tháng 4, trọng tâm là tuần đầu     | 2024 | VAGUE | 2024-04-01 | 2024-04-30 | | | | |
                tháng 4/2024                             | 2024 | VAGUE | 2024-04-01 | 2024-04-30 | | | | |
                tháng 04/2024                            | 2024 | VAGUE | 2024-04-01 | 2024-04-30 | | | | |
                tháng 4 năm 2024                         | 2024 | VAGUE | 2024-04-01 | 2024-04-30 | | | | |
                từ tháng 4 đến tháng 6/2024              | 2024 | VAGUE | 2024-04-01 | 2024-06-30 | | | | |
                # thirds of a month
                đầu tháng 5                              | 2024 | VAGUE | 2024-05-01 | 2024-05-10 | | | | |
                giữa tháng 5/2024                        | 2024 | VAGUE | 2024-05-11 | 2024-05-20 | | | | |
                cuối tháng 10 năm 2022                   | 2024 | VAGUE | 2022-10-21 | 2022-10-31 | | | | |
                cuối tháng 4                             | 2024 | VAGUE | 2024-04-21 | 2024-04-30 | | | | |
                cuối tháng 2/2024                        | 2024 | VAGUE | 2024-02-21 | 2024-02-29 | | | | |
                cuối tháng 2/2023                        | 2024 | VAGUE | 2023-02-21 | 2023-02-28 | | | | |
                # quarters and halves
                quý II/2024                              | 2024 | VAGUE | 2024-04-01 | 2024-06-30 | | | | |
                quý 2 năm 2024                           | 2023 | VAGUE | 2024-04-01 | 2024-06-30 | | | | |
                trong Quý IV                             | 2024 | VAGUE | 2024-10-01 | 2024-12-31 | | | | |
                quý I/2025                               | 2024 | VAGUE | 2025-01-01 | 2025-03-31 | | | | |
                6 tháng đầu năm 2024                     | 2024 | VAGUE | 2024-01-01 | 2024-06-30 | | | | |
                6 tháng cuối năm 2024                    | 2024 | VAGUE | 2024-07-01 | 2024-12-31 | | | | |
                9 tháng đầu năm                          | 2024 | VAGUE | 2024-01-01 | 2024-09-30 | | | | |
                # around a day: the month of that day
                Trước, trong và sau ngày 18/5/2024       | 2024 | VAGUE | 2024-05-01 | 2024-05-31 | | | | |
                Thời gian thực hiện: Trước, trong và sau **ngày 18/5/2024.** | 2024 | VAGUE | 2024-05-01 | 2024-05-31 | | | | |
                trước và sau ngày 21/4                   | 2024 | VAGUE | 2024-04-01 | 2024-04-30 | | | | |
                # after a day: open
                sau ngày 18/5/2024                       | 2024 | VAGUE | 2024-05-19 |            | | | | |
                """)
        void readsVagueSpans(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }
    }

    @Nested
    @DisplayName("impossible dates")
    class ImpossibleDates {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                ngày 31/4/2024                    | 2024 | EVENT    | | | | | |          | invalid-date
                30/2/2024                         | 2024 | EVENT    | | | | | |          | invalid-date
                29/2/2023                         | 2023 | EVENT    | | | | | |          | invalid-date
                ngày 32/5                         | 2024 | EVENT    | | | | | |          | invalid-date
                32/5                              | 2024 | EVENT    | | | | | |          | invalid-date
                ngày 18/13                        | 2024 | EVENT    | | | | | |          | invalid-date
                ngày 0/5/2024                     | 2024 | EVENT    | | | | | |          | invalid-date
                31/6/2024                         | 2024 | EVENT    | | | | | |          | invalid-date
                ngày 31/9                         | 2024 | EVENT    | | | | | |          | invalid-date
                ngày 31 tháng 11 năm 2024         | 2024 | EVENT    | | | | | |          | invalid-date
                từ 28/2 đến 30/2/2023             | 2024 | PERIOD   | | | | | |          | invalid-date
                từ ngày 30/4 đến 31/4             | 2024 | PERIOD   | | | | | |          | invalid-date
                từ ngày 21/4/2024 đến ngày 15/4/2024 | 2024 | PERIOD | | | | | |        | invalid-date
                ngày 14-3/5/2024                  | 2024 | PERIOD   | | | | | |          | invalid-date
                Chủ nhật (31/4)                   | 2024 | EVENT    | | | | | | Chủ nhật | invalid-date
                trước ngày 31/4/2024              | 2024 | DEADLINE | | | | | |          | invalid-date
                """)
        void reportsImpossibleDates(String input, int year, DateKind kind, LocalDate start, LocalDate end,
                LocalTime time, LocalTime endTime, PartOfDay pod, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, pod, weekday, problem);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                ngày 31/4/2024          | 2024 | Ngày 31/4/2024 không tồn tại: tháng 4 chỉ có 30 ngày.
                30/2/2024               | 2024 | Ngày 30/2/2024 không tồn tại: tháng 2 năm 2024 chỉ có 29 ngày.
                29/2/2023               | 2024 | Ngày 29/2/2023 không tồn tại: tháng 2 năm 2023 chỉ có 28 ngày.
                ngày 32/5               | 2024 | Ngày 32/5/2024 không tồn tại: tháng 5 chỉ có 31 ngày.
                ngày 18/13              | 2024 | Ngày 18/13/2024 không tồn tại: một năm chỉ có 12 tháng.
                thứ 5 ngày 17/5         | 2024 | Ngày 17/5/2024 là Thứ Sáu, không phải Thứ Năm.
                ngày 19/5/2024 (Thứ 7)  | 2024 | Ngày 19/5/2024 là Chủ nhật, không phải Thứ Bảy.
                """)
        void explainsTheProblemInPlainVietnamese(String input, int year, String message) {
            assertEquals(message, readExactlyOne(input, year).problem().message());
        }
    }

    @Nested
    @DisplayName("not events")
    class NotEvents {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # dates that identify a cited document
                Thực hiện Công văn số 1217/BKHCN-UDCN ngày 12/4/2024 của Bộ Khoa học và Công nghệ
                Quyết định số 12/QĐ-UBND ngày 3/1/2024 của UBND tỉnh
                theo Kế hoạch số 45/KH-UBND ngày 20/3/2024
                Thông báo số 07/TB-SKHCN, ngày 5/4/2024
                căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ
                Nghị định 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020
                Chỉ thị số 01/CT-TTg ngày 6/1/2024
                Thông tư số 03/2023/TT-BKHCN ngày 15/3/2023
                Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
                Văn bản số 4117/UBND-KGVX ngày 24/11/2023 của UBND tỉnh
                Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013
                Kế hoạch ngày 3/1/2024 của UBND tỉnh
                # the document's own place and date
                Đắk Nông, ngày 12 tháng 4 năm 2024
                Kon Tum, ngày    tháng 5 năm 2024
                *Hà Nội, ngày 05 tháng 01 năm 2025*
                ngày   tháng 4 năm 2024
                # a holiday named by its day
                Ngày Khoa học và Công nghệ Việt Nam (18/5)
                chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5 và kỷ niệm 65 năm thành lập Bộ
                hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4)
                Ngày Sở hữu trí tuệ thế giới 26/4
                Tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam (18/5/2025)
                # a day of every year
                Ngày 21/4 hằng năm được Đại hội đồng Liên hợp quốc chọn là Ngày Sáng tạo và Đổi mới sáng tạo thế giới
                ngày 18/5 hàng năm là Ngày Khoa học và Công nghệ Việt Nam
                vào ngày 26/4 mỗi năm
                # a day named, nothing planned on it
                Ngày 18/5 đã được chọn là Ngày Khoa học và Công nghệ Việt Nam
                ngày 18/5/1963 được chọn là Ngày Khoa học và Công nghệ Việt Nam
                # years and counts
                năm 2024
                trong năm 2024
                kỷ niệm 65 năm thành lập
                Bản tin khoa học và công nghệ số 2 năm 2024
                3 tháng
                # numbers that are not dates
                Điện thoại: 0263.3822.123
                ĐT: 0260 3862 456
                phiên bản 2.1.3
                bản v1.2
                phiên bản 3.5
                địa chỉ 192.168.1.1
                1.500.000 đồng
                10.000 người tham dự
                Số: 45/KH-SKHCN
                Số: /KH-SKHCN
                từ 2-3 người
                10-15 đại biểu
                tỷ lệ 1/2
                đạt 8/10 điểm
                Điều 5-6 Luật
                trực đường dây nóng 24/7
                tháng 13/2024
                quý vị đại biểu
                tăng 1,5/2 lần
                # clock times alone
                14:30
                lúc 8h00
                từ 8h00 đến 11h30
                08 giờ 00
                """)
        void readsNothing(String input) {
            List<DateExpression> all = VietnameseDateReader.forYear(2024).read(input);
            assertTrue(all.isEmpty(), () -> "expected no event in «" + input + "», read " + all);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Thực hiện Công văn số 1217/BKHCN-UDCN ngày 12/4/2024, tổ chức ngày 21/4/2024   | ngày 21/4/2024
                Ngày Khoa học và Công nghệ Việt Nam (18/5) năm nay, tọa đàm chiều 17/5         | chiều 17/5
                KH&CN ngày 18/5/2024                                                         | ngày 18/5/2024
                chuyển sang ngày 20/5/2024                                                   | ngày 20/5/2024
                Ngày Khoa học và Công nghệ Việt Nam, ngày 18/5/2024 tổ chức mít tinh          | ngày 18/5/2024
                Ngày 18/5 hằng năm là Ngày Khoa học; năm nay tọa đàm chiều 17/5             | chiều 17/5
                Báo cáo trước ngày 15/12 hằng năm                                           | trước ngày 15/12
                ngày 18/5/2024 là Ngày hội khoa học của tỉnh                                | ngày 18/5/2024
                Ngày 18/5 là ngày tổ chức mít tinh                                          | Ngày 18/5
                """)
        void keepsTheEventBesideThem(String input, String quote) {
            assertEquals(quote, readExactlyOne(input, 2024).sourceQuote());
            assertNull(readExactlyOne(input, 2024).weekdayStated());
        }
    }

    @Nested
    @DisplayName("quotes and offsets")
    class Quotes {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                - Thời gian: Chiều ngày 17/5/2024 (Thứ 6).            | Chiều ngày 17/5/2024 (Thứ 6)
                - Thời gian thực hiện: Hoàn thành trước **ngày 10/5/2024.** | trước **ngày 10/5/2024
                Trong tuần từ 15/4 đến 21/4/2024 có nhiều hoạt động    | từ 15/4 đến 21/4/2024
                Tọa đàm ngày 18/5/2024 (từ 14h00 - 17h00) tại Hội trường | ngày 18/5/2024 (từ 14h00 - 17h00)
                ngày 17/5, 8h00 ngày 18/5                              | ngày 17/5 ; 8h00 ngày 18/5
                ngày 18/5 và ngày 20/5                                 | ngày 18/5 ; ngày 20/5
                Trong tháng 4/2024, trọng tâm là từ ngày 15/4/2024 đến hết ngày 21/4/2024. | Trong tháng 4/2024 ; từ ngày 15/4/2024 đến hết ngày 21/4/2024
                Sáng 17/5: khai mạc; chiều 17/5: tọa đàm; tối 18/5: giao lưu | Sáng 17/5 ; chiều 17/5 ; tối 18/5
                Hội thi vòng loại ngày 10, 15 và 20/5/2024 tại Sở      | ngày 10 ; 15 ; 20/5/2024
                Hưởng ứng Ngày Sáng tạo, tổ chức hội thảo 20/4          | 20/4
                """)
        void quotesExactlyWhatStatesTheDate(String input, String quotes) {
            List<DateExpression> all = VietnameseDateReader.forYear(2024).read(input);
            List<String> expected = Arrays.asList(quotes.split(" ; "));
            assertEquals(expected, all.stream().map(DateExpression::sourceQuote).toList());
            for (DateExpression e : all) {
                assertEquals(e.sourceQuote(), input.substring(e.start(), e.end()));
            }
        }

        @org.junit.jupiter.api.Test
        void readsEachDayOfAListThatIsNotARun() {
            List<DateExpression> all = VietnameseDateReader.forYear(2024).read("Sáng ngày 10 và 20/5/2024 (Thứ Hai)");
            assertEquals(List.of(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 20)),
                    all.stream().map(DateExpression::startDate).toList());
            assertEquals(List.of(PartOfDay.SANG, PartOfDay.SANG), all.stream().map(DateExpression::partOfDay).toList());
            assertEquals("Thứ Hai", all.get(1).weekdayStated());
            assertNull(all.get(1).problem());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.loa.dates.VietnameseDateReaderTest#writingVariants")
        void toleratesMarkdownSpacesAndDashes(String input, String quote, LocalDate start, LocalDate end) {
            DateExpression e = readExactlyOne(input, 2024);
            assertEquals(quote, e.sourceQuote());
            assertEquals(start, e.startDate());
            assertEquals(end, e.endDate());
        }
    }

    static Stream<Arguments> writingVariants() {
        LocalDate d18 = LocalDate.of(2024, 5, 18);
        return Stream.of(
                Arguments.of("ngày\u00A018/5/2024", "ngày\u00A018/5/2024", d18, d18),
                Arguments.of("Chiều\u00A0ngày 17/5/2024\u00A0(Thứ\u00A06)", "Chiều\u00A0ngày 17/5/2024\u00A0(Thứ\u00A06)",
                        LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 17)),
                Arguments.of("**ngày 18/5/2024**", "ngày 18/5/2024", d18, d18),
                Arguments.of("*Sáng* ngày 18/5/2024", "Sáng* ngày 18/5/2024", d18, d18),
                Arguments.of("từ ngày 03\u201314/5/2022", "từ ngày 03\u201314/5/2022", LocalDate.of(2022, 5, 3),
                        LocalDate.of(2022, 5, 14)),
                Arguments.of("15/4 \u2014 21/4/2024", "15/4 \u2014 21/4/2024", LocalDate.of(2024, 4, 15),
                        LocalDate.of(2024, 4, 21)),
                Arguments.of("- Thời gian:\t17/5/2024\tHội trường", "17/5/2024", LocalDate.of(2024, 5, 17),
                        LocalDate.of(2024, 5, 17)),
                Arguments.of("| 2 | Tọa đàm | 17/5/2024 | Phòng Quản lý Khoa học |", "17/5/2024",
                        LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 17)));
    }
}

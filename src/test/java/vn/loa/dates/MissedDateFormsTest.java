package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.dates.VietnameseDateReaderTest.check;
import static vn.loa.dates.VietnameseDateReaderTest.readExactlyOne;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date forms issue 13 found missed (item 9), one line each, in the columns of {@link VietnameseDateReaderTest}:
 * {@code input | document year | kind | start | end | time | end time | part of day | weekday as written | problem}.
 */
class MissedDateFormsTest {

    static List<DateExpression> read(String input, int year) {
        return VietnameseDateReader.forYear(year).read(input);
    }

    @Nested
    @DisplayName("full-width digits")
    class FullWidthDigits {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                １８/５                                            | 2024 | EVENT  | 2024-05-18 | 2024-05-18 |       |       |       |        |
                ngày １８ tháng ５                                 | 2023 | EVENT  | 2023-05-18 | 2023-05-18 |       |       |       |        |
                Hội thảo diễn ra ngày １８/５/２０２４ tại Sở.     | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |       |       |       |        |
                ngày １８ tháng ５ năm ２０２４                     | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |       |       |       |        |
                １８．５．２０２４                                 | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |       |       |       |        |
                １８／５／２０２４                                 | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |       |       |       |        |
                Chiều ngày １７/５/２０２４ (Thứ ６)               | 2024 | EVENT  | 2024-05-17 | 2024-05-17 |       |       | CHIEU | Thứ ６ |
                lúc １４：３０ ngày １８/５                        | 2024 | EVENT  | 2024-05-18 | 2024-05-18 | 14:30 |       |       |        |
                từ ８h００ đến １１h３０ ngày １８/５               | 2024 | EVENT  | 2024-05-18 | 2024-05-18 | 08:00 | 11:30 |       |        |
                từ １５/４ đến ２１/４/２０２４                    | 2023 | PERIOD | 2024-04-15 | 2024-04-21 |       |       |       |        |
                trước ngày １０/５                                 | 2024 | DEADLINE |          | 2024-05-10 |       |       |       |        |
                cuối tháng １０ năm ２０２２                       | 2024 | VAGUE  | 2022-10-21 | 2022-10-31 |       |       |       |        |
                ngày 1８/５                                        | 2024 | EVENT  | 2024-05-18 | 2024-05-18 |       |       |       |        |
                ngày ３１/４/２０２４                              | 2024 | EVENT  |            |            |       |       |       |        | invalid-date
                """)
        void readLikeAsciiDigits(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay partOfDay, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, partOfDay, weekday, problem);
        }

        @Test
        void theQuoteKeepsTheDigitsAsWritten() {
            DateExpression e = readExactlyOne("Tọa đàm sáng ngày １８/５/２０２４ tại Hội trường", 2024);
            assertEquals("sáng ngày １８/５/２０２４", e.sourceQuote());
        }

        /** Only ASCII and full-width digits: other scripts' decimal digits are never a date. */
        @ParameterizedTest
        @ValueSource(strings = {"ngày ١٨/٥/٢٠٢٤", "ngày ۱۸/۵/۲۰۲۴", "ngày १८/५/२०२४", "ngày ๑๘/๕/๒๕๖๗", "ngày 𝟏𝟖/𝟓/𝟐𝟎𝟐𝟒",
                "ngày ①⑧/⑤"})
        void otherScriptsDigitsAreNotRead(String input) {
            assertEquals(List.of(), read(input, 2024));
        }

        @Test
        void aWeekdayWithAFullWidthDigitIsParsed() {
            assertEquals(Optional.of(DayOfWeek.FRIDAY), Weekdays.parse("Thứ ６"));
            assertEquals(Optional.of(DayOfWeek.SATURDAY), Weekdays.parse("T７"));
            assertEquals(Optional.empty(), Weekdays.parse("Thứ ８"));
        }

        @Test
        void aPlaceAndDateLineInFullWidthDigitsIsTheDocumentsDate() {
            String line = "Hà Nội, ngày １２ tháng ４ năm ２０２４";
            IssueDate d = VietnameseDateReader.readIssueDate(line).orElseThrow();
            assertEquals(new IssueDate("Hà Nội", 12, 4, 2024), d);
            assertEquals(List.of(), read(line, 2024), "the document's own date is not an event");
        }
    }

    @Nested
    @DisplayName("a day and month in parentheses, then the year")
    class ParenthesisedDays {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                ngày (18/5) năm 2024                                  | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                Lễ mít tinh vào ngày (18/5) năm 2024 tại Quảng trường | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                ngày (18-5) năm 2024                                  | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                ngày (18 tháng 5) năm 2024                            | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                Sáng ngày (18/5) năm 2024                             | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  | SANG |         |
                ngày (18/5) năm 2024 (Thứ Bảy)                        | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      | Thứ Bảy |
                Thứ Bảy (18/5) năm 2024                               | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      | Thứ Bảy |
                Thứ Sáu (18/5) năm 2024                               | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      | Thứ Sáu | weekday-mismatch
                ngày (18/5)                                           | 2024 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                ngày (18/5/2024)                                      | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                ngày (28/4 – 2/5) năm 2024                            | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |  |  |      |         |
                ngày (28/12 - 3/1) năm 2025                           | 2025 | PERIOD | 2024-12-28 | 2025-01-03 |  |  |      |         |
                ngày (31/4) năm 2024                                  | 2024 | EVENT  |            |            |  |  |      |         | invalid-date
                ngay (18/5) nam 2024                                  | 2023 | EVENT  | 2024-05-18 | 2024-05-18 |  |  |      |         |
                """)
        void readWithTheirYear(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay partOfDay, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, partOfDay, weekday, problem);
        }

        @Test
        void theQuoteRunsToTheYear() {
            DateExpression e = readExactlyOne("Lễ mít tinh vào ngày (18/5) năm 2024 tại Quảng trường", 2023);
            assertEquals("vào ngày (18/5) năm 2024", e.sourceQuote());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Ngày Khoa học và Công nghệ Việt Nam (18/5) năm 2024",
            "Quyết định số 12/QĐ-UBND ngày (12/4) năm 2024 của UBND tỉnh"})
        void aHolidayOrACitedDocumentStaysOut(String input) {
            assertEquals(List.of(), read(input, 2024));
        }
    }

    @Nested
    @DisplayName("thượng tuần, trung tuần, hạ tuần: ten days of a month")
    class TenDaySpans {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                thượng tuần tháng 2                          | 2025 | VAGUE    | 2025-02-01 | 2025-02-10 |  |  |  |  |
                trung tuần tháng 2/2025                      | 2024 | VAGUE    | 2025-02-11 | 2025-02-20 |  |  |  |  |
                hạ tuần tháng 2/2025                         | 2024 | VAGUE    | 2025-02-21 | 2025-02-28 |  |  |  |  |
                hạ tuần tháng 2 năm 2024                     | 2025 | VAGUE    | 2024-02-21 | 2024-02-29 |  |  |  |  |
                Dự kiến tổ chức vào hạ tuần tháng 11.        | 2024 | VAGUE    | 2024-11-21 | 2024-11-30 |  |  |  |  |
                Thượng tuần tháng 12/2024, Sở tổng kết       | 2024 | VAGUE    | 2024-12-01 | 2024-12-10 |  |  |  |  |
                trong trung tuần tháng 7                     | 2024 | VAGUE    | 2024-07-11 | 2024-07-20 |  |  |  |  |
                chậm nhất trong hạ tuần tháng 5              | 2024 | DEADLINE |            | 2024-05-31 |  |  |  |  |
                trước thượng tuần tháng 6                    | 2024 | DEADLINE |            | 2024-05-31 |  |  |  |  |
                từ trung tuần tháng 3                        | 2024 | VAGUE    | 2024-03-11 |            |  |  |  |  |
                ha tuan thang 2                              | 2025 | VAGUE    | 2025-02-21 | 2025-02-28 |  |  |  |  |
                """)
        void readAsTenDays(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay partOfDay, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, partOfDay, weekday, problem);
        }

        @Test
        void theQuoteHoldsTheWholeSpan() {
            assertEquals("vào hạ tuần tháng 11", readExactlyOne("Dự kiến tổ chức vào hạ tuần tháng 11.", 2024).sourceQuote());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Các đơn vị tập trung tuần tới", "hạ tuần", "thượng tuần tháng 13", "hạ tuần này"})
        void withoutAMonthNothingIsRead(String input) {
            assertEquals(List.of(), read(input, 2024));
        }
    }

    @Nested
    @DisplayName("dịp: the occasion of a day, a vague span of that day")
    class Occasions {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                dịp 18/5                                                 | 2024 | VAGUE | 2024-05-18 | 2024-05-18 |  |  |  |           |
                nhân dịp 18/5                                            | 2024 | VAGUE | 2024-05-18 | 2024-05-18 |  |  |  |           |
                Tuyên truyền trong dịp 18/5/2024 trên Cổng thông tin.    | 2023 | VAGUE | 2024-05-18 | 2024-05-18 |  |  |  |           |
                nhân dịp kỷ niệm ngày 18/5                               | 2024 | VAGUE | 2024-05-18 | 2024-05-18 |  |  |  |           |
                vào dịp nghỉ lễ 30/4 - 1/5                               | 2024 | VAGUE | 2024-04-30 | 2024-05-01 |  |  |  |           |
                dịp lễ 2/9                                               | 2024 | VAGUE | 2024-09-02 | 2024-09-02 |  |  |  |           |
                nhân dịp 18/5 (Thứ Bảy)                                  | 2024 | VAGUE | 2024-05-18 | 2024-05-18 |  |  |  | Thứ Bảy   |
                nhân dịp 24/7                                            | 2024 | VAGUE | 2024-07-24 | 2024-07-24 |  |  |  |           |
                nhân dịp 31/4                                            | 2024 | VAGUE |            |            |  |  |  |           | invalid-date
                nhan dip 18/5                                            | 2024 | VAGUE | 2024-05-18 | 2024-05-18 |  |  |  |           |
                # after another lead word, dịp only names the day
                Gửi báo cáo trước dịp 18/5                               | 2024 | DEADLINE |         | 2024-05-18 |  |  |  |           |
                sau dịp 18/5/2024                                        | 2023 | VAGUE | 2024-05-19 |            |  |  |  |           |
                Trước, trong và sau dịp 18/5                             | 2024 | VAGUE | 2024-05-01 | 2024-05-31 |  |  |  |           |
                """)
        void readAsAVagueSpan(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay partOfDay, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, partOfDay, weekday, problem);
        }

        @Test
        void theQuoteHoldsTheOccasionWords() {
            assertEquals("nhân dịp kỷ niệm 18/5",
                    readExactlyOne("Tổ chức tọa đàm nhân dịp kỷ niệm 18/5 tại Sở", 2024).sourceQuote());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "nhân dịp kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18/5",
            "vào dịp 21/4 hằng năm",
            "nhân dịp này"})
        void aHolidayNameOrAYearlyDayIsNotRead(String input) {
            assertEquals(List.of(), read(input, 2024));
        }
    }

    @Nested
    @DisplayName("a range across months or the New Year")
    class RangesAcrossMonths {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                từ 28/4 đến 2/5                                   | 2024 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                28/4 – 2/5/2024                                   | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                từ ngày 28/4 đến ngày 2/5/2024                    | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                Từ ngày 28/4 - 2/5/2024, các đơn vị treo cờ       | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                từ 28/12/2024 đến 3/1/2025                        | 2024 | PERIOD | 2024-12-28 | 2025-01-03 |       |       |  |           |
                từ 28/12 đến 3/1/2025                             | 2025 | PERIOD | 2024-12-28 | 2025-01-03 |       |       |  |           |
                từ ngày 28/12/2024 đến ngày 3/1                   | 2024 | PERIOD | 2024-12-28 | 2025-01-03 |       |       |  |           |
                từ 28/4/2024 đến 2/5                              | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                28.4 - 2.5.2024                                   | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                từ 28.4 đến 2.5.2024                              | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                từ 28 tháng 4 đến 2 tháng 5 năm 2024              | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  |           |
                từ Chủ nhật (28/4) đến Thứ Năm (2/5/2024)         | 2023 | PERIOD | 2024-04-28 | 2024-05-02 |       |       |  | Chủ nhật  |
                từ 8h00 ngày 28/4 đến 17h00 ngày 2/5/2024         | 2023 | PERIOD | 2024-04-28 | 2024-05-02 | 08:00 | 17:00 |  |           |
                từ 28/4/2024 đến 2/5/2023                         | 2024 | PERIOD |            |            |       |       |  |           | invalid-date
                """)
        void readAsOnePeriod(String input, int year, DateKind kind, LocalDate start, LocalDate end, LocalTime time,
                LocalTime endTime, PartOfDay partOfDay, String weekday, String problem) {
            check(input, year, kind, start, end, time, endTime, partOfDay, weekday, problem);
        }

        @ParameterizedTest
        @ValueSource(strings = {"tăng 1.2 - 3.4 lần", "phiên bản 2.5 - 2.6", "1.2 - 3.4"})
        void dottedNumbersWithoutAYearAreNotARange(String input) {
            assertEquals(List.of(), read(input, 2024));
        }

        @Test
        void aDottedDayAloneStillNeedsItsYear() {
            List<DateExpression> all = read("28.4 - 2/5/2024", 2024);
            assertEquals(1, all.size(), all::toString);
            assertEquals("2/5/2024", all.get(0).sourceQuote(), "the slashed end is a day; 28.4 is not its start");
            assertTrue(all.get(0).kind() == DateKind.EVENT);
        }
    }
}

package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.check.Cli;
import vn.loa.dates.DateExpression;
import vn.loa.dates.VietnameseDateReader;

/** {@code loa dates} through the command line: the events item shape, exactly; errors; --year; standard input. */
class DatesCommandTest {

    /** The keys of an events item of issue 4, in order. */
    static final List<String> SHAPE = List.of("text", "kind", "start", "end", "time", "end_time", "part_of_day",
            "weekday_stated", "lead", "partners", "location", "source_quote");

    static List<JsonObject> objects(Cli r) {
        List<JsonObject> out = new ArrayList<>();
        for (String line : r.lines()) {
            out.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return out;
    }

    static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e.isJsonNull() ? null : e.getAsString();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Chiều ngày 17/5/2024 (Thứ 6)              | 2024 | event    | 2024-05-17 | 2024-05-17 | -     | -     | chiều | Thứ 6   | Chiều ngày 17/5/2024 (Thứ 6)
            ngày 18/5                                 | 2023 | event    | 2023-05-18 | 2023-05-18 | -     | -     | -     | -       | ngày 18/5
            từ ngày 03-14/5/2022                      | 2024 | period   | 2022-05-03 | 2022-05-14 | -     | -     | -     | -       | từ ngày 03-14/5/2022
            từ ngày 15/4/2024 đến hết ngày 21/4/2024  | 2024 | period   | 2024-04-15 | 2024-04-21 | -     | -     | -     | -       | từ ngày 15/4/2024 đến hết ngày 21/4/2024
            8h00 ngày 18/5                            | 2024 | event    | 2024-05-18 | 2024-05-18 | 08:00 | -     | -     | -       | 8h00 ngày 18/5
            từ 8h00 đến 11h30 ngày 18/5/2024          | 2024 | event    | 2024-05-18 | 2024-05-18 | 08:00 | 11:30 | -     | -       | từ 8h00 đến 11h30 ngày 18/5/2024
            Hoàn thành trước ngày 10/5/2024           | 2024 | deadline | -          | 2024-05-10 | -     | -     | -     | -       | trước ngày 10/5/2024
            cuối tháng 10 năm 2022                    | 2024 | vague    | 2022-10-21 | 2022-10-31 | -     | -     | -     | -       | cuối tháng 10 năm 2022
            trong tháng 4/2024                        | 2024 | vague    | 2024-04-01 | 2024-04-30 | -     | -     | -     | -       | trong tháng 4/2024
            Trước, trong và sau ngày 18/5/2024        | 2024 | vague    | 2024-05-01 | 2024-05-31 | -     | -     | -     | -       | Trước, trong và sau ngày 18/5/2024
            """)
    void readsOneExpressionInTheEventsItemShape(String text, int year, String kind, String start, String end,
                                                String time, String endTime, String partOfDay, String weekday, String quote) {
        Cli r = Cli.run("dates", text, "--year", String.valueOf(year));
        assertEquals(0, r.exit(), r.err());
        List<JsonObject> all = objects(r);
        assertEquals(1, all.size(), r.out());
        JsonObject o = all.get(0);
        assertEquals(SHAPE, new ArrayList<>(o.keySet()), "keys and their order");
        assertEquals(quote, str(o, "text"));
        assertEquals(kind, str(o, "kind"));
        assertEquals(start, str(o, "start"));
        assertEquals(end, str(o, "end"));
        assertEquals(time, str(o, "time"));
        assertEquals(endTime, str(o, "end_time"));
        assertEquals(partOfDay, str(o, "part_of_day"));
        assertEquals(weekday, str(o, "weekday_stated"));
        assertEquals("[]", o.get("lead").toString());
        assertEquals("[]", o.get("partners").toString());
        assertTrue(o.get("location").isJsonNull());
        assertEquals(quote, str(o, "source_quote"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ngày 31/4/2024                | invalid-date     | Ngày 31/4/2024 không tồn tại: tháng 4 chỉ có 30 ngày.
            ngày 29/2/2023                | invalid-date     | Ngày 29/2/2023 không tồn tại: tháng 2 năm 2023 chỉ có 28 ngày.
            Chiều ngày 18/5/2024 (Thứ 6)  | weekday-mismatch | Ngày 18/5/2024 là Thứ Bảy, không phải Thứ Sáu.
            """)
    void anImpossibleDateOrAWrongWeekdayHasAnErrorAndExitCodeZero(String text, String code, String message) {
        Cli r = Cli.run("dates", "--year", "2024", text);
        assertEquals(0, r.exit(), "the command ran; the error is in the output");
        JsonObject o = objects(r).get(0);
        List<String> keys = new ArrayList<>(SHAPE);
        keys.add("error");
        assertEquals(keys, new ArrayList<>(o.keySet()));
        JsonObject error = o.getAsJsonObject("error");
        assertEquals(List.of("code", "message"), new ArrayList<>(error.keySet()));
        assertEquals(code, str(error, "code"));
        assertEquals(message, str(error, "message"));
    }

    @Test
    void printsEveryExpressionOneLineEach() {
        Cli r = Cli.run("dates", "--year", "2024",
                "Thực hiện Công văn số 1217/BKHCN-UDCN ngày 12/4/2024, triển lãm từ ngày 15/5 đến hết ngày 21/5; tọa đàm chiều 17/5 (Thứ Sáu); báo cáo trước ngày 31/5.");
        assertEquals(0, r.exit());
        List<String> quotes = objects(r).stream().map(o -> str(o, "source_quote")).toList();
        assertEquals(List.of("từ ngày 15/5 đến hết ngày 21/5", "chiều 17/5 (Thứ Sáu)", "trước ngày 31/5"), quotes);
    }

    @Test
    void isDateExpressionToJsonWithLeadPartnersAndLocationAdded() {
        String text = "Sáng 18/5/2024 (Thứ Bảy), 8h00 ngày 16/5 và ngày 31/4; hạn chót 10/5; cuối tháng 10.";
        Cli r = Cli.run("dates", "--year", "2024", text);
        List<DateExpression> read = VietnameseDateReader.forYear(2024).read(text);
        List<String> lines = r.lines();
        assertEquals(read.size(), lines.size());
        for (int i = 0; i < read.size(); i++) {
            String expected = read.get(i).toJson().replace(", \"source_quote\": ",
                    ", \"lead\": [], \"partners\": [], \"location\": null, \"source_quote\": ");
            assertEquals(expected, lines.get(i));
        }
    }

    @Test
    void theYearDefaultsToTheCurrentYear() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonObject o = objects(Cli.run("dates", "ngày 18/5")).get(0);
        assertEquals(year + "-05-18", str(o, "start"));
    }

    @Test
    void severalWordsAreOneText() {
        JsonObject o = objects(Cli.run("dates", "--year", "2024", "Chiều", "ngày", "17/5/2024")).get(0);
        assertEquals("Chiều ngày 17/5/2024", str(o, "source_quote"));
    }

    @Test
    void aDashReadsStandardInput() {
        Cli r = Cli.withInput("Dòng một: ngày 18/5/2024.\r\nDòng hai: trước ngày 10/5.\n", "dates", "--year", "2024", "-");
        assertEquals(0, r.exit(), r.err());
        List<JsonObject> all = objects(r);
        assertEquals(2, all.size(), r.out());
        assertEquals("2024-05-18", str(all.get(0), "start"));
        assertEquals("deadline", str(all.get(1), "kind"));
    }

    @Test
    void standardInputWithABomAndDecomposedTextIsRead() {
        byte[] nfd = java.text.Normalizer.normalize("Chiều ngày 17/5/2024", java.text.Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[nfd.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(nfd, 0, withBom, 3, nfd.length);
        JsonObject o = objects(Cli.withBytes(withBom, "dates", "--year", "2024", "-")).get(0);
        assertEquals("Chiều ngày 17/5/2024", str(o, "source_quote"));
        assertEquals("chiều", str(o, "part_of_day"));
    }

    @Test
    void textWithoutDatesPrintsNothing() {
        Cli r = Cli.run("dates", "Không có ngày nào ở đây, chỉ có 2-3 người và Điều 5-6.");
        assertEquals(0, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("dates").exit());
        assertEquals(2, Cli.run("dates", "   ").exit());
        assertEquals(2, Cli.run("dates", "ngày 18/5", "--year", "hai").exit());
        Cli zero = Cli.run("dates", "ngày 18/5", "--year", "0");
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("Năm phải từ 1 đến 9999"), zero.err());
        assertEquals(2, Cli.withBytes(new byte[] {(byte) 0xC3, (byte) 0x28}, "dates", "-").exit());
        assertEquals("", Cli.run("dates").out());
    }

    /** The forms issue 13 found missed, as {@code loa dates} shows them. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Hội thảo ngày １８/５/２０２４ tại Sở      | 2023 | event  | 2024-05-18 | 2024-05-18 | ngày １８/５/２０２４
            ngày (18/5) năm 2024                      | 2023 | event  | 2024-05-18 | 2024-05-18 | ngày (18/5) năm 2024
            Dự kiến vào thượng tuần tháng 2/2025.     | 2024 | vague  | 2025-02-01 | 2025-02-10 | vào thượng tuần tháng 2/2025
            trung tuần tháng 2                        | 2025 | vague  | 2025-02-11 | 2025-02-20 | trung tuần tháng 2
            hạ tuần tháng 2                           | 2025 | vague  | 2025-02-21 | 2025-02-28 | hạ tuần tháng 2
            Tuyên truyền nhân dịp 18/5                | 2024 | vague  | 2024-05-18 | 2024-05-18 | nhân dịp 18/5
            từ 28/4 đến 2/5                           | 2024 | period | 2024-04-28 | 2024-05-02 | từ 28/4 đến 2/5
            28/4 – 2/5/2024                           | 2023 | period | 2024-04-28 | 2024-05-02 | 28/4 – 2/5/2024
            từ ngày 28/4 đến ngày 2/5/2024            | 2023 | period | 2024-04-28 | 2024-05-02 | từ ngày 28/4 đến ngày 2/5/2024
            từ 28/12/2024 đến 3/1/2025                | 2024 | period | 2024-12-28 | 2025-01-03 | từ 28/12/2024 đến 3/1/2025
            """)
    void showsTheFormsAddedForIssue13(String text, int year, String kind, String start, String end, String quote) {
        Cli r = Cli.run("dates", text, "--year", String.valueOf(year));
        assertEquals(0, r.exit(), r.err());
        List<JsonObject> all = objects(r);
        assertEquals(1, all.size(), r.out());
        JsonObject o = all.get(0);
        assertEquals(SHAPE, new ArrayList<>(o.keySet()));
        assertEquals(kind, str(o, "kind"));
        assertEquals(start, str(o, "start"));
        assertEquals(end, str(o, "end"));
        assertEquals(quote, str(o, "source_quote"));
    }

    @Test
    void standardInputLongerThanTheLimitIsAUsageError() {
        byte[] big = "ngày 18/5 ".repeat(DatesCommand.MAX_STDIN_BYTES / 10 + 1).getBytes(StandardCharsets.UTF_8);
        Cli r = Cli.withBytes(big, "dates", "--year", "2024", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("dài hơn 1 MB"), r.err());
        assertEquals("", r.out());
    }
}

package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Properties of reading dates, over random dates from 2000 to 2040. */
class DateReadingPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2040, 12, 31);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
    }

    static String dm(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue();
    }

    static String dmy(LocalDate d) {
        return dm(d) + "/" + d.getYear();
    }

    static String words(LocalDate d) {
        return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    // ------------------------------------------------------------------ one day in every form

    /** Forms of one day; those marked {@code false} leave the year to the document. */
    record Form(String name, boolean hasYear, Function<LocalDate, String> write) {
    }

    static final List<Form> DAY_FORMS = List.of(
            new Form("ngày d/m/y", true, d -> "ngày " + dmy(d)),
            new Form("d/m/y", true, DateReadingPropertiesTest::dmy),
            new Form("d-m-y", true, d -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear()),
            new Form("d.m.y", true, d -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear()),
            new Form("dd/mm/yyyy", true, d -> String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())),
            new Form("ngày d tháng m năm y", true, DateReadingPropertiesTest::words),
            new Form("ngày dd tháng mm năm y", true, d -> String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(),
                    d.getMonthValue(), d.getYear())),
            new Form("in a sentence", true, d -> "- Thời gian: Tổ chức vào ngày " + dmy(d) + " tại Hội trường."),
            new Form("with markdown", true, d -> "Hoàn thành **ngày " + dmy(d) + ".**"),
            new Form("d/m", false, DateReadingPropertiesTest::dm),
            new Form("d-m", false, d -> d.getDayOfMonth() + "-" + d.getMonthValue()),
            new Form("ngày d/m", false, d -> "ngày " + dm(d)),
            new Form("ngày d tháng m", false, d -> "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue()),
            new Form("(d/m)", false, d -> "Tọa đàm (" + dm(d) + ") tại Sở"));

    @Property
    @Label("every supported form of a date reads back as that date")
    void everyFormReadsBack(@ForAll("dates") LocalDate d, @ForAll @IntRange(max = 13) int formIndex) {
        Form form = DAY_FORMS.get(formIndex);
        boolean bare = !form.hasYear() && !form.write().apply(d).contains("ngày");
        Assume.that(!(bare && d.getDayOfMonth() == 24 && d.getMonthValue() == 7)); // "24/7" is round the clock
        int documentYear = form.hasYear() ? 2099 - d.getYear() % 50 : d.getYear();
        String text = form.write().apply(d);
        DateExpression e = VietnameseDateReader.forYear(documentYear).readOne(text).orElseThrow(
                () -> new AssertionError(form.name() + ": nothing read in «" + text + "»"));
        assertEquals(DateKind.EVENT, e.kind(), text);
        assertEquals(d, e.startDate(), text);
        assertEquals(d, e.endDate(), text);
        assertNull(e.problem(), text);
    }

    // ------------------------------------------------------------------ ranges

    static final List<BiFunction<LocalDate, LocalDate, String>> RANGE_FORMS = List.of(
            (a, b) -> "từ ngày " + dmy(a) + " đến ngày " + dmy(b),
            (a, b) -> "từ " + dm(a) + " đến " + dmy(b),
            (a, b) -> dm(a) + " - " + dmy(b),
            (a, b) -> dmy(a) + " \u2013 " + dmy(b),
            (a, b) -> "từ " + words(a) + " đến " + words(b),
            (a, b) -> "Từ ngày " + dmy(a) + " đến hết ngày " + dmy(b) + ", các đơn vị",
            (a, b) -> "từ ngày " + dm(a) + " đến ngày " + dmy(b),
            (a, b) -> "trong tuần từ " + dm(a) + "-" + dmy(b));

    @Property
    @Label("a range d1..d2 in any range form reads as exactly [d1, d2]")
    void rangesReadBack(@ForAll("dates") LocalDate d1, @ForAll @IntRange(max = 364) int length,
            @ForAll @IntRange(max = 7) int formIndex) {
        LocalDate d2 = d1.plusDays(length);
        Assume.that(!d2.isAfter(LAST));
        String text = RANGE_FORMS.get(formIndex).apply(d1, d2);
        assertRange(text, d1, d2, 2099);
    }

    static final List<BiFunction<LocalDate, Integer, String>> SAME_MONTH_FORMS = List.of(
            (a, day2) -> "từ ngày " + a.getDayOfMonth() + "-" + day2 + "/" + a.getMonthValue() + "/" + a.getYear(),
            (a, day2) -> a.getDayOfMonth() + " - " + day2 + "/" + a.getMonthValue() + "/" + a.getYear(),
            (a, day2) -> String.format("%02d\u2013%02d/%02d/%d", a.getDayOfMonth(), day2, a.getMonthValue(), a.getYear()),
            (a, day2) -> "từ ngày " + a.getDayOfMonth() + " đến ngày " + day2 + "/" + a.getMonthValue() + "/" + a.getYear(),
            (a, day2) -> "ngày " + a.getDayOfMonth() + "-" + day2 + "/" + a.getMonthValue());

    @Property
    @Label("a range of days within one month reads as exactly [d1, d2]")
    void sameMonthRangesReadBack(@ForAll("dates") LocalDate d1, @ForAll @IntRange(max = 30) int extra,
            @ForAll @IntRange(max = 4) int formIndex) {
        int length = YearMonth.from(d1).lengthOfMonth();
        int day2 = d1.getDayOfMonth() + extra % (length - d1.getDayOfMonth() + 1);
        String text = SAME_MONTH_FORMS.get(formIndex).apply(d1, day2);
        assertRange(text, d1, d1.withDayOfMonth(day2), d1.getYear());
    }

    private static void assertRange(String text, LocalDate d1, LocalDate d2, int documentYear) {
        List<DateExpression> all = VietnameseDateReader.forYear(documentYear).read(text);
        assertEquals(1, all.size(), () -> "«" + text + "»: " + all);
        DateExpression e = all.get(0);
        assertEquals(d1.equals(d2) ? DateKind.EVENT : DateKind.PERIOD, e.kind(), text);
        assertEquals(d1, e.startDate(), text);
        assertEquals(d2, e.endDate(), text);
        assertNull(e.problem(), text);
    }

    // ------------------------------------------------------------------ impossible dates

    @Provide
    Arbitrary<int[]> impossibleDays() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2040);
        Arbitrary<int[]> dayTooBig = Combinators.combine(years, Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 68)).as((y, m, extra) -> {
                    int len = YearMonth.of(y, m).lengthOfMonth();
                    return new int[] {Math.min(99, len + 1 + extra), m, y};
                });
        Arbitrary<int[]> monthTooBig = Combinators.combine(years, Arbitraries.integers().between(13, 99),
                Arbitraries.integers().between(1, 31)).as((y, m, d) -> new int[] {d, m, y});
        Arbitrary<int[]> zero = Combinators.combine(years, Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 28)).as((y, m, d) -> new int[] {m == 0 ? d + 1 : 0, m, y});
        return Arbitraries.frequencyOf(Tuple.of(5, dayTooBig), Tuple.of(3, monthTooBig), Tuple.of(1, zero));
    }

    static final List<Function<int[], String>> IMPOSSIBLE_FORMS = List.of(
            x -> "ngày " + x[0] + "/" + x[1] + "/" + x[2],
            x -> x[0] + "/" + x[1] + "/" + x[2],
            x -> x[0] + "-" + x[1] + "-" + x[2],
            x -> "ngày " + x[0] + " tháng " + x[1] + " năm " + x[2],
            x -> "Sáng ngày " + x[0] + "/" + x[1],
            x -> "trước ngày " + x[0] + "/" + x[1] + "/" + x[2]);

    @Property
    @Label("an impossible day or month is reported as invalid-date and never becomes a date")
    void impossibleDatesAreReported(@ForAll("impossibleDays") int[] dmy, @ForAll @IntRange(max = 5) int formIndex) {
        String text = IMPOSSIBLE_FORMS.get(formIndex).apply(dmy);
        List<DateExpression> all = VietnameseDateReader.forYear(dmy[2]).read(text);
        assertEquals(1, all.size(), () -> "«" + text + "»: " + all);
        DateExpression e = all.get(0);
        assertNotNull(e.problem(), text);
        assertEquals(DateProblem.INVALID_DATE, e.problem().code(), text);
        assertNull(e.startDate(), text);
        assertNull(e.endDate(), text);
    }

    // ------------------------------------------------------------------ weekdays

    /** Ways to write a weekday: its name, "Thứ N" / "Chủ nhật", "TN" / "CN". */
    static String written(DayOfWeek w, int style) {
        return switch (style) {
            case 0 -> Weekdays.name(w);
            case 1 -> w == DayOfWeek.SUNDAY ? "Chủ nhật" : "Thứ " + (w.getValue() + 1);
            case 2 -> w == DayOfWeek.SUNDAY ? "CN" : "T" + (w.getValue() + 1);
            default -> Weekdays.name(w).toLowerCase(java.util.Locale.ROOT);
        };
    }

    static final List<BiFunction<LocalDate, String, String>> WEEKDAY_FORMS = List.of(
            (d, w) -> w + ", ngày " + dmy(d),
            (d, w) -> "ngày " + dmy(d) + " (" + w + ")",
            (d, w) -> w + " (" + dm(d) + ")",
            (d, w) -> "Chiều ngày " + dmy(d) + " (" + w + ")",
            (d, w) -> w + " ngày " + dm(d),
            (d, w) -> "Sáng " + w + ", ngày " + dmy(d));

    @Property
    @Label("the date's own weekday never produces a mismatch")
    void rightWeekdayIsAccepted(@ForAll("dates") LocalDate d, @ForAll @IntRange(max = 5) int formIndex) {
        String w = Weekdays.name(d.getDayOfWeek());
        String text = WEEKDAY_FORMS.get(formIndex).apply(d, w);
        DateExpression e = VietnameseDateReader.forYear(d.getYear()).readOne(text).orElseThrow();
        assertEquals(d, e.startDate(), text);
        assertEquals(w, e.weekdayStated(), text);
        assertNull(e.problem(), text);
    }

    @Property
    @Label("any other weekday, however written, is a mismatch and the date is kept")
    void otherWeekdayIsAMismatch(@ForAll("dates") LocalDate d, @ForAll DayOfWeek stated,
            @ForAll @IntRange(max = 3) int style, @ForAll @IntRange(max = 5) int formIndex) {
        Assume.that(stated != d.getDayOfWeek());
        String w = written(stated, style);
        String text = WEEKDAY_FORMS.get(formIndex).apply(d, w);
        DateExpression e = VietnameseDateReader.forYear(d.getYear()).readOne(text).orElseThrow();
        assertEquals(d, e.startDate(), text);
        assertEquals(w, e.weekdayStated(), text);
        assertNotNull(e.problem(), text);
        assertEquals(DateProblem.WEEKDAY_MISMATCH, e.problem().code(), text);
        assertTrue(e.problem().message().contains(Weekdays.name(d.getDayOfWeek())), e.problem().message());
    }

    // ------------------------------------------------------------------ quotes and offsets in running text

    static final List<String> FILLER = List.of(
            "các", "hoạt động", "tổ chức", "hội thảo", "tại", "Sở", "Khoa học", "và", "Công nghệ", "tỉnh", "Đắk Nông",
            "đơn vị", "tuyên truyền", "kỷ niệm", ",", ".", ";", ":", "**", "*", "\u00A0", "\n", "\t", "(", ")", "-",
            "65 năm", "số 45/KH-SKHCN", "Công văn số 1217/BKHCN-UDCN ngày 12/4/2024", "0263.3822.123", "2-3 người",
            "Việt Nam (18/5)", "Thứ 6", "8h00", "14 giờ 30", "chiều", "trước", "từ", "đến", "tháng", "quý", "năm 2024",
            "Chủ nhật", "lúc", "sau", "trong", "1.500.000 đồng", "Điều 5", "| 3 |", "—", "–");

    @Provide
    Arbitrary<String> snippets() {
        Arbitrary<String> fromDays = Combinators.combine(dates(), Arbitraries.integers().between(0, 13))
                .as((d, f) -> DAY_FORMS.get(f).write().apply(d));
        Arbitrary<String> fromRanges = Combinators.combine(dates(), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 7)).as((d, k, f) -> RANGE_FORMS.get(f).apply(d, d.plusDays(k)));
        Arbitrary<String> fromImpossible = Combinators.combine(impossibleDays(), Arbitraries.integers().between(0, 5))
                .as((x, f) -> IMPOSSIBLE_FORMS.get(f).apply(x));
        return Arbitraries.oneOf(fromDays, fromRanges, fromImpossible);
    }

    @Provide
    Arbitrary<String> runningText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(FILLER)),
                Tuple.of(2, snippets()),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789/-.:hg ()ngàyth").ofMaxLength(8)));
        return piece.list().ofMaxSize(25).map(parts -> {
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                if (b.length() > 0 && !p.isEmpty() && !".,;:)".contains(p.substring(0, 1))) {
                    b.append(' ');
                }
                b.append(p);
            }
            return b.toString();
        });
    }

    @Property(tries = 500)
    @Label("every quote is the text between its offsets, in order, never overlapping")
    void quotesMatchOffsets(@ForAll("runningText") String text, @ForAll @IntRange(min = 2000, max = 2040) int year) {
        int last = 0;
        for (DateExpression e : VietnameseDateReader.forYear(year).read(text)) {
            assertEquals(e.sourceQuote(), text.substring(e.start(), e.end()), text);
            assertTrue(e.start() >= last, () -> "overlap or disorder in «" + text + "»");
            assertTrue(e.end() > e.start());
            assertEquals(e.sourceQuote(), e.sourceQuote().strip(), "no surrounding spaces");
            last = e.end();
        }
    }

    @Property(tries = 300)
    @Label("dates separated by plain filler are all read, each as itself")
    void embeddedDatesAreFound(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
            @ForAll @IntRange(max = 8) int formA, @ForAll @IntRange(max = 8) int formB) {
        String textA = DAY_FORMS.get(formA).write().apply(a);
        String textB = DAY_FORMS.get(formB).write().apply(b);
        String text = "Các hoạt động tuyên truyền " + textA + "; hội thảo khoa học và công nghệ " + textB + " tại tỉnh.";
        List<DateExpression> all = VietnameseDateReader.forYear(2030).read(text);
        assertEquals(List.of(a, b), all.stream().map(DateExpression::startDate).toList(), text);
    }

    @Property(tries = 300)
    @Label("reading never fails on arbitrary text")
    void neverFails(@ForAll String anything) {
        for (DateExpression e : VietnameseDateReader.forYear(2024).read(anything)) {
            assertEquals(e.sourceQuote(), anything.substring(e.start(), e.end()));
        }
    }

    // ------------------------------------------------------------------ without tone marks

    static String withoutToneMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ') {
                b.append('d');
            } else if (c == 'Đ') {
                b.append('D');
            } else {
                b.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
            }
        }
        return b.toString();
    }

    static final List<String> TEMPLATES = List.of(
            "ngày {d}/{m}/{y}", "Chiều ngày {d}/{m}/{y} ({w})", "{w}, ngày {d}/{m}/{y}", "thứ 6 ngày {d}/{m}",
            "Hoàn thành trước **ngày {d}/{m}/{y}.**", "chậm nhất ngày {d}/{m}", "hạn chót {d}/{m}",
            "trước 17h00 ngày {d}/{m}/{y}", "từ ngày {d}/{m} đến ngày {d2}/{m2}/{y2}", "từ 8h00 đến 11h30 ngày {d}/{m}/{y}",
            "buổi tối ngày {d}/{m}", "Sáng {d}/{m}: khai mạc; chiều {d2}/{m2}: bế mạc", "trong tháng {m}/{y}",
            "đầu tháng {m}", "giữa tháng {m}", "cuối tháng {m} năm {y}", "quý II/{y}", "6 tháng đầu năm {y}",
            "Trước, trong và sau ngày {d}/{m}/{y}", "sau ngày {d}/{m}/{y}", "Từ ngày {d}/{m}/{y}, các đơn vị",
            "Công văn số 1217/BKHCN-UDCN ngày {d}/{m}/{y} của Bộ", "Đắk Nông, ngày {d} tháng {m} năm {y}",
            "ngày {d} tháng {m} năm {y} (Chủ nhật)", "14 giờ 30 ngày {d}/{m}", "vào lúc 14 giờ 00 phút, {w}, ngày {d}/{m}",
            "Tối thứ bảy ({d}/{m})", "ngày 31/4/{y}", "gửi về Sở đến hết ngày {d}/{m}/{y}",
            "Ngày Khoa học và Công nghệ Việt Nam ({d}/{m})", "từ tháng {m} đến tháng 12/{y}", "chuyển sang ngày {d}/{m}/{y}");

    @Provide
    Arbitrary<String> sentences() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 60), Arbitraries.of(TEMPLATES))
                .as((d, k, template) -> {
                    LocalDate d2 = d.plusDays(k);
                    return template.replace("{d2}", "" + d2.getDayOfMonth()).replace("{m2}", "" + d2.getMonthValue())
                            .replace("{y2}", "" + d2.getYear()).replace("{d}", "" + d.getDayOfMonth())
                            .replace("{m}", "" + d.getMonthValue()).replace("{y}", "" + d.getYear())
                            .replace("{w}", Weekdays.name(d.getDayOfWeek()));
                });
    }

    @Property(tries = 500)
    @Label("text without tone marks reads the same as with them")
    void toneMarksDoNotMatter(@ForAll("sentences") String text, @ForAll @IntRange(min = 2000, max = 2040) int year) {
        String plain = withoutToneMarks(text);
        VietnameseDateReader reader = VietnameseDateReader.forYear(year);
        assertEquals(summary(reader.read(text)), summary(reader.read(plain)), text + " / " + plain);
    }

    private static List<String> summary(List<DateExpression> all) {
        List<String> out = new ArrayList<>();
        for (DateExpression e : all) {
            out.add(e.start() + ".." + e.end() + " " + e.kind() + " " + e.startDate() + " " + e.endDate() + " "
                    + e.time() + " " + e.endTime() + " " + e.partOfDay() + " "
                    + (e.weekdayStated() == null ? null : Weekdays.parse(e.weekdayStated()).orElse(null)) + " "
                    + (e.problem() == null ? null : e.problem().code()));
        }
        return out;
    }

    // ------------------------------------------------------------------ forms added for issue 13

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c);
        }
        return b.toString();
    }

    @Property(tries = 500)
    @Label("full-width digits read exactly like ASCII digits, the quote keeping them as written")
    void fullWidthDigitsReadLikeAscii(@ForAll("sentences") String text, @ForAll @IntRange(min = 2000, max = 2040) int year) {
        String wide = fullWidth(text);
        VietnameseDateReader reader = VietnameseDateReader.forYear(year);
        List<DateExpression> read = reader.read(wide);
        assertEquals(summary(reader.read(text)), summary(read), wide);
        for (DateExpression e : read) {
            assertEquals(wide.substring(e.start(), e.end()), e.sourceQuote());
        }
    }

    @Property
    @Label("a day in any form reads the same with full-width digits")
    void everyDayFormReadsBackInFullWidth(@ForAll("dates") LocalDate d, @ForAll @IntRange(max = 13) int formIndex) {
        Form form = DAY_FORMS.get(formIndex);
        String text = fullWidth(form.write().apply(d));
        Assume.that(!(d.getDayOfMonth() == 24 && d.getMonthValue() == 7 && !text.contains("ngày")));
        int documentYear = form.hasYear() ? 2099 - d.getYear() % 50 : d.getYear();
        DateExpression e = VietnameseDateReader.forYear(documentYear).readOne(text).orElseThrow(
                () -> new AssertionError(form.name() + ": nothing read in «" + text + "»"));
        assertEquals(d, e.startDate(), text);
        assertEquals(d, e.endDate(), text);
        assertNull(e.problem(), text);
    }

    static final List<Function<LocalDate, String>> PARENTHESISED_FORMS = List.of(
            d -> "ngày (" + dm(d) + ") năm " + d.getYear(),
            d -> "ngày (" + d.getDayOfMonth() + "-" + d.getMonthValue() + ") năm " + d.getYear(),
            d -> "Tổ chức vào ngày (" + dm(d) + ") năm " + d.getYear() + " tại Hội trường",
            d -> Weekdays.name(d.getDayOfWeek()) + " (" + dm(d) + ") năm " + d.getYear(),
            d -> "ngày (" + dm(d) + ") năm " + d.getYear() + " (" + Weekdays.name(d.getDayOfWeek()) + ")");

    @Property
    @Label("a day and month in parentheses take the year written after them")
    void parenthesisedDaysTakeTheirYear(@ForAll("dates") LocalDate d, @ForAll @IntRange(max = 4) int formIndex) {
        String text = PARENTHESISED_FORMS.get(formIndex).apply(d);
        List<DateExpression> all = VietnameseDateReader.forYear(2099 - d.getYear() % 50).read(text);
        assertEquals(1, all.size(), () -> "«" + text + "»: " + all);
        DateExpression e = all.get(0);
        assertEquals(DateKind.EVENT, e.kind(), text);
        assertEquals(d, e.startDate(), text);
        assertNull(e.problem(), text);
        assertTrue(e.sourceQuote().contains("năm " + d.getYear()), () -> "the quote runs to the year: " + e.sourceQuote());
    }

    @Property
    @Label("thượng / trung / hạ tuần tháng m is days 1–10, 11–20, 21 to the month's end, like đầu / giữa / cuối")
    void tenDaySpans(@ForAll @IntRange(min = 2000, max = 2040) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(max = 2) int third, @ForAll boolean withYear, @ForAll boolean toneless) {
        YearMonth ym = YearMonth.of(year, month);
        String words = List.of("thượng tuần", "trung tuần", "hạ tuần").get(third);
        String text = words + " tháng " + month + (withYear ? "/" + year : "");
        String plain = toneless ? withoutToneMarks(text) : text;
        VietnameseDateReader reader = VietnameseDateReader.forYear(withYear ? 2099 - year % 50 : year);
        List<DateExpression> all = reader.read(plain);
        assertEquals(1, all.size(), () -> "«" + plain + "»: " + all);
        DateExpression e = all.get(0);
        assertEquals(DateKind.VAGUE, e.kind(), plain);
        assertEquals(ym.atDay(third * 10 + 1), e.startDate(), plain);
        assertEquals(third == 2 ? ym.atEndOfMonth() : ym.atDay(third * 10 + 10), e.endDate(), plain);
        assertEquals(plain, e.sourceQuote());
        String same = List.of("đầu", "giữa", "cuối").get(third) + " tháng " + month + (withYear ? "/" + year : "");
        DateExpression other = reader.readOne(same).orElseThrow();
        assertEquals(List.of(other.startDate(), other.endDate()), List.of(e.startDate(), e.endDate()), same);
    }

    static final List<String> OCCASION_LEADS = List.of("dịp ", "nhân dịp ", "trong dịp ", "vào dịp ", "nhân dịp kỷ niệm ",
            "dịp lễ ");

    @Property
    @Label("dịp before a day or a range is a vague span with exactly its bounds")
    void occasionsAreVagueWithTheDaysBounds(@ForAll("dates") LocalDate d1, @ForAll @IntRange(max = 40) int length,
            @ForAll @IntRange(max = 5) int lead, @ForAll @IntRange(max = 3) int formIndex) {
        LocalDate d2 = d1.plusDays(length);
        Assume.that(!d2.isAfter(LAST));
        String date = switch (formIndex) {
            case 0 -> dmy(d1);
            case 1 -> "ngày " + dmy(d1);
            case 2 -> dm(d1) + " - " + dmy(d2);
            default -> words(d1);
        };
        boolean range = formIndex == 2;
        String text = OCCASION_LEADS.get(lead) + date;
        List<DateExpression> all = VietnameseDateReader.forYear(2099).read(text);
        assertEquals(1, all.size(), () -> "«" + text + "»: " + all);
        DateExpression e = all.get(0);
        assertEquals(DateKind.VAGUE, e.kind(), text);
        assertEquals(d1, e.startDate(), text);
        assertEquals(range ? d2 : d1, e.endDate(), text);
        assertEquals(text, e.sourceQuote());
    }

    static final List<BiFunction<LocalDate, LocalDate, String>> YEAR_ON_ONE_END_FORMS = List.of(
            (a, b) -> "từ ngày " + dmy(a) + " đến ngày " + dm(b),
            (a, b) -> dmy(a) + " - " + dm(b),
            (a, b) -> "từ " + dm(a) + " đến " + dmy(b),
            (a, b) -> a.getDayOfMonth() + "." + a.getMonthValue() + " - " + b.getDayOfMonth() + "." + b.getMonthValue()
                    + "." + b.getYear(),
            (a, b) -> "từ " + a.getDayOfMonth() + "." + a.getMonthValue() + " đến " + b.getDayOfMonth() + "."
                    + b.getMonthValue() + "." + b.getYear(),
            (a, b) -> "ngày (" + dm(a) + " – " + dm(b) + ") năm " + b.getYear());

    @Property
    @Label("a range across months or New Year with the year on one end only reads as exactly [d1, d2]")
    void rangesWithTheYearOnOneEnd(@ForAll("dates") LocalDate d1, @ForAll @IntRange(min = 1, max = 300) int length,
            @ForAll @IntRange(max = 5) int formIndex) {
        LocalDate d2 = d1.plusDays(length);
        Assume.that(!d2.isAfter(LAST));
        Assume.that(d2.getMonthValue() != d1.getMonthValue() || d2.getYear() != d1.getYear());
        String text = YEAR_ON_ONE_END_FORMS.get(formIndex).apply(d1, d2);
        assertRange(text, d1, d2, 2099);
    }

    static final List<String> MORE_TEMPLATES = List.of(
            "thượng tuần tháng {m}", "trung tuần tháng {m}/{y}", "Dự kiến vào hạ tuần tháng {m} năm {y}.",
            "nhân dịp {d}/{m}", "trong dịp kỷ niệm ngày {d}/{m}/{y}", "ngày ({d}/{m}) năm {y}",
            "Thứ Bảy ({d}/{m}) năm {y}", "từ ngày {d}/{m}/{y} đến ngày {d2}/{m2}", "{d}.{m} - {d2}.{m2}.{y2}",
            "chậm nhất trong hạ tuần tháng {m}");

    @Provide
    Arbitrary<String> moreSentences() {
        return Combinators.combine(dates(), Arbitraries.integers().between(1, 60), Arbitraries.of(MORE_TEMPLATES))
                .as((d, k, template) -> {
                    LocalDate d2 = d.plusDays(k);
                    return template.replace("{d2}", "" + d2.getDayOfMonth()).replace("{m2}", "" + d2.getMonthValue())
                            .replace("{y2}", "" + d2.getYear()).replace("{d}", "" + d.getDayOfMonth())
                            .replace("{m}", "" + d.getMonthValue()).replace("{y}", "" + d.getYear());
                });
    }

    @Property(tries = 300)
    @Label("the added forms read the same without tone marks and with full-width digits")
    void addedFormsReadTheSameWrittenOtherwise(@ForAll("moreSentences") String text,
            @ForAll @IntRange(min = 2000, max = 2040) int year) {
        VietnameseDateReader reader = VietnameseDateReader.forYear(year);
        List<String> expected = summary(reader.read(text));
        assertEquals(1, expected.size(), () -> "«" + text + "»: " + expected);
        assertEquals(expected, summary(reader.read(withoutToneMarks(text))), text);
        assertEquals(expected, summary(reader.read(fullWidth(text))), text);
    }

    static final List<String> MORE_FILLER = List.of(
            "dịp", "nhân dịp", "kỷ niệm", "thượng tuần", "trung tuần", "hạ tuần", "tuần", "(", ")", "năm", "tháng",
            "ngày (", ") năm 2024", "１８", "/５", "．", "２０２４", "28.4", "- 2.5.2024", "ngày", "đến", "từ", "–", ",");

    @Provide
    Arbitrary<String> moreRunningText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(MORE_FILLER)),
                Tuple.of(2, moreSentences()),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789１２５/-.:() ngàythđịp").ofMaxLength(8)));
        return piece.list().ofMaxSize(25).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 500)
    @Label("with the added forms too, every quote is the text between its offsets, in order, never overlapping")
    void addedFormsKeepQuotesAndOrder(@ForAll("moreRunningText") String text) {
        int last = 0;
        for (DateExpression e : VietnameseDateReader.forYear(2024).read(text)) {
            assertEquals(e.sourceQuote(), text.substring(e.start(), e.end()), text);
            assertTrue(e.start() >= last, () -> "overlap or disorder in «" + text + "»");
            assertEquals(e.sourceQuote(), e.sourceQuote().strip(), "no surrounding spaces");
            if (e.problem() == null || !DateProblem.INVALID_DATE.equals(e.problem().code())) {
                assertTrue(e.kind() == DateKind.DEADLINE || e.startDate() != null, e::toString);
                assertTrue(e.endDate() == null || e.startDate() == null || !e.endDate().isBefore(e.startDate()),
                        e::toString);
            }
            last = e.end();
        }
    }
}

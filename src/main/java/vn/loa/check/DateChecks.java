package vn.loa.check;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.loa.dates.DateExpression;
import vn.loa.dates.DateKind;
import vn.loa.dates.DateProblem;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;
import vn.loa.load.FocusWeek;
import vn.loa.load.Page;
import vn.loa.text.VietnameseDates;

/**
 * The checks on dates that the loader cannot make alone: dates written in the body, events against their campaign's
 * focus week, and each event against the sentence it quotes.
 */
final class DateChecks {

    /** Events and periods more than this many days from the focus week are a warning. */
    static final int EVENT_MARGIN_DAYS = 45;
    /** Deadlines and vague spans (lead-up and reporting) may lie this far from the week before a warning. */
    static final int DEADLINE_MARGIN_DAYS = 180;

    /** A date expression of a page body and the line of the file it is on. */
    record Stated(DateExpression expression, int line) {
    }

    private DateChecks() {
    }

    /**
     * The year a page's dates are read in when they leave the year out: its campaign year ({@code year:}), else the
     * year of its date, else {@code fallback} (a standalone page without a date).
     */
    static int yearOf(Page page, int fallback) {
        if (page.campaignYear() != null) {
            return page.campaignYear();
        }
        return page.date() != null ? page.date().getYear() : fallback;
    }

    /** Every date expression of the body, with its line (the body's first line plus the line inside the body). */
    static List<Stated> read(Page page, int year) {
        String body = page.markdown();
        List<Stated> out = new ArrayList<>();
        int line = page.bodyLine();
        int at = 0;
        for (DateExpression e : VietnameseDateReader.forYear(year).read(body)) {
            for (; at < e.start(); at++) {
                if (body.charAt(at) == '\n') {
                    line++;
                }
            }
            out.add(new Stated(e, line));
        }
        return out;
    }

    /**
     * Impossible dates (error) and weekdays that contradict their date (error; a warning when the date leaves its
     * year out and the weekday is right for the year before or after, as in a January post about late December).
     */
    static void problems(String file, int year, List<Stated> stated, Findings out) {
        for (Stated s : stated) {
            DateExpression e = s.expression();
            DateProblem p = e.problem();
            if (p == null) {
                continue;
            }
            String quote = "“" + e.sourceQuote() + "”";
            if (p.code().equals(DateProblem.INVALID_DATE)) {
                out.error(file, s.line(), quote + ": " + sentence(p.message()),
                        "sửa lại ngày cho đúng (tháng 4, 6, 9, 11 có 30 ngày; tháng 2 có 28 ngày, 29 ngày vào năm nhuận)");
                continue;
            }
            Optional<Integer> fits = otherYearFitting(e.sourceQuote(), year);
            if (fits.isPresent()) {
                out.warning(file, s.line(), quote + " không ghi năm nên được đọc theo năm " + year + " của bài: "
                                + sentence(p.message()) + "; với năm " + fits.get() + " thì thứ khớp",
                        "ghi rõ năm của ngày này, hoặc sửa lại thứ");
            } else {
                out.error(file, s.line(), quote + ": " + sentence(p.message()), "sửa lại thứ hoặc ngày cho khớp nhau");
            }
        }
    }

    private static Optional<Integer> otherYearFitting(String quote, int year) {
        for (int y : new int[] {year - 1, year + 1}) {
            if (y < 1 || y > 9999) {
                continue;
            }
            Optional<DateExpression> again = VietnameseDateReader.forYear(y).readOne(quote);
            if (again.isPresent() && !again.get().hasProblem()) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** A problem's message as part of a line: without its closing full stop. */
    private static String sentence(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    // ------------------------------------------------------------------ events and the focus week

    /**
     * Events far from their campaign's focus week (warning): an event or a period must touch
     * [week start − 45 days, week end + 45 days]; a deadline or a vague span, which may lead up to the week or report
     * after it, [week start − 180 days, week end + 180 days].
     */
    static void windows(Page page, String campaignId, int year, FocusWeek week, Findings out) {
        for (EventSpec e : page.events()) {
            boolean wide = e.kind() == EventKind.DEADLINE || e.kind() == EventKind.VAGUE;
            int margin = wide ? DEADLINE_MARGIN_DAYS : EVENT_MARGIN_DAYS;
            LocalDate from = week.start().minusDays(margin);
            LocalDate to = week.end().plusDays(margin);
            if (!e.end().isBefore(from) && !e.firstDay().isAfter(to)) {
                continue;
            }
            out.warning(Findings.name(page.file()), e.line(),
                    "sự kiện '" + e.title() + "' (" + days(e.firstDay(), e.end()) + ") cách xa tuần trọng tâm "
                            + span(week.start(), week.end()) + " của chiến dịch '" + campaignId + "' năm " + year
                            + " (" + (wide ? "hạn và khoảng thời gian" : "sự kiện") + " nên nằm trong " + margin
                            + " ngày trước hoặc sau tuần, từ " + VietnameseDates.shortDate(from) + " đến "
                            + VietnameseDates.shortDate(to) + ")",
                    "kiểm tra lại ngày và năm của sự kiện; nếu nó thuộc năm khác của chiến dịch, chuyển nó sang bài của năm đó"
                            + " hoặc ghi 'year:' đúng năm chiến dịch");
        }
    }

    /**
     * Dates of the body inside the focus week that no event covers (warning). A plan's dates are compared with its
     * own {@code events:}; a news post's or page's with the events of the whole campaign year, since news report
     * what the plans list. Vague spans and the focus week itself are not compared; see {@link #covers} for when an
     * event covers a stated date.
     */
    static void coverage(Page page, FocusWeek week, List<Stated> stated, List<EventSpec> pool, boolean ownEvents,
                         Findings out) {
        // A long page states the same few days of the week again and again, and a news post is compared with every
        // event of its campaign year: each distinct statement is looked up in the pool once.
        record Said(DateKind kind, LocalDate first, LocalDate last, LocalTime time, vn.loa.dates.PartOfDay partOfDay) {
        }
        java.util.Map<Said, Boolean> covered = new java.util.HashMap<>();
        for (Stated s : stated) {
            DateExpression e = s.expression();
            if (e.hasProblem() || e.kind() == DateKind.VAGUE) {
                continue;
            }
            LocalDate first = e.startDate() != null ? e.startDate() : e.endDate();
            LocalDate last = e.endDate() != null ? e.endDate() : first;
            if (first == null || !week.overlaps(first, last)) {
                continue;
            }
            if (e.kind() != DateKind.PERIOD && !week.contains(last)) {
                continue;
            }
            if (e.kind() == DateKind.PERIOD && first.equals(week.start()) && last.equals(week.end())) {
                continue; // the focus week itself, as plans state it: not an activity
            }
            if (covered.computeIfAbsent(new Said(e.kind(), first, last, e.time(), e.partOfDay()),
                    k -> pool.stream().anyMatch(x -> covers(x, e, first, last)))) {
                continue;
            }
            String what = e.kind() == DateKind.DEADLINE ? "hạn " + VietnameseDates.shortDate(last)
                    : "ngày " + days(first, last);
            String message = what + " (“" + e.sourceQuote() + "”) nằm trong tuần trọng tâm " + span(week.start(), week.end())
                    + (ownEvents ? " nhưng không có trong events:" : " nhưng không có trong events: của bài nào thuộc chiến dịch năm "
                    + week.start().getYear());
            String fix = "thêm vào events: " + (ownEvents ? "của bài " : "của bài này hoặc của kế hoạch ") + "một mục "
                    + yamlOf(e, first, last) + " để hoạt động có trên lịch; nếu câu này chỉ nhắc lại một sự kiện đã có, bỏ qua cảnh báo";
            out.warning(Findings.name(page.file()), s.line(), message, fix);
        }
    }

    /**
     * Whether an event of {@code events:} covers a date stated in the body. A stated day is covered by an event on
     * that day, by the first or last day of a period, or by a deadline on that day, when their clock times or parts of
     * the day agree (or one of them gives none); a day inside a period is not, since a week-long exhibition does not
     * list the ceremony on its third day. A stated period is covered by an event with the same bounds, a stated
     * deadline by any event ending that day.
     */
    private static boolean covers(EventSpec x, DateExpression e, LocalDate first, LocalDate last) {
        if (x.kind() == EventKind.VAGUE) {
            return e.kind() == DateKind.PERIOD && x.firstDay().equals(first) && x.end().equals(last);
        }
        return switch (e.kind()) {
            case DEADLINE -> x.end().equals(last);
            case PERIOD -> x.firstDay().equals(first) && x.end().equals(last);
            default -> {
                if (x.kind() == EventKind.DEADLINE) {
                    yield x.end().equals(first) && agree(e, x.endTime(), null);
                }
                if (x.kind() == EventKind.PERIOD && !x.firstDay().equals(x.end())) {
                    yield x.firstDay().equals(first) && agree(e, x.startTime(), x.partOfDay())
                            || x.end().equals(first) && agree(e, x.endTime(), x.partOfDay());
                }
                yield !first.isBefore(x.firstDay()) && !first.isAfter(x.end()) && agree(e, x.startTime(), x.partOfDay());
            }
        };
    }

    /** The clock time or part of the day stated in the body agrees with the event's, or one of them gives none. */
    private static boolean agree(DateExpression e, LocalTime time, String part) {
        String stated = partOfDay(e.time(), e.partOfDay() == null ? null : e.partOfDay().label());
        String listed = partOfDay(time, part);
        if (stated == null || listed == null) {
            return true;
        }
        if (e.time() != null && time != null) {
            return e.time().equals(time);
        }
        return stated.equals(listed);
    }

    /** The part of the day a clock time falls in, or the one stated: sáng before 11:00, trưa to 13:00, chiều to 18:00. */
    private static String partOfDay(LocalTime time, String stated) {
        if (stated != null) {
            return stated;
        }
        if (time == null) {
            return null;
        }
        int h = time.getHour();
        return h < 11 ? "sáng" : h < 13 ? "trưa" : h < 18 ? "chiều" : "tối";
    }

    private static String yamlOf(DateExpression e, LocalDate first, LocalDate last) {
        StringBuilder sb = new StringBuilder("{title: …, ");
        if (e.kind() == DateKind.DEADLINE) {
            sb.append("end: ").append(last).append(", kind: deadline");
        } else {
            sb.append("start: ").append(first);
            if (e.time() != null) {
                sb.append('T').append(VietnameseDates.time(e.time()));
            }
            if (!last.equals(first)) {
                sb.append(", end: ").append(last);
            }
            if (e.time() == null && e.partOfDay() != null) {
                sb.append(", part_of_day: ").append(e.partOfDay().label());
            }
        }
        return sb.append(", source: \"").append(e.sourceQuote().replace("\"", "\\\"")).append("\"}").toString();
    }

    // ------------------------------------------------------------------ events and their source

    /**
     * An event whose {@code source} states another day (warning), or another clock time, than its {@code start} and
     * {@code end}. A source with no date the reader finds is not compared; a source that leaves the year out agrees
     * when it names the event's day in the page's year or the year before or after.
     */
    static void sources(Page page, int year, Findings out) {
        VietnameseDateReader reader = VietnameseDateReader.forYear(year);
        for (EventSpec x : page.events()) {
            if (x.source() == null) {
                continue;
            }
            List<DateExpression> read = reader.read(x.source()).stream().filter(e -> !e.hasProblem()).toList();
            if (read.isEmpty()) {
                continue;
            }
            Optional<DateExpression> agreeing = read.stream().filter(e -> overlaps(e, x)).findFirst();
            for (int other : new int[] {year - 1, year + 1}) {
                if (agreeing.isEmpty() && other >= 1 && other <= 9999) {
                    // The quote leaves the year out and the event gives it: a December plan for January, say.
                    agreeing = VietnameseDateReader.forYear(other).read(x.source()).stream()
                            .filter(e -> !e.hasProblem() && overlaps(e, x)).findFirst();
                }
            }
            String file = Findings.name(page.file());
            if (agreeing.isEmpty()) {
                DateExpression e = read.get(0);
                LocalDate first = e.startDate() != null ? e.startDate() : e.endDate();
                LocalDate last = e.endDate() != null ? e.endDate() : first;
                out.warning(file, x.line(), "sự kiện '" + x.title() + "' ghi ngày " + days(x.firstDay(), x.end())
                                + " nhưng câu 'source' nêu ngày " + days(first, last) + ": “" + e.sourceQuote() + "”",
                        "sửa 'start'/'end' hoặc câu 'source' cho khớp nhau");
                continue;
            }
            DateExpression e = agreeing.get();
            if (x.kind() != EventKind.DEADLINE && e.kind() != DateKind.DEADLINE && e.time() != null
                    && x.startTime() != null && !e.time().equals(x.startTime())) {
                out.warning(file, x.line(), "sự kiện '" + x.title() + "' bắt đầu lúc " + VietnameseDates.time(x.startTime())
                                + " nhưng câu 'source' nêu " + VietnameseDates.time(e.time()) + ": “" + e.sourceQuote() + "”",
                        "sửa giờ trong 'start' hoặc câu 'source' cho khớp nhau");
            }
        }
    }

    private static boolean overlaps(DateExpression e, EventSpec x) {
        LocalDate first = e.startDate() != null ? e.startDate() : e.endDate();
        if (first == null) {
            return false;
        }
        LocalDate last = e.endDate() != null ? e.endDate() : first.plusYears(1);
        return !x.end().isBefore(first) && !x.firstDay().isAfter(last);
    }

    // ------------------------------------------------------------------ writing dates

    /** {@code 17/5/2024}, or {@code 15/5–21/5/2024} for a span. */
    static String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? VietnameseDates.shortDate(first) : span(first, last);
    }

    /** {@code 15/5–21/5/2024}; with both years when they differ. */
    static String span(LocalDate first, LocalDate last) {
        String a = first.getYear() == last.getYear() ? first.getDayOfMonth() + "/" + first.getMonthValue()
                : VietnameseDates.shortDate(first);
        return a + "–" + VietnameseDates.shortDate(last);
    }
}

package vn.loa.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the date expressions of one text. Works on {@link Token}s and tries, at every word or number, to read one
 * expression: lead words, clock time, part of day and weekday in any order, then {@code ngày} and the date core (a
 * date, a range or a span), then a weekday or clock time after it. The first and longest reading wins; what it covers
 * is not read again. Readings that only name a cited document, a holiday or the document's own date are consumed and
 * dropped.
 */
final class Parser {

    enum Lead { NONE, FROM, UNTIL, DEADLINE, AROUND, AFTER, WITHIN }

    private final String text;
    private final List<Token> t;
    private final int n;
    private final int docYear;
    /** True when the text has no letter with tone marks at all: keywords then match without them too. */
    private final boolean loose;

    Parser(String text, int docYear) {
        this.text = text;
        this.t = Token.tokenize(text);
        this.n = t.size();
        this.docYear = docYear;
        this.loose = !hasAccentedLetter(text);
    }

    private static boolean hasAccentedLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ token helpers

    private Token tok(int i) {
        return i >= 0 && i < n ? t.get(i) : null;
    }

    private boolean is(int i, Word w) {
        Token x = tok(i);
        return x != null && x.type == Token.Type.WORD
                && (x.lower.equals(w.accented) || (loose && x.ascii && x.lower.equals(w.ascii)));
    }

    private boolean isAny(int i, Word... ws) {
        for (Word w : ws) {
            if (is(i, w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAny(int i, String... accented) {
        Token x = tok(i);
        if (x == null || x.type != Token.Type.WORD) {
            return false;
        }
        for (String a : accented) {
            if (x.lower.equals(a) || (loose && x.ascii && x.lower.equals(Fold.fold(a)))) {
                return true;
            }
        }
        return false;
    }

    private boolean sym(int i, char c) {
        Token x = tok(i);
        return x != null && x.isSym(c);
    }

    private boolean num(int i) {
        Token x = tok(i);
        return x != null && x.isNum();
    }

    private boolean num(int i, int maxDigits) {
        Token x = tok(i);
        return x != null && x.isNum() && x.digits() <= maxDigits;
    }

    /** Token i is written right after token i-1, with no space between. */
    private boolean glued(int i) {
        Token x = tok(i);
        return x != null && !x.gapBefore;
    }

    // ------------------------------------------------------------------ the main loop

    List<DateExpression> readAll() {
        List<int[]> issueLines = issueDateLines();
        List<DateExpression> out = new ArrayList<>();
        int line = 0; // issue-date lines are in order, and so are the tokens
        int i = 0;
        while (i < n) {
            Token x = t.get(i);
            while (line < issueLines.size() && issueLines.get(line)[1] <= x.start) {
                line++;
            }
            boolean onIssueLine = line < issueLines.size() && issueLines.get(line)[0] <= x.start;
            if ((x.type != Token.Type.WORD && x.type != Token.Type.NUM) || onIssueLine) {
                i++;
                continue;
            }
            Match m = expression(i);
            if (m == null) {
                i++;
                continue;
            }
            if (!m.dropped) {
                out.addAll(buildAll(m));
            }
            i = m.endTok;
        }
        return out;
    }

    private List<int[]> issueDateLines() {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        while (s <= text.length()) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = text.length();
            }
            if (e > s && e - s <= IssueDates.MAX_LINE && IssueDates.read(text.substring(s, e)).isPresent()) {
                out.add(new int[] {s, e});
            }
            s = e + 1;
        }
        return out;
    }

    // ------------------------------------------------------------------ one expression

    /** What was read, before years are settled and dates checked. */
    final class Match {
        int startTok;
        int endTok;
        boolean dropped;
        Lead lead = Lead.NONE;
        Time time;
        PartOfDay pod;
        WeekdayMention weekday;
        /** The weekday was written after the date (for a range: after its end). */
        boolean weekdayAfter;
        Core core;
    }

    private Match expression(int i) {
        Match m = new Match();
        m.startTok = i;
        int j = i;
        boolean punctuated = false;
        boolean vao = false;
        while (j < n) {
            int k;
            Time ts;
            PodMention pd;
            WeekdayMention wd;
            if (m.lead == Lead.NONE && (k = aroundLead(j)) > j) {
                m.lead = Lead.AROUND;
            } else if (m.lead == Lead.NONE && (k = deadlineLead(j)) > j) {
                m.lead = Lead.DEADLINE;
            } else if (m.time == null && (ts = timeSpan(j)) != null) {
                m.time = ts;
                if (ts.pod != null && m.pod == null) {
                    m.pod = ts.pod;
                }
                k = ts.next;
            } else if (m.pod == null && (pd = partOfDay(j)) != null) {
                m.pod = pd.pod;
                k = pd.end;
            } else if (m.weekday == null && (wd = weekday(j)) != null) {
                m.weekday = wd;
                k = wd.end;
            } else if (m.lead == Lead.NONE && (k = fromLead(j)) > j) {
                m.lead = Lead.FROM;
            } else if (m.lead == Lead.NONE && (k = untilLead(j)) > j) {
                m.lead = Lead.UNTIL;
            } else if (m.lead == Lead.NONE && is(j, Word.SAU)) {
                m.lead = Lead.AFTER;
                k = j + 1;
            } else if (m.lead == Lead.NONE && is(j, Word.TRONG)) {
                m.lead = Lead.WITHIN;
                k = j + 1;
            } else if (!vao && is(j, Word.VAO)) {
                vao = true;
                k = j + 1;
            } else if (j > i && !punctuated && (sym(j, ',') || sym(j, ':'))) {
                punctuated = true;
                j++;
                continue;
            } else {
                break;
            }
            punctuated = false;
            j = k;
        }

        boolean ngay = false;
        if (is(j, Word.NGAY)) {
            if (is(j + 1, Word.THANG)) {
                // "ngày    tháng 4 năm 2024": the blank day of a document's own date, not an event
                int e = j + 2;
                if (num(e, 2)) {
                    e++;
                    if (is(e, Word.NAM) && num(e + 1)) {
                        e += 2;
                    }
                }
                m.dropped = true;
                m.endTok = e;
                return m;
            }
            ngay = true;
            j++;
        }

        boolean prefixed = m.lead != Lead.NONE || m.time != null || m.pod != null || m.weekday != null || vao;
        Core core = null;
        int end = -1;
        if (m.weekday != null && !ngay && sym(j, '(')) {
            Core c = dateCore(j + 1, true);
            if (c != null && sym(c.end, ')') && endsCleanly(c)) {
                core = c;
                end = c.end + 1;
                Core r = c.form == Core.Form.SINGLE ? rangeTail(end) : null;
                if (r != null && endsCleanly(r)) {
                    r.a = c.a; // "từ Thứ Hai (13/5) đến Chủ nhật (19/5/2024)"
                    core = r;
                    end = r.end;
                }
            }
        }
        if (core == null) {
            core = dateCore(j, ngay || prefixed);
            if (core != null) {
                if (!endsCleanly(core)) {
                    return null;
                }
                end = core.end;
            }
        }
        if (core == null && !ngay && m.time == null && m.weekday == null && m.pod == null) {
            core = spanCore(j);
            if (core != null) {
                end = core.end;
            }
        }
        if (core == null) {
            return null;
        }
        if (core.form != Core.Form.SPAN && !startsCleanly(j)) {
            return null;
        }
        m.core = core;

        boolean dateWords = ngay || m.time != null || m.pod != null || m.weekday != null;
        if (!dateWords && core.form != Core.Form.SPAN) {
            // only lead words like "từ", "trước" (or none): "từ 2-3 người" is a count, not a date
            if (!bareDateAllowed(j, core)) {
                return null;
            }
            if (!prefixed && core.form == Core.Form.SINGLE && namesHoliday(j)) {
                m.dropped = true;
                m.endTok = end;
                return m;
            }
        }
        if (ngay && j - 1 == i && citesDocument(i)) {
            m.dropped = true;
            m.endTok = end;
            return m;
        }
        if (core.form == Core.Form.SINGLE && core.a != null && core.a.year == null && m.time == null
                && m.lead == Lead.NONE && annually(end)) {
            // "Ngày 21/4 hằng năm được … chọn là Ngày Sáng tạo …": a day of every year, not an activity
            m.dropped = true;
            m.endTok = end + 2;
            return m;
        }
        if (core.form == Core.Form.SINGLE && core.a != null && m.time == null && m.pod == null && m.weekday == null
                && m.lead == Lead.NONE && namedAsHoliday(end, core.a.year == null)) {
            // "Ngày 18/5 đã được chọn là Ngày Khoa học và Công nghệ Việt Nam": the day is named, nothing happens on it
            m.dropped = true;
            m.endTok = end;
            return m;
        }

        if (core.form != Core.Form.SPAN) {
            end = suffix(m, end);
        }
        m.endTok = end;
        return m;
    }

    /** Weekday, clock time or (in parentheses) part of day after the date: {@code (Thứ 6)}, {@code , lúc 8h00}. */
    private int suffix(Match m, int k) {
        for (int round = 0; round < 3; round++) {
            boolean paren = sym(k, '(');
            int j = paren || sym(k, ',') ? k + 1 : k;
            WeekdayMention wd = null;
            Time ts = null;
            PodMention pd = null;
            boolean any = false;
            while (true) {
                WeekdayMention w;
                Time tt;
                PodMention p;
                if (m.weekday == null && wd == null && (w = weekday(j)) != null) {
                    wd = w;
                    j = w.end;
                } else if (m.time == null && ts == null && (tt = timeSpan(j)) != null) {
                    ts = tt;
                    j = tt.next;
                } else if (paren && m.pod == null && pd == null && (p = partOfDay(j)) != null) {
                    pd = p;
                    j = p.end;
                } else {
                    break;
                }
                any = true;
                if ((sym(j, ',') || sym(j, '-')) && !sym(j + 1, ')')) {
                    int after = j + 1;
                    if (weekday(after) != null || timeSpan(after) != null || (paren && partOfDay(after) != null)) {
                        j = after;
                    }
                }
            }
            if (!any) {
                return k;
            }
            if (paren) {
                if (!sym(j, ')')) {
                    return k;
                }
                j++;
            } else if (dateAhead(j)) {
                return k;
            }
            if (wd != null) {
                m.weekday = wd;
                m.weekdayAfter = true;
            }
            if (ts != null) {
                m.time = ts;
                if (ts.pod != null && m.pod == null) {
                    m.pod = ts.pod;
                }
            }
            if (pd != null) {
                m.pod = pd.pod;
            }
            k = j;
        }
        return k;
    }

    /** A date begins at i (after an optional comma): what comes next belongs to the next expression. */
    private boolean dateAhead(int i) {
        if (sym(i, ',')) {
            i++;
        }
        return is(i, Word.NGAY) || numericPart(i) != null;
    }

    // ------------------------------------------------------------------ leads

    /** {@code Trước, trong và sau}: two or more of trước / trong / sau joined by commas, và, hoặc. */
    private int aroundLead(int i) {
        int j = i;
        int words = 0;
        boolean seenBefore = false;
        boolean seenDuring = false;
        boolean seenAfter = false;
        while (true) {
            if (is(j, Word.TRUOC) && !seenBefore) {
                seenBefore = true;
            } else if (is(j, Word.TRONG) && !seenDuring) {
                seenDuring = true;
            } else if (is(j, Word.SAU) && !seenAfter) {
                seenAfter = true;
            } else {
                return -1;
            }
            words++;
            j++;
            int k = j;
            if (sym(k, ',') || sym(k, '/')) {
                k++;
            }
            if (is(k, Word.VA) || is(k, Word.HOAC)) {
                k++;
            }
            if (k == j) {
                break;
            }
            if (!isAny(k, Word.TRUOC, Word.TRONG, Word.SAU)) {
                return -1;
            }
            j = k;
        }
        return words >= 2 ? j : -1;
    }

    /** {@code trước}, {@code chậm nhất (là)}, {@code muộn nhất}, {@code hạn chót}, {@code hạn cuối}, then {@code vào}/{@code là}/{@code :}. */
    private int deadlineLead(int i) {
        int j;
        if (is(i, Word.TRUOC)) {
            j = i + 1;
        } else if ((is(i, Word.CHAM) || is(i, Word.MUON)) && is(i + 1, Word.NHAT)) {
            j = i + 2;
        } else if (is(i, Word.HAN) && (is(i + 1, Word.CHOT) || is(i + 1, Word.CUOI))) {
            j = i + 2;
        } else {
            return -1;
        }
        if (is(j, Word.LA)) {
            j++;
        }
        if (sym(j, ':')) {
            j++;
        }
        if (is(j, Word.TRONG) || is(j, Word.VAO)) {
            j++;
        }
        return j;
    }

    /** {@code từ}, {@code kể từ}, {@code bắt đầu từ}. */
    private int fromLead(int i) {
        if (is(i, Word.TU)) {
            return i + 1;
        }
        if (is(i, Word.KE) && is(i + 1, Word.TU)) {
            return i + 2;
        }
        if (is(i, Word.BAT) && is(i + 1, Word.DAU) && is(i + 2, Word.TU)) {
            return i + 3;
        }
        return -1;
    }

    /** {@code đến (hết)}, {@code tới}, {@code cho đến}: an end with no start, read as a deadline. */
    private int untilLead(int i) {
        int j = i;
        if (is(j, Word.CHO)) {
            j++;
        }
        if (is(j, Word.DEN) || is(j, Word.TOI_TO)) {
            j++;
            if (is(j, Word.HET)) {
                j++;
            }
            return j;
        }
        if (j == i && is(j, Word.HET) && is(j + 1, Word.NGAY)) {
            return j + 1;
        }
        return -1;
    }

    // ------------------------------------------------------------------ clock times, parts of day, weekdays

    static final class Time {
        LocalTime start;
        LocalTime end;
        PartOfDay pod;
        /** The token after the time. */
        int next;
    }

    /** One clock time: {@code 8h}, {@code 8h00}, {@code 14g30}, {@code 14:30}, {@code 08 giờ 00 (phút)}. */
    private int[] clock(int i) {
        if (!num(i, 2)) {
            return null;
        }
        int h = tok(i).value;
        int m = 0;
        int k;
        if ((is(i + 1, Word.H) || is(i + 1, Word.G)) && glued(i + 1)) {
            k = i + 2;
            if (num(i + 2) && glued(i + 2) && tok(i + 2).digits() == 2) {
                m = tok(i + 2).value;
                k = i + 3;
                if ((isAny(k, Word.P, Word.PH, Word.PHUT)) && glued(k)) {
                    k++;
                } else if (sym(k, '\'') && glued(k)) {
                    k++;
                }
            } else if (num(i + 2) && glued(i + 2)) {
                return null;
            }
        } else if (sym(i + 1, ':') && glued(i + 1) && num(i + 2) && glued(i + 2) && tok(i + 2).digits() == 2) {
            m = tok(i + 2).value;
            k = i + 3;
            if (sym(k, ':') && glued(k) && num(k + 1) && glued(k + 1) && tok(k + 1).digits() == 2) {
                k += 2;
            }
            if (glued(i) && i > 0 && (sym(i - 1, ':') || sym(i - 1, '.'))) {
                return null;
            }
        } else if (is(i + 1, Word.GIO)) {
            k = i + 2;
            if (num(k, 2) && tok(k).value <= 59) {
                m = tok(k).value;
                k++;
                if (is(k, Word.PHUT)) {
                    k++;
                }
            }
        } else {
            return null;
        }
        if (h > 23 || m > 59) {
            return null;
        }
        return new int[] {h, m, k};
    }

    /** A clock time or a span of them, with a lead ({@code lúc}, {@code vào lúc}, {@code từ}) and a part of day after. */
    private Time timeSpan(int i) {
        int j = i;
        if (is(j, Word.BAT) && is(j + 1, Word.DAU) && is(j + 2, Word.TU)) {
            j += 3;
        } else if (is(j, Word.TU)) {
            j++;
        } else {
            // "lúc", "vào lúc", "vào hồi", "khoảng", "vào khoảng"
            if (is(j, Word.VAO) && isAny(j + 1, "lúc", "hồi", "khoảng")) {
                j++;
            }
            if (isAny(j, "lúc", "hồi", "khoảng")) {
                j++;
            }
        }
        int[] a = clock(j);
        int k;
        int[] b = null;
        if (a == null) {
            // "8 - 11h", "từ 8 đến 11 giờ": a bare hour before a full one
            if (!num(j, 2) || tok(j).value > 23) {
                return null;
            }
            int s = j + 1;
            if (!(sym(s, '-') || is(s, Word.DEN) || is(s, Word.TOI_TO))) {
                return null;
            }
            b = clock(s + 1);
            if (b == null) {
                return null;
            }
            a = new int[] {tok(j).value, 0, j + 1};
            k = b[2];
        } else {
            k = a[2];
            int s = k;
            if (sym(s, '-') || is(s, Word.DEN) || is(s, Word.TOI_TO)) {
                int bs = s + 1;
                if (is(bs, Word.LUC)) {
                    bs++;
                }
                b = clock(bs);
                if (b != null) {
                    k = b[2];
                }
            }
        }
        Time out = new Time();
        out.start = LocalTime.of(a[0], a[1]);
        out.end = b == null ? null : LocalTime.of(b[0], b[1]);
        PodMention p = partOfDay(k);
        if (p != null) {
            out.pod = p.pod;
            k = p.end;
        }
        out.next = k;
        return out;
    }

    record PodMention(PartOfDay pod, int end) {
    }

    /** {@code sáng}, {@code trưa}, {@code chiều}, {@code tối}, optionally after {@code buổi}. */
    private PodMention partOfDay(int i) {
        int j = is(i, Word.BUOI) ? i + 1 : i;
        Token x = tok(j);
        if (x == null || x.type != Token.Type.WORD) {
            return null;
        }
        for (PartOfDay p : PartOfDay.values()) {
            if (x.lower.equals(p.label())) {
                return new PodMention(p, j + 1);
            }
            if (loose && x.ascii && x.lower.equals(Fold.fold(p.label()))) {
                if (p == PartOfDay.SANG && j == i && isAny(i - 1, MOVE_VERBS)) {
                    return null; // "chuyen sang ngay 20/5": moved to, not the morning of
                }
                return new PodMention(p, j + 1);
            }
        }
        return null;
    }

    /** Verbs after which a toneless {@code sang} means "to" ({@code chuyển sang}), not {@code sáng}. */
    private static final String[] MOVE_VERBS = {
        "chuyển", "lùi", "dời", "hoãn", "kéo", "đổi", "dịch", "bước", "tiếp", "đẩy", "hạn"
    };

    record WeekdayMention(DayOfWeek day, String stated, int end) {
    }

    private static final String[] ORDINAL_CONTEXT = {
        "lần", "kỳ", "khóa", "khoá", "hạng", "giải", "đợt", "số", "phiên", "tầng", "lớp", "người", "vị"
    };

    /** {@code Thứ 6}, {@code Thứ Sáu}, {@code Chủ nhật}, {@code T6}, {@code CN}. */
    private WeekdayMention weekday(int i) {
        Token x = tok(i);
        if (x == null || x.type != Token.Type.WORD) {
            return null;
        }
        DayOfWeek d = null;
        int end = -1;
        if (is(i, Word.THU) && !isAny(i - 1, ORDINAL_CONTEXT)) {
            Token y = tok(i + 1);
            if (y != null && y.isNum() && y.digits() == 1) {
                d = Weekdays.digit(y.raw.charAt(0)).orElse(null);
            } else if (y != null && y.isWord()) {
                d = Weekdays.word(y.lower, loose && y.ascii).orElse(null);
            }
            end = i + 2;
        } else if (is(i, Word.CHU) && is(i + 1, Word.NHAT_SUNDAY)) {
            d = DayOfWeek.SUNDAY;
            end = i + 2;
        } else if (x.raw.equals("CN") && (x.gapBefore || sym(i - 1, '(') || sym(i - 1, ','))) {
            d = DayOfWeek.SUNDAY;
            end = i + 1;
        } else if ((x.raw.equals("T") || x.raw.equals("t")) && (x.gapBefore || sym(i - 1, '(') || sym(i - 1, ','))
                && num(i + 1) && glued(i + 1) && tok(i + 1).digits() == 1) {
            d = Weekdays.digit(tok(i + 1).raw.charAt(0)).orElse(null);
            end = i + 2;
        }
        if (d == null) {
            return null;
        }
        Token after = tok(end);
        if (after != null && !after.gapBefore && (after.isWord() || after.isNum() || after.isSym('&'))) {
            return null;
        }
        return new WeekdayMention(d, text.substring(x.start, tok(end - 1).end), end);
    }

    // ------------------------------------------------------------------ date cores

    /** A day and month, and maybe a year, as written. {@code month == 0} for a bare day waiting for its range end. */
    static final class Part {
        int start;
        int day;
        int month;
        Integer year;
        int end;

        Part(int start, int day, int month, Integer year, int end) {
            this.start = start;
            this.day = day;
            this.month = month;
            this.year = year;
            this.end = end;
        }
    }

    static final class Core {
        enum Form { SINGLE, RANGE, SPAN }

        Form form;
        Part a;
        Part b;
        /** Weekdays written inside a range: {@code 13/5 (Thứ Hai) đến Chủ nhật (19/5)}. */
        WeekdayMention aWeekday;
        WeekdayMention bWeekday;
        /** For a list of days sharing the last one's month ({@code 17, 18 và 19/5}): all days but the last, and their tokens. */
        int[] listDays;
        int[] listToks;
        LocalTime endTime;
        LocalDate spanStart;
        LocalDate spanEnd;
        /** A span with both ends stated ({@code tháng 4 đến tháng 6}), so a {@code từ} before it leaves it closed. */
        boolean spanRange;
        int end;
    }

    private Integer yearAt(int i) {
        Token y = tok(i);
        if (y == null || !y.isNum()) {
            return null;
        }
        if (y.digits() == 4 && y.value >= 1900 && y.value <= 2199) {
            return y.value;
        }
        return null;
    }

    /** {@code 18/5}, {@code 18-5}, {@code 18/5/2024}, {@code 18-5-2024}, {@code 18.5.2024}, {@code 18/5/24}. */
    private Part numericPart(int i) {
        if (!num(i, 2) || !glued(i + 1) || !glued(i + 2) || !num(i + 2, 2)) {
            return null;
        }
        Token s = tok(i + 1);
        if (s.type != Token.Type.SYM || "/-.".indexOf(s.symbol) < 0) {
            return null;
        }
        Part p = new Part(i, tok(i).value, tok(i + 2).value, null, i + 3);
        if (sym(i + 3, s.symbol) && glued(i + 3) && glued(i + 4) && num(i + 4)) {
            Integer y = yearAt(i + 4);
            if (y == null && tok(i + 4).digits() == 2 && s.symbol != '.') {
                int yy = tok(i + 4).value;
                y = yy < 70 ? 2000 + yy : 1900 + yy;
            }
            if (y != null) {
                p.year = y;
                p.end = i + 5;
            }
        }
        Integer y;
        if (p.year == null && is(p.end, Word.NAM) && (y = yearAt(p.end + 1)) != null) {
            p.year = y; // "ngày 18/5 năm 2024"
            p.end += 2;
        }
        if (s.symbol == '.' && p.year == null) {
            return null;
        }
        return p;
    }

    /** {@code 18 tháng 5}, {@code 18 tháng 5 năm 2024}, {@code 18 tháng 5/2024}. */
    private Part wordPart(int i) {
        if (!num(i, 2) || !is(i + 1, Word.THANG) || !num(i + 2, 2)) {
            return null;
        }
        Part p = new Part(i, tok(i).value, tok(i + 2).value, null, i + 3);
        Integer y;
        if (is(i + 3, Word.NAM) && (y = yearAt(i + 4)) != null) {
            p.year = y;
            p.end = i + 5;
        } else if ((sym(i + 3, '/') || sym(i + 3, '-')) && glued(i + 3) && glued(i + 4) && (y = yearAt(i + 4)) != null) {
            p.year = y;
            p.end = i + 5;
        }
        return p;
    }

    private Part part(int i, boolean wordOk) {
        Part p = numericPart(i);
        if (p == null) {
            Part w = wordPart(i);
            if (w != null && (wordOk || w.year != null)) {
                p = w;
            }
        }
        return p;
    }

    /** The end of a range after its first part: {@code - 21/4}, {@code đến hết ngày 21/4/2024}, {@code đến 17h00 ngày 21/4}. */
    private Core rangeTail(int i) {
        int k = i;
        boolean dash = sym(k, '-');
        if (dash) {
            k++;
        } else if (is(k, Word.DEN) || is(k, Word.TOI_TO)) {
            k++;
            if (is(k, Word.HET)) {
                k++;
            }
        } else {
            return null;
        }
        WeekdayMention wb = null;
        if (!dash && (wb = weekday(k)) != null) {
            k = wb.end();
            if (sym(k, ',')) {
                k++;
            }
        }
        if (is(k, Word.NGAY)) {
            k++;
        }
        LocalTime endTime = null;
        if (!dash) {
            int[] c = clock(k);
            if (c != null) {
                endTime = LocalTime.of(c[0], c[1]);
                k = c[2];
                if (sym(k, ',')) {
                    k++;
                }
                if (is(k, Word.NGAY)) {
                    k++;
                }
            }
        }
        boolean paren = wb != null && sym(k, '(');
        Part b = part(paren ? k + 1 : k, true);
        if (b == null || (paren && !sym(b.end, ')'))) {
            return null;
        }
        Core c = new Core();
        c.form = Core.Form.RANGE;
        c.b = b;
        c.bWeekday = wb;
        c.endTime = endTime;
        c.end = paren ? b.end + 1 : b.end;
        return c;
    }

    /** A single date or a range of dates starting at token i. */
    private Core dateCore(int i, boolean wordOk) {
        Part a = part(i, wordOk);
        if (a != null) {
            int k = a.end;
            WeekdayMention wa = parenWeekday(k);
            if (wa != null) {
                k = wa.end;
            }
            Core r = rangeTail(k);
            if (r != null) {
                r.a = a;
                r.aWeekday = wa;
                return r;
            }
        }
        if (num(i, 2) && (a == null || a.year == null)) {
            Core r = rangeTail(i + 1);
            if (r != null) {
                r.a = new Part(i, tok(i).value, 0, null, i + 1);
                return r;
            }
            Core l = dayList(i);
            if (l != null) {
                return l;
            }
        }
        if (a == null) {
            return null;
        }
        Core c = new Core();
        c.form = Core.Form.SINGLE;
        c.a = a;
        c.end = a.end;
        return c;
    }

    /** {@code (Thứ Hai)} at token i: the weekday, ending after the closing parenthesis. */
    private WeekdayMention parenWeekday(int i) {
        if (!sym(i, '(')) {
            return null;
        }
        WeekdayMention w = weekday(i + 1);
        if (w == null || !sym(w.end(), ')')) {
            return null;
        }
        return new WeekdayMention(w.day(), w.stated(), w.end() + 1);
    }

    /** Days sharing the month of the last: {@code 17, 18/5}, {@code 17 và 18/5/2024}, {@code 10, 15 và 20/5}. */
    private Core dayList(int i) {
        List<Integer> days = new ArrayList<>();
        List<Integer> toks = new ArrayList<>();
        int k = i;
        while (days.size() < 8) {
            if (!num(k, 2)) {
                return null;
            }
            if (!days.isEmpty()) {
                Part b = part(k, true);
                if (b != null) {
                    Core c = new Core();
                    c.form = Core.Form.RANGE;
                    c.a = new Part(i, days.get(0), 0, null, i + 1);
                    c.b = b;
                    c.listDays = days.stream().mapToInt(Integer::intValue).toArray();
                    c.listToks = toks.stream().mapToInt(Integer::intValue).toArray();
                    c.end = b.end;
                    return c;
                }
            }
            days.add(tok(k).value);
            toks.add(k);
            int s = k + 1;
            if (sym(s, ',')) {
                s++;
                if (is(s, Word.VA)) {
                    s++;
                }
            } else if (is(s, Word.VA)) {
                s++;
            } else {
                return null;
            }
            if (!num(s, 2) || !tok(s).gapBefore) {
                return null; // "1,5" is a decimal
            }
            k = s;
        }
        return null;
    }

    /** The year after a month or quarter: {@code /2024}, {@code -2024}, {@code năm 2024}; {k, year} or null. */
    private int[] spanYear(int k) {
        Integer y;
        if ((sym(k, '/') || sym(k, '-') || sym(k, '.')) && glued(k) && glued(k + 1) && (y = yearAt(k + 1)) != null) {
            return new int[] {k + 2, y};
        }
        if (is(k, Word.NAM) && (y = yearAt(k + 1)) != null) {
            return new int[] {k + 2, y};
        }
        return null;
    }

    /** Nothing glued after a span's last number that would make it part of something else ({@code tháng 5/24}). */
    private boolean spanEndsCleanly(int k) {
        Token x = tok(k);
        if (x == null || x.gapBefore) {
            return true;
        }
        if (x.isWord() || x.isNum()) {
            return false;
        }
        return !((x.isSym('/') || x.isSym('-') || x.isSym('.')) && glued(k + 1) && (num(k + 1) || tok(k + 1).isWord()));
    }

    private static final String[] ROMAN = {"i", "ii", "iii", "iv"};

    /**
     * Spans with soft bounds: {@code tháng 4/2024}, {@code đầu/giữa/cuối tháng 5}, {@code tháng 4 đến tháng 6/2024},
     * {@code quý II/2024}, {@code 6 tháng đầu năm 2024}.
     */
    private Core spanCore(int i) {
        // "6 tháng đầu năm 2024", "6 tháng cuối năm"
        if (num(i, 2) && is(i + 1, Word.THANG) && (is(i + 2, Word.DAU) || is(i + 2, Word.CUOI)) && is(i + 3, Word.NAM)) {
            int months = tok(i).value;
            if (months < 1 || months > 11) {
                return null;
            }
            int k = i + 4;
            int year = docYear;
            Integer y = yearAt(k);
            if (y != null) {
                year = y;
                k++;
            }
            Core c = span(k);
            if (is(i + 2, Word.DAU)) {
                c.spanStart = LocalDate.of(year, 1, 1);
                c.spanEnd = YearMonth.of(year, months).atEndOfMonth();
            } else {
                c.spanStart = LocalDate.of(year, 13 - months, 1);
                c.spanEnd = LocalDate.of(year, 12, 31);
            }
            return spanEndsCleanly(k) ? c : null;
        }
        // "quý II/2024", "quý 2 năm 2024"
        if (is(i, Word.QUY) || is(i, Word.QUI)) {
            Token q = tok(i + 1);
            int quarter = 0;
            if (q != null && q.isNum() && q.digits() == 1 && q.value >= 1 && q.value <= 4) {
                quarter = q.value;
            } else if (q != null && q.isWord()) {
                for (int r = 0; r < ROMAN.length; r++) {
                    if (q.lower.equals(ROMAN[r]) && q.raw.equals(q.raw.toUpperCase(java.util.Locale.ROOT))) {
                        quarter = r + 1;
                    }
                }
            }
            if (quarter == 0) {
                return null;
            }
            int k = i + 2;
            int year = docYear;
            int[] y = spanYear(k);
            if (y != null) {
                k = y[0];
                year = y[1];
            }
            if (!spanEndsCleanly(k)) {
                return null;
            }
            Core c = span(k);
            c.spanStart = LocalDate.of(year, quarter * 3 - 2, 1);
            c.spanEnd = YearMonth.of(year, quarter * 3).atEndOfMonth();
            return c;
        }
        // "đầu/giữa/cuối tháng 5", "tháng 4/2024", "tháng 4 đến tháng 6/2024"
        int j = i;
        int third = 0;
        if (is(j, Word.DAU)) {
            third = 1;
        } else if (is(j, Word.GIUA)) {
            third = 2;
        } else if (is(j, Word.CUOI)) {
            third = 3;
        }
        if (third != 0) {
            j++;
        }
        int[] first = month(j);
        if (first == null) {
            return null;
        }
        int k = first[0];
        Integer year1 = first[2] == 0 ? null : first[2];
        if (third == 0) {
            int s = k;
            if (sym(s, '-') || is(s, Word.DEN) || is(s, Word.TOI_TO)) {
                s++;
                if (is(s, Word.HET)) {
                    s++;
                }
                int[] second = month(s);
                if (second != null) {
                    int y2 = second[2] == 0 ? docYear : second[2];
                    int y1 = year1 != null ? year1 : (first[1] > second[1] ? y2 - 1 : y2);
                    LocalDate from = LocalDate.of(y1, first[1], 1);
                    LocalDate to = YearMonth.of(y2, second[1]).atEndOfMonth();
                    if (!from.isAfter(to)) {
                        Core c = span(second[0]);
                        c.spanStart = from;
                        c.spanEnd = to;
                        c.spanRange = true;
                        return c;
                    }
                }
            }
        }
        int year = year1 == null ? docYear : year1;
        YearMonth ym = YearMonth.of(year, first[1]);
        Core c = span(k);
        switch (third) {
            case 1 -> {
                c.spanStart = ym.atDay(1);
                c.spanEnd = ym.atDay(10);
            }
            case 2 -> {
                c.spanStart = ym.atDay(11);
                c.spanEnd = ym.atDay(20);
            }
            case 3 -> {
                c.spanStart = ym.atDay(21);
                c.spanEnd = ym.atEndOfMonth();
            }
            default -> {
                c.spanStart = ym.atDay(1);
                c.spanEnd = ym.atEndOfMonth();
            }
        }
        return c;
    }

    /** {@code tháng 5}, {@code tháng 5/2024}, {@code tháng 5 năm 2024}: {end, month, year or 0}, or null. */
    private int[] month(int i) {
        if (!is(i, Word.THANG) || !num(i + 1, 2)) {
            return null;
        }
        int mo = tok(i + 1).value;
        if (mo < 1 || mo > 12) {
            return null;
        }
        int k = i + 2;
        int year = 0;
        int[] y = spanYear(k);
        if (y != null) {
            k = y[0];
            year = y[1];
        }
        if (!spanEndsCleanly(k)) {
            return null;
        }
        return new int[] {k, mo, year};
    }

    private static Core span(int end) {
        Core c = new Core();
        c.form = Core.Form.SPAN;
        c.end = end;
        return c;
    }

    // ------------------------------------------------------------------ boundaries and what is not an event

    /** The first number of a date is not glued to the word or number before it ({@code v18/5}, {@code 45/18/5}). */
    private boolean startsCleanly(int i) {
        Token x = tok(i);
        if (x == null || !x.isNum() || x.gapBefore || i == 0) {
            return true;
        }
        Token p = tok(i - 1);
        if (p.isWord() || p.isNum()) {
            return false;
        }
        if (p.isSym('/') || p.isSym('-') || p.isSym('.') || p.isSym(':') || p.isSym(',')) {
            Token pp = tok(i - 2);
            return pp == null || p.gapBefore || !(pp.isNum() || pp.isWord());
        }
        return true;
    }

    /** Nothing glued after a date's last number makes it part of a bigger number or symbol ({@code 18/5/KH}). */
    private boolean endsCleanly(Core c) {
        int k = c.end;
        Token x = tok(k);
        if (x == null || x.gapBefore) {
            return true;
        }
        if (x.isWord() || x.isNum()) {
            return false;
        }
        Token y = tok(k + 1);
        boolean next = y != null && !y.gapBefore;
        if (x.isSym('/') || x.isSym('-')) {
            return !(next && (y.isNum() || y.isWord()));
        }
        if (x.isSym('.') || x.isSym(',') || x.isSym(':')) {
            return !(next && y.isNum());
        }
        return true;
    }

    private static final String[] COUNTED = {
        "người", "ngày", "tháng", "năm", "tuần", "giờ", "phút", "lần", "buổi", "đợt", "điểm", "đại", "học", "sinh",
        "cán", "công", "viên", "thành", "xã", "huyện", "tỉnh", "km", "m", "ha", "kg", "tấn", "tỷ", "tỉ", "triệu",
        "nghìn", "ngàn", "đồng", "cái", "chiếc", "bản", "trang", "cuộc", "sản", "đề", "nhiệm", "dự", "hộ", "lớp",
        "trường", "doanh", "chỉ", "phần", "số", "đơn", "mô", "gian", "ý", "câu", "suất"
    };

    private static final String[] LABELS = {
        "điều", "khoản", "điểm", "mục", "số", "phần", "chương", "trang", "bước", "lần", "tầng", "phòng", "câu", "bài",
        "lớp", "khối", "tập", "quyển", "tuyến", "đường", "nhà", "khu", "lô", "tờ", "thửa", "lệ", "đạt", "hạng", "kỳ",
        "khóa", "khoá", "phiên", "bản", "tỷ", "tỉ", "v", "version", "hiệu", "mã", "ký"
    };

    /**
     * A date with no lead word and no year ({@code 18/5}) must look like one: months 1 to 12, a day from 1, not after a
     * label ({@code Điều 5-6}, {@code số 2/3}) and not before a counted noun ({@code 2-3 người}, {@code 8/10 điểm}).
     */
    private boolean bareDateAllowed(int i, Core c) {
        boolean hasYear = c.form == Core.Form.SINGLE ? c.a.year != null : c.b.year != null;
        if (hasYear) {
            return true;
        }
        if (c.form == Core.Form.SINGLE) {
            if (c.a.month < 1 || c.a.month > 12 || c.a.day < 1) {
                return false;
            }
            if (c.a.day == 24 && c.a.month == 7 && tok(c.a.end - 1).digits() == 1) {
                return false; // "24/7": round the clock
            }
        } else {
            if (c.b.month < 1 || c.b.month > 12 || c.b.day < 1 || c.a.day < 1
                    || (c.a.month != 0 && (c.a.month < 1 || c.a.month > 12))) {
                return false;
            }
        }
        if (isAny(i - 1, LABELS) || (sym(i - 1, '(') && isAny(i - 2, LABELS))) {
            return false;
        }
        return !(isAny(c.end, COUNTED) || sym(c.end, '%'));
    }

    /**
     * The clause after a date at token k says the day <em>is</em> a named day: {@code … (được chọn) là Ngày Khoa học …}.
     * A date with a year only counts when a verb of naming says so ({@code chọn}, {@code lấy}, {@code công nhận}):
     * {@code ngày 18/5/2025 là Ngày hội …} may well be a date of this year's programme.
     */
    private boolean namedAsHoliday(int k, boolean noYear) {
        boolean naming = noYear;
        for (int steps = 0; steps < 16 && k < n; steps++, k++) {
            Token x = tok(k);
            if (x.type == Token.Type.BREAK || x.isSym(',') || x.isSym(';') || x.isSym('.') || x.isSym(':')
                    || x.isSym('!') || x.isSym('?')) {
                return false;
            }
            if (isAny(k, "chọn", "lấy", "nhận")) {
                naming = true;
            }
            if (is(k, Word.LA) && is(k + 1, Word.NGAY) && tok(k + 1).isCapitalized() && tok(k + 2) != null
                    && tok(k + 2).isCapitalized()) {
                return naming;
            }
        }
        return false;
    }

    /** {@code hằng năm}, {@code hàng năm}, {@code mỗi năm} at token k: the date before it recurs every year. */
    private boolean annually(int k) {
        return isAny(k, "hằng", "hàng", "mỗi") && is(k + 1, Word.NAM);
    }

    /** A bare {@code 18/5} or {@code 18/5/2024} naming a holiday: {@code Ngày Khoa học và Công nghệ Việt Nam (18/5)}. */
    private boolean namesHoliday(int i) {
        int k = i - 1;
        if (sym(k, '(')) {
            k--;
        }
        if ((is(k, Word.NAM_SOUTH) && is(k - 1, Word.VIET)) || (is(k, Word.GIOI) && is(k - 1, Word.THE))) {
            return true;
        }
        for (int steps = 0; steps < 14 && k >= 0; steps++, k--) {
            Token x = tok(k);
            if (x.isWord()) {
                if (is(k, Word.NGAY) && x.isCapitalized() && tok(k + 1) != null && tok(k + 1).isCapitalized()) {
                    return true;
                }
            } else if (!x.isSym('&')) {
                return false;
            }
        }
        return false;
    }

    private static final String[][] DOCUMENT_KINDS = {
        {"công", "văn"}, {"văn", "bản"}, {"quyết", "định"}, {"chỉ", "thị"}, {"thông", "tư"}, {"nghị", "quyết"},
        {"kế", "hoạch"}, {"thông", "báo"}, {"nghị", "định"}, {"hướng", "dẫn"}, {"tờ", "trình"}, {"luật"},
        {"công", "điện"}, {"chương", "trình"}
    };

    /**
     * {@code ngày} at token i follows a document reference: a number and symbol ({@code 1217/BKHCN-UDCN},
     * {@code số 5}) or the capitalised kind of a document ({@code Quyết định ngày 3/1/2024}).
     */
    private boolean citesDocument(int i) {
        int k = i - 1;
        if (sym(k, ',')) {
            k--;
        }
        Token last = tok(k);
        if (last == null) {
            return false;
        }
        int first = k;
        while (first > 0 && !tok(first).gapBefore && tok(first - 1).type != Token.Type.BREAK) {
            first--;
        }
        String chunk = text.substring(tok(first).start, last.end);
        if (chunk.indexOf('/') >= 0 && !chunk.equals(chunk.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (last.isNum() && isAny(k - 1, "số")) {
            return true;
        }
        for (String[] kind : DOCUMENT_KINDS) {
            int s = k - kind.length + 1;
            if (s < 0) {
                continue;
            }
            boolean match = tok(s).isCapitalized();
            for (int w = 0; w < kind.length && match; w++) {
                match = isAny(s + w, kind[w]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ settling years, kinds and problems

    private DateExpression build(Match m) {
        Token first = t.get(m.startTok);
        Token last = t.get(m.endTok - 1);
        String quote = text.substring(first.start, last.end);
        Core c = m.core;

        DateKind kind;
        LocalDate start = null;
        LocalDate end = null;
        LocalDate stated = null;
        LocalDate statedEnd = null;
        DateProblem problem = null;
        LocalTime time = m.time == null ? null : m.time.start;
        LocalTime endTime = m.time == null ? null : m.time.end;

        if (c.form == Core.Form.SPAN) {
            LocalDate s = c.spanStart;
            LocalDate e = c.spanEnd;
            switch (m.lead) {
                case DEADLINE, UNTIL -> {
                    kind = DateKind.DEADLINE;
                    end = m.lead == Lead.DEADLINE && is(m.startTok, Word.TRUOC) ? s.minusDays(1) : e;
                }
                case FROM -> {
                    kind = DateKind.VAGUE;
                    start = s;
                    end = c.spanRange ? e : null;
                }
                case AFTER -> {
                    kind = DateKind.VAGUE;
                    start = e.plusDays(1);
                }
                default -> {
                    kind = DateKind.VAGUE;
                    start = s;
                    end = e;
                }
            }
        } else {
            LocalDate a;
            LocalDate b;
            if (c.form == Core.Form.SINGLE) {
                int y = c.a.year != null ? c.a.year : docYear;
                problem = Problems.checkDay(c.a.day, c.a.month, y);
                a = problem == null ? LocalDate.of(y, c.a.month, c.a.day) : null;
                b = a;
            } else {
                int yb = c.b.year != null ? c.b.year : docYear;
                int ma = c.a.month == 0 ? c.b.month : c.a.month;
                // a first part without a year takes the second's, or the year before when that puts it after the
                // end ("từ 30/12 đến 2/1/2024"); a bare first day ("14-3/5") shares the month, so it cannot wrap
                int ya = c.a.year != null ? c.a.year
                        : c.a.month != 0 && (ma > c.b.month || (ma == c.b.month && c.a.day > c.b.day)) ? yb - 1 : yb;
                problem = Problems.checkDay(c.a.day, ma, ya);
                if (problem == null) {
                    problem = Problems.checkDay(c.b.day, c.b.month, yb);
                }
                a = problem == null ? LocalDate.of(ya, ma, c.a.day) : null;
                b = problem == null ? LocalDate.of(yb, c.b.month, c.b.day) : null;
                if (problem == null && a.isAfter(b)) {
                    problem = Problems.inverted(a, b);
                    a = null;
                    b = null;
                }
                if (c.endTime != null) {
                    endTime = c.endTime;
                }
            }
            stated = a;
            statedEnd = b;
            boolean range = c.form == Core.Form.RANGE;
            switch (m.lead) {
                case DEADLINE, UNTIL -> {
                    kind = DateKind.DEADLINE;
                    end = b;
                    if (range && endTime != null && time == null) {
                        time = endTime;
                        endTime = null;
                    }
                }
                case FROM -> {
                    kind = range ? DateKind.PERIOD : DateKind.VAGUE;
                    start = a;
                    end = range ? b : null;
                }
                case AFTER -> {
                    kind = DateKind.VAGUE;
                    start = b == null ? null : b.plusDays(1);
                }
                case AROUND -> {
                    kind = DateKind.VAGUE;
                    start = a == null ? null : a.withDayOfMonth(1);
                    end = b == null ? null : YearMonth.from(b).atEndOfMonth();
                }
                default -> {
                    kind = range ? DateKind.PERIOD : DateKind.EVENT;
                    start = a;
                    end = b;
                }
            }
            if (kind == DateKind.PERIOD && start != null && start.equals(end)) {
                kind = DateKind.EVENT;
            }
        }

        if (m.pod != null) {
            time = afternoon(time, m.pod);
            endTime = afternoon(endTime, m.pod);
        }
        WeekdayMention before = m.weekday != null && !m.weekdayAfter ? m.weekday : null;
        WeekdayMention after = m.weekday != null && m.weekdayAfter ? m.weekday : null;
        WeekdayMention aw = c.aWeekday != null ? c.aWeekday : before;
        WeekdayMention bw = c.bWeekday != null ? c.bWeekday : c.form == Core.Form.RANGE ? after : null;
        if (c.form != Core.Form.RANGE && after != null) {
            aw = after;
        }
        String weekdayStated = firstStated(before, c.aWeekday, c.bWeekday, after);
        if (problem == null && aw != null && stated != null && stated.getDayOfWeek() != aw.day()) {
            problem = Problems.weekdayMismatch(stated, aw.day());
        }
        if (problem == null && bw != null && statedEnd != null && statedEnd.getDayOfWeek() != bw.day()) {
            problem = Problems.weekdayMismatch(statedEnd, bw.day());
        }
        if (problem != null && DateProblem.INVALID_DATE.equals(problem.code())) {
            start = null;
            end = null;
        }
        return new DateExpression(quote, first.start, last.end, kind, start, end, time, endTime, m.pod,
                weekdayStated, problem);
    }

    private static String firstStated(WeekdayMention... ws) {
        for (WeekdayMention w : ws) {
            if (w != null) {
                return w.stated();
            }
        }
        return null;
    }

    /**
     * Builds what one match states. A list of days that are not consecutive ({@code ngày 10 và 20/5}) states several
     * events: one per day, each quoting its own day (the first with the lead words).
     */
    private List<DateExpression> buildAll(Match m) {
        Core c = m.core;
        if (c.listDays == null || consecutive(c)) {
            return List.of(build(m));
        }
        List<DateExpression> out = new ArrayList<>();
        int count = c.listDays.length + 1;
        for (int x = 0; x < count; x++) {
            boolean first = x == 0;
            boolean last = x == count - 1;
            Match one = new Match();
            one.startTok = first ? m.startTok : last ? c.b.start : c.listToks[x];
            one.endTok = last ? m.endTok : c.listToks[x] + 1;
            one.lead = first ? m.lead : Lead.NONE;
            one.time = m.time;
            one.pod = m.pod;
            if (m.weekday != null && (m.weekdayAfter ? last : first)) {
                one.weekday = m.weekday;
                one.weekdayAfter = m.weekdayAfter;
            }
            Core single = new Core();
            single.form = Core.Form.SINGLE;
            single.a = last ? c.b : new Part(c.listToks[x], c.listDays[x], c.b.month, c.b.year, c.listToks[x] + 1);
            single.end = one.endTok;
            one.core = single;
            out.add(build(one));
        }
        return out;
    }

    /** The days of a list follow one another up to the last: {@code 17, 18 và 19/5}. */
    private static boolean consecutive(Core c) {
        for (int x = 1; x < c.listDays.length; x++) {
            if (c.listDays[x] != c.listDays[x - 1] + 1) {
                return false;
            }
        }
        return c.b.day == c.listDays[c.listDays.length - 1] + 1;
    }

    /** {@code 2 giờ chiều} is 14:00: an hour before noon said with chiều or tối moves to the afternoon. */
    private static LocalTime afternoon(LocalTime t, PartOfDay pod) {
        if (t == null) {
            return null;
        }
        if ((pod == PartOfDay.CHIEU || pod == PartOfDay.TOI) && t.getHour() >= 1 && t.getHour() < 12) {
            return t.plusHours(12);
        }
        if (pod == PartOfDay.TRUA && t.getHour() >= 1 && t.getHour() <= 2) {
            return t.plusHours(12);
        }
        return t;
    }
}

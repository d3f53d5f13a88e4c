package vn.loa.dates;

import java.time.DayOfWeek;

/** Weekdays as documents write them next to a date: {@code Thứ 6}, {@code Thứ Sáu}, {@code Chủ nhật}, {@code T6}, {@code CN}. */
final class WeekdayMentions extends TokenReader {
    WeekdayMentions(TokenReader tokens) {
        super(tokens);
    }

    private static final String[] ORDINAL_CONTEXT = {
        "lần", "kỳ", "khóa", "khoá", "hạng", "giải", "đợt", "số", "phiên", "tầng", "lớp", "người", "vị"
    };

    /** {@code Thứ 6}, {@code Thứ Sáu}, {@code Chủ nhật}, {@code T6}, {@code CN}. */
    WeekdayMention weekday(int i) {
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

    /** {@code (Thứ Hai)} at token i: the weekday, ending after the closing parenthesis. */
    WeekdayMention parenWeekday(int i) {
        if (!sym(i, '(')) {
            return null;
        }
        WeekdayMention w = weekday(i + 1);
        if (w == null || !sym(w.end(), ')')) {
            return null;
        }
        return new WeekdayMention(w.day(), w.stated(), w.end() + 1);
    }
}

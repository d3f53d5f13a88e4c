package vn.loa.dates;

/** One day and month, maybe with a year: {@code 18/5}, {@code 18-5-2024}, {@code 18.5.2024}, {@code 18 tháng 5 năm 2024}. */
final class DayForms extends TokenReader {
    DayForms(TokenReader tokens) {
        super(tokens);
    }

    /** {@code 18/5}, {@code 18-5}, {@code 18/5/2024}, {@code 18-5-2024}, {@code 18.5.2024}, {@code 18/5/24}. */
    DayMonth numericPart(int i) {
        return numericPart(i, false);
    }

    /**
     * The dotted first day of a range, which may leave its year to the end ({@code 28.4 - 2.5.2024}); alone, a dotted
     * day needs its year ({@code 2.1} is a version). Null unless written with dots.
     */
    DayMonth dottedRangeStart(int i) {
        return sym(i + 1, '.') ? numericPart(i, true) : null;
    }

    private DayMonth numericPart(int i, boolean dotWithoutYear) {
        if (!num(i, 2) || !glued(i + 1) || !glued(i + 2) || !num(i + 2, 2)) {
            return null;
        }
        Token s = tok(i + 1);
        if (s.type != Token.Type.SYM || "/-.".indexOf(s.symbol) < 0) {
            return null;
        }
        DayMonth p = new DayMonth(i, tok(i).value, tok(i + 2).value, null, i + 3);
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
        if (s.symbol == '.' && p.year == null && !dotWithoutYear) {
            return null;
        }
        return p;
    }

    /** {@code 18 tháng 5}, {@code 18 tháng 5 năm 2024}, {@code 18 tháng 5/2024}. */
    DayMonth wordPart(int i) {
        if (!num(i, 2) || !is(i + 1, Word.THANG) || !num(i + 2, 2)) {
            return null;
        }
        DayMonth p = new DayMonth(i, tok(i).value, tok(i + 2).value, null, i + 3);
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

    /** Written with dots: {@code 2.5.2024}. */
    boolean dotted(DayMonth p) {
        return sym(p.start + 1, '.');
    }

    DayMonth part(int i, boolean wordOk) {
        DayMonth p = numericPart(i);
        if (p == null) {
            DayMonth w = wordPart(i);
            if (w != null && (wordOk || w.year != null)) {
                p = w;
            }
        }
        return p;
    }
}

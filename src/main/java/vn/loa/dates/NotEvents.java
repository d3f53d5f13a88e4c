package vn.loa.dates;

/** Dates that are read but are not events: a cited document's date, a holiday's name, a day that recurs every year. */
final class NotEvents extends TokenReader {
    NotEvents(TokenReader tokens) {
        super(tokens);
    }

    /**
     * The clause after a date at token k says the day <em>is</em> a named day: {@code … (được chọn) là Ngày Khoa học …}.
     * A date with a year only counts when a verb of naming says so ({@code chọn}, {@code lấy}, {@code công nhận}):
     * {@code ngày 18/5/2025 là Ngày hội …} may well be a date of this year's programme.
     */
    boolean namedAsHoliday(int k, boolean noYear) {
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
    boolean annually(int k) {
        return isAny(k, "hằng", "hàng", "mỗi") && is(k + 1, Word.NAM);
    }

    /** A bare {@code 18/5} or {@code 18/5/2024} naming a holiday: {@code Ngày Khoa học và Công nghệ Việt Nam (18/5)}. */
    boolean namesHoliday(int i) {
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

    /** The most glued tokens a document's number and symbol take: {@code 30/2020/NĐ-CP} is 7. */
    private static final int MAX_REFERENCE_TOKENS = 24;

    private static final String[][] DOCUMENT_KINDS = {
        {"công", "văn"}, {"văn", "bản"}, {"quyết", "định"}, {"chỉ", "thị"}, {"thông", "tư"}, {"nghị", "quyết"},
        {"kế", "hoạch"}, {"thông", "báo"}, {"nghị", "định"}, {"hướng", "dẫn"}, {"tờ", "trình"}, {"luật"},
        {"công", "điện"}, {"chương", "trình"}
    };

    /**
     * {@code ngày} at token i follows a document reference: a number and symbol ({@code 1217/BKHCN-UDCN},
     * {@code số 5}) or the capitalised kind of a document ({@code Quyết định ngày 3/1/2024}).
     */
    boolean citesDocument(int i) {
        int k = i - 1;
        if (sym(k, ',')) {
            k--;
        }
        Token last = tok(k);
        if (last == null) {
            return false;
        }
        int first = k;
        // a reference is a few glued tokens ("1217/BKHCN-UDCN"): looking further back would make a long glued run
        // read again at each "ngày" in it
        while (first > 0 && k - first < MAX_REFERENCE_TOKENS && !tok(first).gapBefore
                && tok(first - 1).type != Token.Type.BREAK) {
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
}

package vn.loa.dates;

/**
 * Where a date may begin and end: not glued to a neighbouring number, letter or symbol ({@code 45/KH}, {@code v1.2}),
 * and for a bare date not after a label ({@code Điều 5-6}) nor before a counted noun ({@code 2-3 người}).
 */
final class Boundaries extends TokenReader {
    Boundaries(TokenReader tokens) {
        super(tokens);
    }

    /** The first number of a date is not glued to the word or number before it ({@code v18/5}, {@code 45/18/5}). */
    boolean startsCleanly(int i) {
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
    boolean endsCleanly(DateCore c) {
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
    boolean bareDateAllowed(int i, DateCore c) {
        boolean hasYear = c.form == DateCore.Form.SINGLE ? c.a.year != null : c.b.year != null;
        if (hasYear) {
            return true;
        }
        if (c.form == DateCore.Form.SINGLE) {
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
}

package vn.loa.dates;

import java.time.LocalTime;

/** Clock times ({@code 8h00}, {@code 14:30}, {@code 08 giờ 00 phút}, {@code từ 8h00 đến 11h30}) and parts of the day. */
final class ClockTimes extends TokenReader {
    ClockTimes(TokenReader tokens) {
        super(tokens);
    }

    /** One clock time: {@code 8h}, {@code 8h00}, {@code 14g30}, {@code 14:30}, {@code 08 giờ 00 (phút)}. */
    int[] clock(int i) {
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
    ClockTime timeSpan(int i) {
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
        ClockTime out = new ClockTime();
        out.start = LocalTime.of(a[0], a[1]);
        out.end = b == null ? null : LocalTime.of(b[0], b[1]);
        PodMention p = partOfDay(k);
        if (p != null) {
            out.pod = p.pod();
            k = p.end();
        }
        out.next = k;
        return out;
    }

    private static final PartOfDay[] PARTS = PartOfDay.values();
    /** The words of {@link #PARTS}, looked for at every token. */
    private static final Word[] PART_WORDS = java.util.Arrays.stream(PARTS).map(p -> Word.of(p.label())).toArray(Word[]::new);

    /** {@code sáng}, {@code trưa}, {@code chiều}, {@code tối}, optionally after {@code buổi}. */
    PodMention partOfDay(int i) {
        int j = is(i, Word.BUOI) ? i + 1 : i;
        Token x = tok(j);
        if (x == null || x.type != Token.Type.WORD) {
            return null;
        }
        for (int k = 0; k < PARTS.length; k++) {
            PartOfDay p = PARTS[k];
            Word w = PART_WORDS[k];
            if (x.isWord(w.accented, w.accentedHash)) {
                return new PodMention(p, j + 1);
            }
            if (loose && x.ascii && x.isWord(w.ascii, w.asciiHash)) {
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
}

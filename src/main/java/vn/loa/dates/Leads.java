package vn.loa.dates;

/**
 * The lead words before a date, which decide its kind: {@code từ} (from), {@code đến} (until), {@code trước} and
 * {@code chậm nhất} (deadlines), {@code Trước, trong và sau} (around), {@code nhân dịp} (on the occasion of). Each
 * reader returns the token after the lead, or -1.
 */
final class Leads extends TokenReader {
    Leads(TokenReader tokens) {
        super(tokens);
    }

    /** {@code Trước, trong và sau}: two or more of trước / trong / sau joined by commas, và, hoặc. */
    int aroundLead(int i) {
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
    int deadlineLead(int i) {
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
    int fromLead(int i) {
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
    int untilLead(int i) {
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

    /**
     * {@code dịp}, {@code nhân dịp}, {@code trong dịp} (on the occasion of), maybe followed by {@code (nghỉ) lễ} or
     * {@code kỷ niệm}: {@code nhân dịp kỷ niệm 18/5}, {@code dịp nghỉ lễ 30/4 - 1/5}.
     */
    int occasionLead(int i) {
        int j = i;
        if (is(j, Word.NHAN) || is(j, Word.TRONG)) {
            j++;
        }
        if (!is(j, Word.DIP)) {
            return -1;
        }
        j++;
        if (isAny(j, "nghỉ") && isAny(j + 1, "lễ")) {
            j++;
        }
        if (isAny(j, "lễ")) {
            j++;
        }
        if (isAny(j, "kỷ", "kỉ") && isAny(j + 1, "niệm")) {
            j += 2;
        }
        return j;
    }
}

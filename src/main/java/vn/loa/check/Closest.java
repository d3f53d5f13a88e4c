package vn.loa.check;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.loa.text.Vietnamese;

/** The known name closest to a misspelt one: {@code tittle} → {@code title}, {@code image-alt} → {@code image_alt}. */
final class Closest {

    private Closest() {
    }

    /**
     * The candidate nearest to {@code wrong}, when it is near enough to be a typing mistake: the same name once case,
     * tone marks and {@code -} versus {@code _} are set aside, or at most one edit away (two for names longer than
     * four letters), an edit being an insertion, a deletion, a substitution or a swap of two neighbours.
     */
    static Optional<String> to(String wrong, Collection<String> candidates) {
        return to(wrong, candidates, normal(wrong).length() <= 4 ? 1 : 2);
    }

    /** The nearest candidate at most {@code allowed} edits away, ties going to the first. */
    static Optional<String> to(String wrong, Collection<String> candidates, int allowed) {
        List<String> list = List.copyOf(candidates);
        return to(wrong, list, list.stream().map(Closest::normal).toList(), allowed);
    }

    /**
     * The same, with the candidates' {@link #normal} forms computed once by the caller. Candidates whose length differs
     * by more than {@code allowed} are not compared, since they are that many edits away at least: a broken link is
     * then compared with the few page URLs of about its length, not all of them.
     */
    static Optional<String> to(String wrong, List<String> candidates, List<String> normalised, int allowed) {
        String w = normal(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            String c = normalised.get(i);
            if (Math.abs(c.length() - w.length()) > Math.min(allowed, bestDistance)) {
                continue;
            }
            int d = distance(w, c);
            if (d < bestDistance) {
                best = candidates.get(i);
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static String normal(String s) {
        return Vietnamese.fold(s).toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

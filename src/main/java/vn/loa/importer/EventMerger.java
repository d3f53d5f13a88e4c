package vn.loa.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.loa.text.Vietnamese;

/**
 * Mentions of one event made one entry: the same kind and days, times that do not contradict ({@code ngày 18/5} and
 * {@code sáng 18/5/2024}), and names of one activity (equal, or the words of the shorter all in the longer:
 * {@code Tọa đàm} and {@code Tọa đàm “Khoa học … doanh nghiệp”}). What each mention adds is kept: time, part of the
 * day, place, units; the better name (a table row's or a numbered activity's before a sentence's, a fuller one before
 * a bare one); the date as the more precise mention quotes it. Deadlines are merged only with the same deadline.
 */
final class EventMerger {

    private static final Set<String> SMALL = Set.of("va", "cua", "cac", "nhung", "tai", "ve", "voi", "cho", "nam", "ngay", "to", "chuc",
            "duoc", "se", "da", "trong", "tinh", "so", "the", "nay",
            // verbs a mention adds to the name: "Triển lãm khai mạc ngày 20/4", "Tọa đàm diễn ra ngày 18/5"
            "khai", "mac", "be", "dien", "ra", "mo", "bat", "dau", "ket", "thuc", "chinh", "vao", "luc", "buoi");

    private EventMerger() {
    }

    static List<ImportedEvent> merge(List<ImportedEvent> events) {
        List<ImportedEvent> out = new ArrayList<>();
        for (ImportedEvent e : events) {
            boolean merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                ImportedEvent o = out.get(i);
                if (sameEvent(o, e)) {
                    out.set(i, combine(o, e));
                    merged = true;
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }

    static boolean sameEvent(ImportedEvent a, ImportedEvent b) {
        if (!a.kind().equals(b.kind()) || !Objects.equals(a.start(), b.start()) || !Objects.equals(a.end(), b.end())) {
            return false;
        }
        boolean aVague = a.time() == null && a.partOfDay() == null;
        boolean bVague = b.time() == null && b.partOfDay() == null;
        boolean times = aVague || bVague || Objects.equals(a.time(), b.time()) && Objects.equals(a.partOfDay(), b.partOfDay());
        if (!times) {
            return false;
        }
        if (a.text().equals(b.text())) {
            return true;
        }
        if (a.kind().equals("deadline") || a.note() != null && b.note() != null && !a.note().equals(b.note())) {
            return false;
        }
        return sameName(a.text(), b.text());
    }

    /** The words of the shorter name (at least two that say something) are all in the longer one. */
    static boolean sameName(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        return small.size() >= 2 && large.containsAll(small);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Vietnamese.fold(s).split("[^\\p{L}\\p{N}&]+")) {
            if (!w.isEmpty() && !SMALL.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static int rank(String found) {
        return switch (found) {
            case ImportedEvent.TABLE -> 3;
            case ImportedEvent.ITEM -> 2;
            default -> 1;
        };
    }

    private static boolean textDoubt(ImportedEvent e) {
        return e.doubts().contains(Doubt.TEXT_NEARBY) || e.doubts().contains(Doubt.TEXT_DOCUMENT) || e.doubts().contains(Doubt.TEXT_LONG);
    }

    /** The name kept: one with no doubt about it; then a table row's, a numbered activity's; then the fuller. */
    private static ImportedEvent betterName(ImportedEvent a, ImportedEvent b) {
        if (textDoubt(a) != textDoubt(b)) {
            return textDoubt(a) ? b : a;
        }
        if (rank(a.found()) != rank(b.found())) {
            return rank(a.found()) > rank(b.found()) ? a : b;
        }
        return b.text().length() > a.text().length() ? b : a;
    }

    static ImportedEvent combine(ImportedEvent a, ImportedEvent b) {
        ImportedEvent named = betterName(a, b);
        // The date as the more precise mention states it (its time, part of day, weekday).
        ImportedEvent dated = precision(b) > precision(a) ? b : a;
        ImportedEvent other = dated == a ? b : a;
        Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
        doubts.addAll(a.doubts());
        doubts.addAll(b.doubts());
        if (!textDoubt(named)) {
            doubts.removeAll(EnumSet.of(Doubt.TEXT_NEARBY, Doubt.TEXT_DOCUMENT, Doubt.TEXT_LONG));
        }
        // One mention with the year written settles it for both.
        if (!a.doubts().contains(Doubt.YEAR_GUESSED) || !b.doubts().contains(Doubt.YEAR_GUESSED)) {
            doubts.remove(Doubt.YEAR_GUESSED);
        }
        boolean disagree = a.location() != null && b.location() != null && !a.location().equals(b.location())
                || a.time() != null && b.time() != null && !a.time().equals(b.time());
        if (disagree) {
            doubts.add(Doubt.MERGED);
        }
        String location = a.location() != null && b.location() != null
                ? (a.location().length() >= b.location().length() ? a.location() : b.location())
                : a.location() != null ? a.location() : b.location();
        return new ImportedEvent(named.text(), a.kind(), a.start(), a.end(), or(dated.time(), other.time()),
                or(dated.endTime(), other.endTime()), or(dated.partOfDay(), other.partOfDay()),
                dated.weekdayStated() != null ? dated.weekdayStated() : other.weekdayStated(),
                dated.weekdayStated() != null ? dated.weekdayOk() : other.weekdayOk(),
                !named.lead().isEmpty() ? named.lead() : !a.lead().isEmpty() ? a.lead() : b.lead(),
                !named.partners().isEmpty() ? named.partners() : !a.partners().isEmpty() ? a.partners() : b.partners(),
                location, dated.sourceQuote(), named.found(), doubts, or(a.note(), b.note()),
                named.section() != null ? named.section() : or(a.section(), b.section()));
    }

    private static int precision(ImportedEvent e) {
        return (e.time() != null ? 4 : 0) + (e.partOfDay() != null ? 2 : 0) + (e.weekdayStated() != null ? 1 : 0)
                + (e.doubts().contains(Doubt.YEAR_GUESSED) ? 0 : 1);
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}

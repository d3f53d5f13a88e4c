package vn.loa.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.render.RenderedPage;
import vn.loa.text.Vietnamese;

/**
 * Which events a news post that names none in {@code reports_on} plainly reports on. Cautious,
 * since a wrong link misleads more than a missing one: only an event or period (not a deadline or a
 * vague span), only a post published on one of its days or the day after, and only when the post
 * names it:
 * <ul>
 * <li>the event's quoted name ({@code Ngày hội “Sáng tạo trẻ Hồng Lam”}), two syllables or more,
 * stands whole in the post's title or summary; or</li>
 * <li>the two titles share at least four pairs of neighbouring syllables, and these are at least
 * 70 % of the pairs of the shorter title ({@code Lễ kỷ niệm Ngày Khoa học và Công nghệ Việt Nam …}
 * and {@code Kỷ niệm Ngày Khoa học và Công nghệ Việt Nam …}).</li>
 * </ul>
 * Syllables are compared folded (no tone marks, {@code đ} → {@code d}, lower case).
 */
final class ReportMatch {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]+)[”\"]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Spans longer than this are looked at for every post; shorter ones are found by the day. */
    private static final int INDEXED_DAYS = 62;

    private final List<Event> events;
    /** What {@link #names} reads of each event's title, by position: made when a post is first compared with it, once. */
    private final EventName[] names;
    private final java.util.Map<String, EventName> byTitle = new java.util.HashMap<>();
    /** The events a post of a day may report on (from their first day to the day after their last), by position in {@link #events}. */
    private final java.util.Map<LocalDate, List<Integer>> byDay = new java.util.HashMap<>();
    private final List<Integer> longSpans = new ArrayList<>();

    ReportMatch(List<Event> events) {
        this.events = events.stream().filter(EventLinks::happens).toList();
        this.names = new EventName[this.events.size()];
        for (int i = 0; i < this.events.size(); i++) {
            Event e = this.events.get(i);
            LocalDate until = EventLinks.reportedUntil(e);
            if (e.firstDay().plusDays(INDEXED_DAYS).isBefore(until)) {
                longSpans.add(i);
                continue;
            }
            for (LocalDate d = e.firstDay(); !d.isAfter(until); d = d.plusDays(1)) {
                byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Safe to ask from several threads: the links of two sites with the same events share one. */
    synchronized List<Event> reportedBy(RenderedPage news) {
        LocalDate day = news.page().day();
        if (day == null) {
            return List.of();
        }
        // The events of the post's day, in the order of the list (a long span's place among them kept).
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>(byDay.getOrDefault(day, List.of()));
        candidates.addAll(longSpans);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        Post post = new Post(news);
        for (int i : candidates) {
            Event e = events.get(i);
            if (!day.isBefore(e.firstDay()) && !day.isAfter(EventLinks.reportedUntil(e)) && name(i).namedBy(post)) {
                out.add(e);
            }
        }
        return out;
    }

    private EventName name(int i) {
        if (names[i] == null) {
            names[i] = byTitle.computeIfAbsent(events.get(i).title(), EventName::of);
        }
        return names[i];
    }

    /** Whether a post's title (or summary) names an event's title, as the class says. */
    static boolean names(List<String> postTitle, List<String> postSummary, String eventTitle) {
        return EventName.of(eventTitle).namedBy(new Post(postTitle, () -> postSummary));
    }

    /** A post's title as syllables and their pairs, and its summary's syllables when an event's quoted name asks for them. */
    private static final class Post {
        final List<String> title;
        final Set<String> pairs;
        private final java.util.function.Supplier<List<String>> summarySource;
        private List<String> summary;

        Post(RenderedPage news) {
            this(syllables(news.page().title()), () -> {
                String text = news.page().summary() != null ? news.page().summary() : news.summary();
                return syllables(text == null ? "" : text);
            });
        }

        Post(List<String> title, java.util.function.Supplier<List<String>> summary) {
            this.title = title;
            this.pairs = new HashSet<>(pairs(title));
            this.summarySource = summary;
        }

        List<String> summary() {
            if (summary == null) {
                summary = summarySource.get();
            }
            return summary;
        }
    }

    /** An event's title as {@link #names} compares it: its quoted names of two syllables or more, its distinct pairs. */
    private record EventName(List<List<String>> quoted, Set<String> pairs) {

        static EventName of(String eventTitle) {
            List<List<String>> quoted = new ArrayList<>();
            Matcher m = QUOTED.matcher(eventTitle);
            while (m.find()) {
                List<String> name = syllables(m.group(1));
                if (name.size() >= 2) {
                    quoted.add(name);
                }
            }
            return new EventName(quoted, new java.util.LinkedHashSet<>(ReportMatch.pairs(syllables(eventTitle))));
        }

        boolean namedBy(Post post) {
            for (List<String> name : quoted) {
                if (containsRun(post.title, name) || containsRun(post.summary(), name)) {
                    return true;
                }
            }
            long shared = pairs.stream().filter(post.pairs::contains).count();
            long fewer = Math.min(pairs.size(), post.pairs.size());
            return shared >= 4 && shared * 10 >= fewer * 7L;
        }
    }

    static List<String> syllables(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_LETTER.split(Vietnamese.fold(Vietnamese.nfc(s)))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> pairs(List<String> syllables) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < syllables.size(); i++) {
            out.add(syllables.get(i) + " " + syllables.get(i + 1));
        }
        return out;
    }

    private static boolean containsRun(List<String> text, List<String> run) {
        for (int i = 0; i + run.size() <= text.size(); i++) {
            if (text.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }
}

package vn.loa.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.loa.index.Event;
import vn.loa.index.Site;
import vn.loa.load.DocumentInfo;
import vn.loa.load.EventSpec;
import vn.loa.load.Page;
import vn.loa.render.RenderedPage;

/**
 * One page as search sees it: a plan, a news post, a page, or an event that has a page of its own.
 * The fields the reader is shown ({@code title}, {@code url} relative to the search page,
 * {@code type}, {@code date}, {@code campaign}, {@code year}, {@code snippet})
 * and the text that is indexed in three weights: the title; {@code meta} (summary, tags, a plan's
 * kind, number, issuer, themes, slogans, signer, and its events' titles, places and units); the
 * {@code body}. Each string of {@code meta} is its own phrase: a phrase pair never spans two.
 *
 * <p>An event ({@code type} {@code event}) is indexed with its title; as meta its place, units and
 * the title of the document that states it; as body when it happens and its description.
 */
public record SearchDoc(String title, String url, String type, LocalDate date, String campaign, Integer year,
                        String snippet, List<String> meta, String body) {

    /**
     * The order of the documents' ids, applied with a stable sort to the pages in the site's order
     * followed by the events: newest first, undated last ({@link #DATE_ORDER} of their dates).
     */
    public static final Comparator<java.time.LocalDate> DATE_ORDER = Comparator.nullsLast(Comparator.reverseOrder());
    public static final Comparator<SearchDoc> ORDER = Comparator.comparing(SearchDoc::date, DATE_ORDER);

    /** Longest snippet text kept in the document table, in characters. */
    public static final int SNIPPET = 240;

    public SearchDoc {
        meta = List.copyOf(meta);
    }

    /**
     * The fields the reader is shown, without the indexed texts: what a {@link SearchIndexBuilder}
     * reads of a document once its {@link DocTerms} are made, small enough to keep for every page.
     */
    public SearchDoc shown() {
        return new SearchDoc(title, url, type, date, campaign, year, snippet, List.of(), "");
    }

    /**
     * Every page of the site, in the site's order (newest first, undated pages last): a page's
     * position is its id, so that a lower id is a newer page.
     *
     * @param link makes a site-absolute path into the link written in the index
     */
    public static List<SearchDoc> of(Site site, Function<String, String> link) {
        return of(site.pages(), site.events(), r -> r, link);
    }

    /** The events search lists: those with a page of their own, in the site's order of events. */
    public static List<Event> indexed(List<Event> events) {
        return events.stream().filter(e -> e.url() != null).toList();
    }

    /**
     * @param current the page as it is now, text and all, of a page of the site's lists (the
     *                engine keeps the lists of the last build while only bodies change)
     */
    public static List<SearchDoc> of(List<RenderedPage> pages, List<Event> events, Function<RenderedPage, RenderedPage> current,
                                     Function<String, String> link) {
        List<SearchDoc> out = new ArrayList<>(pages.size());
        for (RenderedPage r : pages) {
            out.add(of(current.apply(r), link));
        }
        for (Event e : indexed(events)) {
            out.add(of(e, link));
        }
        // Newest first, undated last, so that a lower id is still a newer document (ties in
        // ranking go to it); a stable sort: the site's order, already newest first, stays as it
        // is among pages, and a page comes before the events of its day.
        out.sort(ORDER);
        return out;
    }

    /** An event with a page of its own. */
    public static SearchDoc of(Event e, Function<String, String> link) {
        List<String> meta = new ArrayList<>();
        add(meta, e.location());
        meta.addAll(e.lead());
        meta.addAll(e.partners());
        String source = e.page().page().title();
        add(meta, source);
        StringBuilder snippet = new StringBuilder(e.when());
        if (e.location() != null && !e.location().isBlank()) {
            snippet.append(" · ").append(e.location());
        }
        snippet.append(" · ").append(source);
        String description = e.spec().description();
        String body = e.when() + "\n" + (description != null ? description : "");
        Integer year = e.campaign() != null ? e.year() : e.firstDay() == null ? null : e.firstDay().getYear();
        return new SearchDoc(e.title(), link.apply(e.url()), "event", e.firstDay(),
                e.campaign() != null ? e.campaign().id() : null, year, snippet(snippet.toString()), meta, body);
    }

    /** A page; its body is {@link RenderedPage#text()}, empty when the page is kept without it. */
    public static SearchDoc of(RenderedPage r, Function<String, String> link) {
        Page p = r.page();
        String type = switch (p.section()) {
            case PLANS -> "plan";
            case NEWS -> "news";
            case PAGES -> "page";
        };
        String summary = p.summary() != null ? p.summary() : r.summary();
        List<String> meta = new ArrayList<>();
        add(meta, summary);
        meta.addAll(p.tags());
        DocumentInfo d = p.document();
        if (d != null) {
            add(meta, d.kind());
            add(meta, d.number());
            meta.addAll(d.issuer());
            meta.addAll(d.themes());
            meta.addAll(d.slogans());
            if (d.signer() != null) {
                add(meta, d.signer().name());
            }
        }
        for (EventSpec e : p.events()) {
            add(meta, e.title());
            add(meta, e.location());
            meta.addAll(e.lead());
            meta.addAll(e.partners());
        }
        Integer year = p.campaign() != null ? p.yearOfCampaign() : (p.date() == null ? null : p.date().getYear());
        return new SearchDoc(p.title(), link.apply(p.url()), type, p.day(), p.campaign(), year,
                snippet(summary), meta, r.text() == null ? "" : r.text());
    }

    private static void add(List<String> list, String s) {
        if (s != null && !s.isBlank()) {
            list.add(s);
        }
    }

    /** The start of a text, cut at a space so that it is at most {@link #SNIPPET} characters, with … when cut. */
    static String snippet(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.length() <= SNIPPET) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET - 1);
        if (cut <= SNIPPET / 2) {
            cut = Character.isHighSurrogate(t.charAt(SNIPPET - 2)) ? SNIPPET - 2 : SNIPPET - 1;
        }
        return t.substring(0, cut) + "…";
    }
}

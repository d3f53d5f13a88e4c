package vn.loa.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.loa.LoaException;

/**
 * What only the whole site can tell, checked while the front matter and its lines are still at
 * hand, so that these problems are reported at their line and in the same run as every other
 * content error: two pages on one URL, a URL Loa keeps for itself, an unknown campaign, an event
 * id used twice in one campaign year, a news post that reports on an event the site does not have.
 */
final class SiteChecks {

    /** URLs of the pages Loa makes itself. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("/ke-hoach/", "/tin-tuc/", "/chien-dich/", "/the/", "/nam/", "/don-vi/",
            "/tim-kiem/", "/trang/");

    private SiteChecks() {
    }

    /** Whether two reads of a page agree on all these checks look at: its address, campaign and year, and event ids. */
    static boolean sameFacts(Page a, Page b) {
        return a.url().equals(b.url()) && java.util.Objects.equals(a.campaign(), b.campaign())
                && java.util.Objects.equals(a.yearOfCampaign(), b.yearOfCampaign())
                && a.events().stream().map(EventSpec::slug).toList().equals(b.events().stream().map(EventSpec::slug).toList())
                && ReportsOn.named(a).equals(ReportsOn.named(b));
    }

    /** {@code pages} in file order. */
    static void check(List<PageReader.Read> pages, SiteConfig config, List<LoaException> errors) {
        checkUrls(pages, errors);
        checkCampaigns(pages, config, errors);
        checkEventIds(pages, config, errors);
        checkReportsOn(pages, errors);
    }

    /**
     * The same checks after a save of a few pages, when the site before it passed them all: only
     * what the pages saved can have broken, and only the posts naming events can be broken by the
     * events of a page saved or gone ({@code eventsMoved}). The same errors as {@link #check}.
     *
     * @param pages every page, in file order
     * @param saved the pages read again (each also in {@code pages})
     */
    static void checkAfterSave(List<PageReader.Read> pages, List<PageReader.Read> saved, boolean eventsMoved, SiteConfig config,
                               List<LoaException> errors) {
        java.util.Set<String> urls = new java.util.HashSet<>();
        java.util.Set<String> years = new java.util.HashSet<>();
        for (PageReader.Read r : saved) {
            urls.add(r.page().url());
            years.add(r.page().campaign() + "/" + r.page().yearOfCampaign());
        }
        List<PageReader.Read> sameUrl = new ArrayList<>();
        List<PageReader.Read> sameYear = new ArrayList<>();
        for (PageReader.Read r : pages) {
            if (urls.contains(r.page().url())) {
                sameUrl.add(r);
            }
            if (r.page().campaign() != null && years.contains(r.page().campaign() + "/" + r.page().yearOfCampaign())) {
                sameYear.add(r);
            }
        }
        checkUrls(sameUrl, errors);
        checkCampaigns(saved, config, errors);
        checkEventIds(sameYear, config, errors);
        checkReportsOn(pages, eventsMoved ? pages : saved, errors);
    }

    /** Every name in a news post's {@code reports_on} finds one event of the site. */
    private static void checkReportsOn(List<PageReader.Read> pages, List<LoaException> errors) {
        checkReportsOn(pages, pages, errors);
    }

    /** The same for the posts of {@code checked}, the events being those of {@code pages}. */
    private static void checkReportsOn(List<PageReader.Read> pages, List<PageReader.Read> checked, List<LoaException> errors) {
        ReportsOn reports = null;
        for (PageReader.Read r : checked) {
            List<String> names = ReportsOn.named(r.page());
            if (names.isEmpty()) {
                continue;
            }
            if (reports == null) {
                reports = new ReportsOn(pages.stream().map(PageReader.Read::page).toList());
            }
            for (String name : names) {
                String problem = reports.problem(r.page(), name);
                if (problem != null) {
                    errors.add(new LoaException(r.page().file(), r.frontMatter().lineOf(ReportsOn.KEY),
                            "'" + ReportsOn.KEY + "': " + problem,
                            "viết mã (id) của sự kiện như trong 'events:' của văn bản nêu nó, hoặc địa chỉ trang sự kiện,"
                                    + " ví dụ '" + ReportsOn.KEY + ": [/chien-dich/ngay-khcn/2024/su-kien/le-ky-niem/]'"));
                }
            }
        }
    }

    static void checkUrls(List<PageReader.Read> pages, List<LoaException> errors) {
        Map<String, List<PageReader.Read>> byUrl = new LinkedHashMap<>();
        for (PageReader.Read r : pages) {
            byUrl.computeIfAbsent(r.page().url(), k -> new ArrayList<>()).add(r);
        }
        byUrl.forEach((url, same) -> {
            if (same.size() < 2) {
                return;
            }
            // Report every page but the first; a page with an explicit slug is reported at that line.
            List<PageReader.Read> reported = new ArrayList<>(same.subList(1, same.size()));
            PageReader.Read first = same.get(0);
            if (first.frontMatter().has("slug") && reported.stream().noneMatch(r -> r.frontMatter().has("slug"))) {
                reported = new ArrayList<>(List.of(first));
                first = same.get(1);
            }
            for (PageReader.Read r : reported) {
                List<String> others = new ArrayList<>();
                for (PageReader.Read o : same) {
                    if (o != r) {
                        others.add(slash(o.page().file()));
                    }
                }
                boolean slug = r.frontMatter().has("slug");
                errors.add(new LoaException(r.page().file(), slug ? r.frontMatter().lineOf("slug") : 0,
                        "bài này và " + String.join(", ", others) + " cùng có địa chỉ " + url
                                + (slug ? " (do 'slug: " + r.frontMatter().string("slug") + "')" : ""),
                        slug ? "đổi 'slug' thành một tên khác, ví dụ 'slug: " + r.page().slug() + "-2'"
                             : "đổi tên một trong hai tệp, hoặc thêm 'slug: ten-khac' vào phần đầu của một bài"));
            }
        });
        for (PageReader.Read r : pages) {
            if (RESERVED.contains(r.page().url())) {
                boolean slug = r.frontMatter().has("slug");
                errors.add(new LoaException(r.page().file(), slug ? r.frontMatter().lineOf("slug") : 0,
                        "địa chỉ " + r.page().url() + " dành cho trang do Loa tự tạo",
                        slug ? "đổi 'slug' thành một tên khác" : "đổi tên tệp, hoặc thêm 'slug: ten-khac' vào phần đầu"));
            }
        }
    }

    private static void checkCampaigns(List<PageReader.Read> pages, SiteConfig config, List<LoaException> errors) {
        for (PageReader.Read r : pages) {
            String id = r.page().campaign();
            if (id != null && !config.campaigns().containsKey(id)) {
                errors.add(new LoaException(r.page().file(), r.frontMatter().lineOf("campaign"),
                        "chiến dịch '" + id + "' chưa được khai báo",
                        "dùng một trong: " + String.join(", ", new TreeSet<>(config.campaigns().keySet()))
                                + "; hoặc khai báo chiến dịch mới trong 'campaigns:' của content/site.yaml"));
            }
        }
    }

    /** Within a campaign year every event id names one event: its page and calendar entry. */
    private static void checkEventIds(List<PageReader.Read> pages, SiteConfig config, List<LoaException> errors) {
        record Seen(EventSpec spec, Page page) {
        }
        Map<String, Map<String, Seen>> years = new LinkedHashMap<>();
        for (PageReader.Read r : pages) {
            Page p = r.page();
            if (p.campaign() == null || !config.campaigns().containsKey(p.campaign()) || p.yearOfCampaign() == null) {
                continue;
            }
            Map<String, Seen> ids = years.computeIfAbsent(p.campaign() + "/" + p.yearOfCampaign(), k -> new LinkedHashMap<>());
            for (EventSpec spec : p.events()) {
                Seen before = ids.putIfAbsent(spec.slug(), new Seen(spec, p));
                if (before != null && before.page() != p) {
                    errors.add(new LoaException(p.file(), spec.line(), "mã sự kiện '" + spec.slug() + "' đã dùng cho sự kiện '"
                            + before.spec().title() + "' ở " + slash(before.page().file()) + " (dòng " + before.spec().line()
                            + "), cùng chiến dịch '" + p.campaign() + "' năm " + p.yearOfCampaign(),
                            spec.id() != null ? "đổi 'id' của một trong hai sự kiện thành mã khác"
                                              : "thêm 'id: ma-khac' cho một trong hai sự kiện"));
                }
            }
        }
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }
}

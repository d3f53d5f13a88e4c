package vn.loa.load;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.LoaException;
import vn.loa.text.TimeFormat;

/** {@code content/site.yaml}: the site, its organisation, menu and campaigns. */
public record SiteConfig(String title, String description, String language, String baseUrl, String theme,
                         ZoneId timeZone, int pageSize, boolean allowHtml, Map<String, Object> organisation,
                         Map<String, Object> pressContact, List<MenuItem> menu, Map<String, Campaign> campaigns,
                         Map<String, Object> params, Display display, Serving serving) {

    /**
     * What the site carries for the web server: {@code precompress: true} writes a {@code .gz} beside
     * every text file, {@code server_files: true} writes {@code .htaccess}, {@code _headers} and
     * {@code _redirects} (see docs/publishing.md).
     */
    public record Serving(boolean precompress, boolean serverFiles) {
        static final Serving DEFAULT = new Serving(false, false);
    }

    /**
     * How pages look beyond the organisation's words: the footer's links ({@code footer_menu}), the header's emblem
     * ({@code logo}, a file of {@code content/}, checked by the loader) and how clock times are written
     * ({@code time_format}).
     */
    public record Display(List<MenuItem> footerMenu, String logo, TimeFormat timeFormat) {
        public Display {
            footerMenu = List.copyOf(footerMenu);
        }

        static final Display DEFAULT = new Display(List.of(), null, TimeFormat.H);
    }

    public SiteConfig {
        organisation = withKeys(organisation, ORGANISATION_KEYS);
        pressContact = withKeys(pressContact, PRESS_KEYS);
        menu = List.copyOf(menu);
        campaigns = Map.copyOf(campaigns);
    }

    /** The keys themes may read from {@code organisation}; absent ones are null, never missing. */
    public static final List<String> ORGANISATION_KEYS = List.of("name", "parent", "province", "address", "phone", "email");
    /** The keys themes may read from {@code press_contact}. */
    public static final List<String> PRESS_KEYS = List.of("name", "unit", "phone", "email", "page");

    /** The footer's links ({@code footer_menu}), after the site's own. */
    public List<MenuItem> footerMenu() {
        return display.footerMenu();
    }

    /** The header's emblem: a path in {@code content/} ({@code logo.svg}), or null. */
    public String logo() {
        return display.logo();
    }

    public TimeFormat timeFormat() {
        return display.timeFormat();
    }

    /** The same settings published at another address ({@code loa build --base-url}). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, url, theme, timeZone, pageSize, allowHtml, organisation,
                pressContact, menu, campaigns, params, display, serving);
    }

    /** The same settings with the campaigns as the pages complete them (focus weeks). */
    public SiteConfig withCampaigns(Map<String, Campaign> resolved) {
        return new SiteConfig(title, description, language, baseUrl, theme, timeZone, pageSize, allowHtml, organisation,
                pressContact, menu, resolved, params, display, serving);
    }

    /** The map with every given key present (null when the site does not say), unmodifiable. */
    private static Map<String, Object> withKeys(Map<String, Object> given, List<String> keys) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        keys.forEach(k -> out.put(k, null));
        out.putAll(given);
        return java.util.Collections.unmodifiableMap(out);
    }

    static SiteConfig read(YamlMap y) {
        PublishSetting.check(y);   // no password in site.yaml, and publish: is one address (loa publish reads it)
        String baseUrl = BaseUrl.of(y);
        ZoneId zone;
        String tz = y.string("timezone");
        try {
            zone = ZoneId.of(tz == null ? "Asia/Ho_Chi_Minh" : tz);
        } catch (DateTimeException e) {
            throw y.error("timezone", "múi giờ '" + tz + "' không tồn tại", "viết 'timezone: Asia/Ho_Chi_Minh'");
        }
        int pageSize = y.integer("pagination", 10);
        if (pageSize < 1) {
            throw y.error("pagination", "pagination phải lớn hơn 0", "viết ví dụ 'pagination: 10'");
        }
        List<MenuItem> menu = menu(y, "menu");
        YamlMap press = y.map("press_contact");
        if (press != null && press.string("page") != null) {
            Addresses.check(press, "page", "trang dành cho báo chí", press.string("page"));
        }
        return new SiteConfig(
                y.requireString("title", "thêm dòng 'title: Tên cổng thông tin' vào site.yaml"),
                orEmpty(y.string("description")),
                y.string("language") == null ? "vi" : y.string("language"),
                baseUrl,
                y.string("theme") == null ? "default" : y.string("theme"),
                zone, pageSize, y.bool("allow_html", false),
                plain(y.map("organisation")), plain(y.map("press_contact")), menu,
                campaigns(y.map("campaigns")), y.toPlain(), display(y),
                new Serving(y.bool("precompress", false), y.bool("server_files", false)));
    }

    private static List<MenuItem> menu(YamlMap y, String key) {
        List<MenuItem> menu = new ArrayList<>();
        for (YamlMap item : y.mapList(key)) {
            String url = item.requireString("url", "mỗi mục menu cần 'url: /duong-dan/'");
            Addresses.check(item, "url", "địa chỉ của mục menu", url);
            menu.add(new MenuItem(item.requireString("title", "mỗi mục menu cần 'title: Tên mục'"), url));
        }
        return menu;
    }

    private static Display display(YamlMap y) {
        TimeFormat time = TimeFormat.H;
        String given = y.string("time_format");
        if (given != null) {
            time = TimeFormat.of(given);
            if (time == null) {
                throw y.error("time_format", "cách viết giờ '" + given + "' không có trong các cách Loa biết",
                        "viết một trong: " + TimeFormat.choices() + " (mặc định \"8h00\")");
            }
        }
        String logo = y.string("logo");
        if (logo != null) {
            logo = logo.strip().replace('\\', '/');
            while (logo.startsWith("/")) {
                logo = logo.substring(1);
            }
            if (logo.isEmpty()) {
                logo = null;
            }
        }
        return new Display(menu(y, "footer_menu"), logo, time);
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Cổng thông tin", "", "vi", null, "default", ZoneId.of("Asia/Ho_Chi_Minh"), 10, false,
                Map.of(), Map.of(), List.of(), Campaign.defaults(), Map.of(), Display.DEFAULT, Serving.DEFAULT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> plain(YamlMap m) {
        return m == null ? Map.of() : m.toPlain();
    }

    private static Map<String, Campaign> campaigns(YamlMap y) {
        Map<String, Campaign> out = new LinkedHashMap<>(Campaign.defaults());
        if (y == null) {
            return out;
        }
        for (String id : y.keys()) {
            YamlMap c = y.map(id);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw y.error(id, "mã chiến dịch '" + id + "' chỉ được gồm chữ thường không dấu, số và dấu gạch ngang",
                        "đổi thành ví dụ 'ngay-khcn'");
            }
            if (id.length() > vn.loa.text.Vietnamese.MAX_SLUG) {
                throw y.error(id, "mã chiến dịch dài " + id.length() + " ký tự, quá " + vn.loa.text.Vietnamese.MAX_SLUG
                        + " ký tự mà một tên thư mục của cổng được phép", "đổi thành một mã ngắn, ví dụ 'ngay-khcn'");
            }
            Campaign base = out.get(id);
            if (c == null) {
                continue;
            }
            MonthDay day = monthDay(c, "day", base == null ? null : base.day());
            YamlMap week = c.map("week");
            MonthDay ws = week == null ? null : monthDay(week, "start", null);
            MonthDay we = week == null ? null : monthDay(week, "end", null);
            if (base == null && (day == null || ws == null || we == null)) {
                throw c.error("day", "chiến dịch mới '" + id + "' cần ngày và tuần trọng tâm",
                        "thêm 'day: 21/4' và 'week: {start: 15/4, end: 21/4}'");
            }
            Campaign merged = new Campaign(id,
                    c.string("name") != null ? c.string("name") : base.name(),
                    c.string("short_name") != null ? c.string("short_name")
                            : (base != null ? base.shortName() : c.string("name")),
                    c.string("description") != null ? c.string("description") : (base == null ? "" : base.description()),
                    day, ws != null ? ws : base.weekStart(), we != null ? we : base.weekEnd(),
                    base == null ? Map.of() : base.movedWeeks());
            if (merged.name() == null) {
                throw c.error("name", "chiến dịch '" + id + "' chưa có tên", "thêm 'name: Tên đầy đủ của chiến dịch'");
            }
            YamlMap years = c.map("years");
            if (years != null) {
                for (String yearKey : years.keys()) {
                    if (!yearKey.matches("\\d{4}")) {
                        throw years.error(yearKey, "năm '" + yearKey + "' không hợp lệ", "viết năm bằng bốn chữ số, ví dụ '2022:'");
                    }
                    merged = merged.withMovedWeek(Integer.parseInt(yearKey), focusWeek(years.map(yearKey), Integer.parseInt(yearKey)));
                }
            }
            out.put(id, merged);
        }
        return out;
    }

    /** A focus week {@code {start: 2022-05-14, end: 2022-05-19}} of a given year. */
    static FocusWeek focusWeek(YamlMap w, int year) {
        if (w == null) {
            return null;
        }
        LocalDate start = w.date("start");
        LocalDate end = w.date("end");
        if (start == null || end == null) {
            throw w.error("start", "tuần trọng tâm cần cả 'start' và 'end'", "viết ví dụ '{start: 2022-05-14, end: 2022-05-19}'");
        }
        if (end.isBefore(start)) {
            throw w.error("end", "ngày kết thúc tuần trọng tâm (" + end + ") trước ngày bắt đầu (" + start + ")", "đổi chỗ hai ngày");
        }
        if (start.getYear() != year) {
            throw w.error("start", "tuần trọng tâm năm " + year + " lại bắt đầu vào năm " + start.getYear(), "sửa năm của ngày bắt đầu");
        }
        return new FocusWeek(start, end);
    }

    private static MonthDay monthDay(YamlMap y, String key, MonthDay fallback) {
        String s = y.string(key);
        if (s == null) {
            return fallback;
        }
        String[] parts = s.split("[/-]");
        try {
            if (parts.length == 2) {
                int a = Integer.parseInt(parts[0].strip());
                int b = Integer.parseInt(parts[1].strip());
                // "21/4" is day/month as Vietnamese write it; "04-21" is ISO month-day.
                return s.contains("/") ? MonthDay.of(b, a) : MonthDay.of(a, b);
            }
        } catch (NumberFormatException | DateTimeException e) {
            // reported below
        }
        throw y.error(key, "'" + s + "' không phải là ngày trong năm", "viết ngày/tháng, ví dụ '18/5'");
    }

    /** A site-relative path, for messages. */
    static Path fileName() {
        return Path.of("content", "site.yaml");
    }
}

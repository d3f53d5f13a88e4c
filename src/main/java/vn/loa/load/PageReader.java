package vn.loa.load;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;
import vn.loa.text.VietnameseDates;

/** Reads one Markdown file: splits its front matter, checks it, and makes a {@link Page}. */
final class PageReader {

    private static final Set<String> PARTS_OF_DAY = Set.of("sáng", "trưa", "chiều", "tối");

    private PageReader() {
    }

    /**
     * @param file      relative path for messages, e.g. {@code content/ke-hoach/x.md}
     * @param section   the section of the page
     * @param slugHint  the file or bundle folder name, used when front matter has no {@code slug}
     */
    static Page read(String text, Path file, Section section, String slugHint, List<Attachment> attachments) {
        return readWithFrontMatter(text, file, section, slugHint, attachments).page();
    }

    /** A page and its front matter, whose lines the site-wide checks of the loader report. */
    record Read(Page page, java.util.function.Supplier<YamlMap> frontMatterSource) {
        /** The front matter with its lines; read again from the file for a page the engine kept from an earlier build. */
        YamlMap frontMatter() {
            return frontMatterSource.get();
        }
    }

    static Read readWithFrontMatter(String text, Path file, Section section, String slugHint, List<Attachment> attachments) {
        int close = closing(text, file);
        String yaml = text.substring(4, close);
        int bodyStart = text.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyLine = countLines(text, bodyStart < 0 ? text.length() : bodyStart + 1) + 1;
        YamlMap fm = Yaml.parseMapping(yaml, file, 2);
        return new Read(toPage(fm, file, section, slugHint, attachments, body, bodyLine), () -> fm);
    }

    /** The Markdown body alone, after the front matter. */
    static String body(String text, Path file) {
        int bodyStart = text.indexOf('\n', closing(text, file));
        return bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    }

    /** The front matter alone, with the line of every key (for {@code loa check}). */
    static YamlMap frontMatter(String text, Path file) {
        return Yaml.parseMapping(text.substring(4, closing(text, file)), file, 2);
    }

    /** Where the closing {@code ---} line of the front matter starts; the loader's error when there is none. */
    private static int closing(String text, Path file) {
        if (text.isBlank()) {
            throw new LoaException(file, 1, "tệp rỗng", "thêm phần đầu (front matter) giữa hai dòng '---' với ít nhất 'title:', rồi nội dung; hoặc xóa tệp");
        }
        if (!text.startsWith("---\n") && !text.equals("---")) {
            throw new LoaException(file, 1, "tệp thiếu phần đầu (front matter)",
                    "bắt đầu tệp bằng một dòng '---', các dòng như 'title: Tiêu đề' và 'date: 2024-05-17', rồi một dòng '---'");
        }
        int close = findClosing(text);
        if (close < 0) {
            throw new LoaException(file, 1, "phần đầu mở bằng '---' nhưng không có dòng '---' đóng lại",
                    "thêm một dòng '---' sau thuộc tính cuối cùng");
        }
        return close;
    }

    private static int findClosing(String text) {
        int i = 3;
        while (true) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return -1;
            }
            int lineStart = nl + 1;
            if (text.startsWith("---", lineStart) || text.startsWith("...", lineStart)) {
                int end = lineStart + 3;
                if (end == text.length() || text.charAt(end) == '\n' || text.substring(end, Math.min(text.length(), text.indexOf('\n', end) < 0 ? text.length() : text.indexOf('\n', end))).isBlank()) {
                    return lineStart;
                }
            }
            i = lineStart;
        }
    }

    private static int countLines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Page toPage(YamlMap fm, Path file, Section section, String slugHint, List<Attachment> attachments,
                               String body, int bodyLine) {
        String title = fm.requireString("title", "thêm dòng 'title: Tiêu đề của bài' vào phần đầu");
        YamlMap.DateTimeValue date = fm.dateTime("date");
        if (date == null && section.isListed()) {
            throw fm.error("date", "bài thuộc mục '" + section.label() + "' cần ngày đăng",
                    "thêm dòng 'date: " + LocalDate.now() + "' vào phần đầu");
        }
        String slug = slug(fm, slugHint);
        String url = section.urlPrefix() + slug + "/";
        String campaign = fm.string("campaign");
        if (campaign != null && !campaign.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw fm.error("campaign", "mã chiến dịch '" + campaign + "' không hợp lệ", "dùng mã như 'ngay-khcn' hoặc 'ngay-sang-tao'");
        }
        Integer year = fm.has("year") ? fm.integer("year", 0) : null;
        DocumentInfo doc = section == Section.PLANS ? document(fm) : null;
        FocusWeek week = null;
        if (fm.has("focus_week")) {
            int y = year != null ? year : date.date().getYear();
            week = SiteConfig.focusWeek(fm.map("focus_week"), y);
        }
        List<EventSpec> events = events(fm);
        for (String name : fm.stringList(ReportsOn.KEY)) {
            if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*|/[a-z0-9/-]+/su-kien/[a-z0-9-]+/?")) {
                throw fm.error(ReportsOn.KEY, "'" + name + "' không phải mã hay địa chỉ của một sự kiện",
                        "viết mã sự kiện (chữ thường không dấu, số, gạch ngang) như 'le-ky-niem', hoặc địa chỉ trang sự kiện");
            }
        }
        String image = fm.string("image");
        if (image != null) {
            checkRelative(fm, "image", image);
        }
        for (String tag : fm.stringList("tags")) {
            if (Vietnamese.slugify(tag).isEmpty()) {
                throw fm.error("tags", "thẻ '" + tag + "' không có chữ hay số nào", "xóa thẻ này hoặc viết lại bằng chữ");
            }
        }
        return new Page(file, section, slug, url, title, date == null ? null : date.toDateTime(),
                fm.string("summary"), fm.stringList("tags"), campaign, year, fm.bool("draft", false),
                image, fm.string("image_alt"), doc, week, events, attachments, body, bodyLine, fm.toPlain());
    }

    private static String slug(YamlMap fm, String hint) {
        String given = fm.string("slug");
        String source = given != null ? given : hint;
        if (given != null && (given.contains("/") || given.contains("\\") || given.contains(".."))) {
            throw fm.error("slug", "slug '" + given + "' chứa ký tự đường dẫn và có thể ghi ra ngoài thư mục site/",
                    "chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ 'slug: ke-hoach-2024'");
        }
        if (given != null && Vietnamese.slugify(given, Integer.MAX_VALUE).length() > Vietnamese.MAX_SLUG) {
            throw fm.error("slug", "slug dài " + Vietnamese.slugify(given, Integer.MAX_VALUE).length() + " ký tự, quá "
                    + Vietnamese.MAX_SLUG + " ký tự mà một tên thư mục của cổng được phép",
                    "viết slug ngắn gọn, vài từ không dấu nối bằng dấu gạch ngang, ví dụ 'slug: ke-hoach-ngay-khcn-2024'");
        }
        String slug = Vietnamese.slugify(source);
        if (slug.isEmpty()) {
            throw fm.error("slug", "không tạo được đường dẫn từ '" + source + "'", "thêm 'slug: ten-bai-khong-dau'");
        }
        return slug;
    }

    private static void checkRelative(YamlMap fm, String key, String path) {
        Addresses.check(fm, key, "ảnh", path);
        if (Addresses.scheme(path) != null) {
            return; // http(s): a picture on another site
        }
        if (path.startsWith("/") || path.contains("\\") || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw fm.error(key, "đường dẫn '" + path + "' trỏ ra ngoài thư mục của bài",
                    "đặt tệp cạnh bài (trong thư mục của bài) và viết tên tệp, ví dụ '" + key + ": anh.jpg'");
        }
    }

    private static DocumentInfo document(YamlMap fm) {
        YamlMap s = fm.map("signer");
        Signer signer = s == null ? null : new Signer(s.string("authority"), s.string("position"), s.string("name"));
        return new DocumentInfo(fm.string("kind") == null ? "Kế hoạch" : fm.string("kind"), fm.stringList("issuer"),
                fm.string("number"), fm.string("place"), fm.stringList("basis"), fm.stringList("themes"),
                fm.stringList("slogans"), fm.stringList("recipients"), signer);
    }

    private static List<EventSpec> events(YamlMap fm) {
        List<EventSpec> out = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        java.util.Map<String, EventSpec> ids = new java.util.HashMap<>();
        for (YamlMap e : fm.mapList("events")) {
            EventSpec spec = event(e);
            if (!titles.add(spec.title()) && spec.id() == null) {
                throw e.error("title", "hai sự kiện trong cùng một bài có cùng tên '" + spec.title() + "'",
                        "đổi tên một sự kiện hoặc thêm 'id: ma-rieng' cho nó");
            }
            EventSpec same = ids.putIfAbsent(spec.slug(), spec);
            if (same != null) {
                throw e.error(spec.id() != null ? "id" : "title", "mã sự kiện '" + spec.slug() + "' đã dùng cho sự kiện '"
                        + same.title() + "' ở dòng " + same.line() + " của bài này", "thêm 'id: ma-khac' cho một trong hai sự kiện");
            }
            out.add(spec);
        }
        return out;
    }

    private static EventSpec event(YamlMap e) {
        String title = e.requireString("title", "mỗi sự kiện cần 'title: Tên hoạt động'");
        String id = e.string("id");
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw e.error("id", "mã sự kiện '" + id + "' chỉ được gồm chữ thường không dấu, số và dấu gạch ngang",
                    "viết ví dụ 'id: toa-dam-18-5'");
        }
        if (id != null && id.length() > Vietnamese.MAX_SLUG) {
            throw e.error("id", "mã sự kiện dài " + id.length() + " ký tự, quá " + Vietnamese.MAX_SLUG
                    + " ký tự mà một tên tệp của cổng được phép", "viết mã ngắn gọn, ví dụ 'id: toa-dam-18-5'");
        }
        YamlMap.DateTimeValue start = e.dateTime("start");
        YamlMap.DateTimeValue end = e.dateTime("end");
        String kindText = e.string("kind");
        EventKind kind;
        if (kindText != null) {
            kind = EventKind.of(kindText).orElseThrow(() -> e.error("kind",
                    "loại sự kiện '" + kindText + "' không có", "dùng một trong: event, period, deadline, vague"));
        } else if (start == null) {
            kind = EventKind.DEADLINE;
        } else if (end != null && !end.date().equals(start.date())) {
            kind = EventKind.PERIOD;
        } else {
            kind = EventKind.EVENT;
        }
        if (kind == EventKind.DEADLINE) {
            if (end == null) {
                throw e.error("end", "hạn hoàn thành '" + title + "' cần ngày 'end'", "viết ví dụ 'end: 2024-05-10' (không cần 'start')");
            }
            if (start != null) {
                throw e.error("start", "hạn hoàn thành '" + title + "' chỉ có ngày hết hạn 'end', không có 'start'",
                        "xóa dòng 'start', hoặc đổi 'kind' thành 'period' nếu đây là một hoạt động kéo dài");
            }
        } else if (start == null) {
            throw e.error("start", "sự kiện '" + title + "' chưa có ngày bắt đầu", "thêm 'start: 2024-05-17' hoặc 'start: 2024-05-17T14:00'");
        }
        // A day without a time ends with that day: "end: 2024-05-17" does not end before 14:00 that day.
        boolean endsBefore = end != null && start != null && (end.time() == null || start.time() == null
                ? end.date().isBefore(start.date()) : end.toDateTime().isBefore(start.toDateTime()));
        if (endsBefore) {
            throw e.error("end", "sự kiện '" + title + "' kết thúc (" + end.date() + ") trước khi bắt đầu (" + start.date() + ")",
                    "sửa 'end' thành một ngày không sớm hơn 'start'");
        }
        if ((kind == EventKind.PERIOD || kind == EventKind.VAGUE) && end == null) {
            throw e.error("end", "hoạt động nhiều ngày '" + title + "' cần ngày kết thúc", "thêm 'end: năm-tháng-ngày'");
        }
        String part = e.string("part_of_day");
        if (part != null) {
            part = part.toLowerCase(Vietnamese.LOCALE);
            if (!PARTS_OF_DAY.contains(part)) {
                throw e.error("part_of_day", "buổi '" + part + "' không có", "dùng một trong: sáng, trưa, chiều, tối");
            }
        }
        String weekday = e.string("weekday");
        if (weekday != null) {
            LocalDate day = start != null ? start.date() : end.date();
            DayOfWeek stated = vn.loa.dates.Weekdays.parse(weekday).orElse(null);
            if (stated == null) {
                throw e.error("weekday", "không hiểu thứ '" + weekday + "'", "viết ví dụ 'Thứ Sáu', 'Thứ 6' hoặc 'Chủ nhật'");
            }
            if (stated != day.getDayOfWeek()) {
                throw e.error("weekday", "ngày " + VietnameseDates.shortDate(day) + " là " + VietnameseDates.weekday(day.getDayOfWeek())
                        + ", không phải " + weekday, "sửa lại thứ hoặc ngày cho khớp nhau");
            }
        }
        LocalDate startDate = start == null ? null : start.date();
        LocalDate endDate = end != null ? end.date() : startDate;
        return new EventSpec(id, title, kind, startDate, start == null ? null : start.time(), endDate,
                end == null ? null : end.time(), part, weekday, e.string("location"), e.stringList("lead"),
                e.stringList("partners"), e.string("source"), e.string("description"), e.line());
    }


}

package vn.loa.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The layout facts of the week calendar and of a page on a phone, measured in the browser: element
 * boxes against the day columns' boxes, lines of titles, the header's height, what a reader can
 * reach from the top. Each method returns the problems it finds (empty when none), saying where.
 * What should be on the grid is read from the year's {@code su-kien.json}, not from the grid's own
 * model, so the test is independent of {@code WeekGrid}.
 */
final class WeekLayout {

    /** How far, in CSS pixels, a band's edge may sit inside its first or last column (its margin). */
    static final double EDGE = 8;

    private WeekLayout() {
    }

    /** An event of the year's JSON: its page address, kind and days. */
    record JsonEvent(String url, String title, String kind, LocalDate start, LocalDate end) {
    }

    /** The week of a campaign year's JSON, and its events. */
    record Week(LocalDate start, LocalDate end, List<JsonEvent> events) {

        int column(LocalDate d) {
            return (int) (d.toEpochDay() - start.toEpochDay());
        }

        /** A band: several days of an event or period that meets the week, or an approximate span beginning in it. */
        boolean isBand(JsonEvent e) {
            if (e.start == null || e.start.equals(e.end)) {
                return false;
            }
            return switch (e.kind) {
                case "event", "period" -> !e.end.isBefore(start) && !e.start.isAfter(end);
                case "vague" -> !e.start.isBefore(start) && !e.start.isAfter(end);
                default -> false;
            };
        }
    }

    static Week week(Path jsonFile) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(jsonFile)).getAsJsonObject();
        List<JsonEvent> events = new ArrayList<>();
        for (JsonElement el : json.getAsJsonArray("events")) {
            JsonObject e = el.getAsJsonObject();
            LocalDate end = LocalDate.parse(e.get("end").getAsString());
            LocalDate start = e.get("start").isJsonNull() ? null : LocalDate.parse(e.get("start").getAsString());
            events.add(new JsonEvent(e.get("url").getAsString(), e.get("title").getAsString(), e.get("kind").getAsString(), start, end));
        }
        return new Week(LocalDate.parse(json.getAsJsonObject("week").get("start").getAsString()),
                LocalDate.parse(json.getAsJsonObject("week").get("end").getAsString()), events);
    }

    /** The boxes of the day columns, left to right: [left, right, top, bottom] each. */
    @SuppressWarnings("unchecked")
    static List<List<Number>> columns(JavascriptExecutor js) {
        return (List<List<Number>>) js.executeScript("return Array.from(document.querySelectorAll('.week-calendar__column'))"
                + ".map(function (c) { var r = c.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; });");
    }

    /** The box of the calendar link to an event page (the first, in a band or an entry): [left, right, top, bottom]. */
    @SuppressWarnings("unchecked")
    static List<Number> box(JavascriptExecutor js, String selector, String href) {
        return (List<Number>) js.executeScript("var href = arguments[1]; var a = Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { var l = e.querySelector('.cal-event__title a'); return l && l.href === href; })[0];"
                + "if (!a) return null; var r = a.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom];", selector, href);
    }

    /** Every band spans the columns of the days it covers in the week, no fewer and no more. */
    static List<String> bandsSpanTheirDays(JavascriptExecutor js, String page, Week week) {
        List<String> problems = new ArrayList<>();
        List<List<Number>> columns = columns(js);
        int days = week.column(week.end) + 1;
        if (columns.size() != days) {
            return List.of(page + ": " + columns.size() + " day columns for " + days + " days");
        }
        int bands = 0;
        for (JsonEvent e : week.events) {
            if (!week.isBand(e)) {
                continue;
            }
            bands++;
            int first = Math.max(0, week.column(e.start));
            int last = Math.min(days - 1, week.column(e.end));
            List<Number> b = box(js, ".week-calendar .cal-band", e.url);
            if (b == null) {
                problems.add(page + ": no band for " + e.title);
                continue;
            }
            double left = b.get(0).doubleValue();
            double right = b.get(1).doubleValue();
            double colLeft = columns.get(first).get(0).doubleValue();
            double colRight = columns.get(last).get(1).doubleValue();
            if (left < colLeft - 0.5 || left > colLeft + EDGE || right > colRight + 0.5 || right < colRight - EDGE) {
                problems.add(String.format("%s: band %s (%s – %s) spans %.0f–%.0f px, its days' columns %d–%d are %.0f–%.0f px", page,
                        e.title, e.start, e.end, left, right, first + 1, last + 1, colLeft, colRight));
            }
            double top = b.get(2).doubleValue();
            double headingBottom = ((Number) js.executeScript("return document.querySelectorAll('.week-calendar__date')[arguments[0]]"
                    + ".getBoundingClientRect().bottom;", first)).doubleValue();
            if (top < headingBottom - 0.5) {
                problems.add(page + ": band " + e.title + " overlaps the day heading");
            }
        }
        long shown = (Long) js.executeScript("return document.querySelectorAll('.week-calendar .cal-band').length;");
        if (shown != bands) {
            problems.add(page + ": " + shown + " bands shown, " + bands + " activities of several days in su-kien.json");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        // Bands never overlap each other.
        Object overlaps = js.executeScript("var b = Array.from(document.querySelectorAll('.week-calendar .cal-band'))"
                + ".map(function (e) { return e.getBoundingClientRect(); }); var n = 0;"
                + "for (var i = 0; i < b.length; i++) for (var j = 0; j < i; j++)"
                + "  if (b[i].left < b[j].right && b[j].left < b[i].right && b[i].top < b[j].bottom && b[j].top < b[i].bottom) n++;"
                + "return n;");
        if (((Number) overlaps).intValue() > 0) {
            problems.add(page + ": " + overlaps + " pairs of bands overlap");
        }
        return problems;
    }

    /** Every deadline of the week is inside its day's column, below its heading. */
    static List<String> deadlinesInTheirDay(JavascriptExecutor js, String page, Week week) {
        List<String> problems = new ArrayList<>();
        List<List<Number>> columns = columns(js);
        for (JsonEvent e : week.events) {
            if (!e.kind.equals("deadline") || e.end.isBefore(week.start) || e.end.isAfter(week.end)) {
                continue;
            }
            int c = week.column(e.end);
            List<Number> box = box(js, ".week-calendar .cal-event", e.url);
            List<Number> col = columns.get(c);
            if (box == null) {
                problems.add(page + ": deadline " + e.title + " is not on the grid");
            } else if (box.get(0).doubleValue() < col.get(0).doubleValue() - 0.5 || box.get(1).doubleValue() > col.get(1).doubleValue() + 0.5
                    || box.get(2).doubleValue() < col.get(2).doubleValue() || box.get(3).doubleValue() > col.get(3).doubleValue() + 0.5) {
                problems.add(page + ": deadline " + e.title + " (" + e.end + ") is outside its day's column " + (c + 1));
            }
        }
        return problems;
    }

    /**
     * No title of the grid takes more than three lines; where the grid shows fewer lines than the
     * title needs, the whole title is the link's text (its accessible name) and its tooltip.
     */
    @SuppressWarnings("unchecked")
    static List<String> titlesAtMostThreeLines(JavascriptExecutor js, String page) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> titles = (List<Map<String, Object>>) js.executeScript(
                "return Array.from(document.querySelectorAll('.week-calendar .cal-event__title')).map(function (p) {"
                        + " var s = getComputedStyle(p), a = p.querySelector('a');"
                        + " return {text: a.textContent, tip: a.title, height: p.getBoundingClientRect().height,"
                        + "  line: parseFloat(s.lineHeight), clipped: p.scrollHeight > p.clientHeight + 1}; });");
        if (titles.isEmpty()) {
            problems.add(page + ": no titles on the grid");
        }
        for (Map<String, Object> t : titles) {
            double lines = ((Number) t.get("height")).doubleValue() / ((Number) t.get("line")).doubleValue();
            if (lines > 3.05) {
                problems.add(String.format("%s: %.1f lines: %s", page, lines, t.get("text")));
            }
            if (Boolean.TRUE.equals(t.get("clipped")) && !t.get("text").equals(t.get("tip"))) {
                problems.add(page + ": a shortened title without the whole one as its tooltip: " + t.get("text"));
            }
        }
        return problems;
    }

    /** The height of the site's header (names and menu), in CSS pixels. */
    static double headerHeight(JavascriptExecutor js) {
        return ((Number) js.executeScript("return document.querySelector('.site-header').getBoundingClientRect().height;")).doubleValue();
    }

    /** Null when the menu is one row; else how many rows it takes. */
    static String menuRows(JavascriptExecutor js) {
        Object rows = js.executeScript("var tops = Array.from(document.querySelectorAll('.site-nav li')).map(function (l) {"
                + " return Math.round(l.getBoundingClientRect().top); }); return new Set(tops).size;");
        return ((Number) rows).intValue() == 1 ? null : rows + " rows";
    }
}

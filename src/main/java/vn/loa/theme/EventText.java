package vn.loa.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.loa.index.Event;
import vn.loa.text.Vietnamese;

/**
 * What an event page quotes of the document that states the event: its {@code description} when
 * the front matter gives one, else the event's text in the body, as plain text blocks (links in a
 * body are relative to its page, so the text is quoted, not its HTML).
 *
 * <p>The event's text is the part of the body under the heading above the block that states it,
 * up to the next heading of that level or higher, when that part states no other event and is
 * short (a plan's “3. Lễ kỷ niệm”: its paragraph and its list of lead, partners, time and place);
 * else the stating block alone. A table row is quoted as its cells with their column headings
 * (the numbering column left out).
 *
 * <p>Each block is a map: {@code {type: p, text}}, {@code {type: ul, items}} or
 * {@code {type: dl, rows: [{label, text}]}}.
 */
final class EventText {

    /** A part of the body longer than this is not quoted whole. */
    static final int MAX_SECTION = 1500;

    private EventText() {
    }

    /** The texts of the events stated by one body, parsed once. */
    static Map<Event, List<Map<String, Object>>> of(List<Event> events, String html, Set<String> otherAnchors) {
        Map<Event, List<Map<String, Object>>> texts = new java.util.IdentityHashMap<>();
        Body body = null;
        for (Event e : events) {
            List<Map<String, Object>> out = new ArrayList<>();
            texts.put(e, out);
            String given = e.spec().description();
            if (given != null && !given.isBlank()) {
                for (String para : given.strip().split("\\n\\s*\\n")) {
                    out.add(Map.of("type", "p", "text", para.strip()));
                }
            } else if (e.anchor() != null && html != null) {
                body = body != null ? body : new Body(Jsoup.parseBodyFragment(html), otherAnchors);
                quote(out, e, body);
            }
        }
        return texts;
    }

    /**
     * A body parsed, with what the quotes of its events ask of its blocks, found once for all of
     * them: the anchors each block of the body holds (itself or inside it), and each element's text.
     */
    private static final class Body {
        final Document doc;
        private final Map<Element, List<String>> anchorsIn = new java.util.IdentityHashMap<>();
        private final Map<Element, String> texts = new java.util.IdentityHashMap<>();

        Body(Document doc, Set<String> anchors) {
            this.doc = doc;
            for (Element el : doc.body().select("[id]")) {
                if (anchors.contains(el.id())) {
                    anchorsIn.computeIfAbsent(block(el), b -> new ArrayList<>()).add(el.id());
                }
            }
        }

        /** The block of the body (a child of {@code body}) that holds an element, or the element itself. */
        Element block(Element el) {
            Element top = el;
            while (top.parent() != null && top.parent() != doc.body() && !top.parent().tagName().equals("body")) {
                top = top.parent();
            }
            return top;
        }

        List<String> anchorsIn(Element block) {
            return anchorsIn.getOrDefault(block, List.of());
        }

        String text(Element el) {
            return texts.computeIfAbsent(el, Element::text);
        }
    }

    private static void quote(List<Map<String, Object>> out, Event e, Body body) {
        Element block = body.doc.getElementById(e.anchor());
        if (block == null) {
            return;
        }
        if (block.tagName().equals("tr")) {
            out.add(row(block));
            return;
        }
        Element top = body.block(block);
        List<Element> section = section(top, e.anchor(), body);
        for (Element el : section != null ? section : List.of(block.tagName().equals("li") ? block : top)) {
            add(out, el, body);
        }
    }

    /** The blocks under the heading above {@code top}, or null when they are long or state another event. */
    private static List<Element> section(Element top, String anchor, Body body) {
        Element heading = null;
        for (Element s = top; s != null; s = s.previousElementSibling()) {
            if (isHeading(s) && s != top) {
                heading = s;
                break;
            }
        }
        if (heading == null) {
            return null;
        }
        int level = heading.tagName().charAt(1) - '0';
        List<Element> out = new ArrayList<>();
        int length = 0;
        for (Element s = heading.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            if (isHeading(s) && s.tagName().charAt(1) - '0' <= level) {
                break;
            }
            for (String other : body.anchorsIn(s)) {
                if (!other.equals(anchor)) {
                    return null;
                }
            }
            length += body.text(s).length();
            if (length > MAX_SECTION || s.tagName().equals("table") || s.tagName().equals("div")) {
                return null;
            }
            out.add(s);
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean isHeading(Element e) {
        String tag = e.tagName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static void add(List<Map<String, Object>> out, Element el, Body body) {
        switch (el.tagName()) {
            case "ul", "ol" -> {
                List<String> items = el.children().stream().filter(c -> c.tagName().equals("li")).map(Element::text)
                        .filter(t -> !t.isBlank()).toList();
                if (!items.isEmpty()) {
                    out.add(Map.of("type", "ul", "items", items));
                }
            }
            default -> {
                String text = body.text(el);
                if (isHeading(el) || !text.isBlank()) {
                    out.add(Map.of("type", "p", "text", text));
                }
            }
        }
    }

    private static Map<String, Object> row(Element tr) {
        Element table = tr.closest("table");
        List<String> headings = table == null ? List.of() : table.select("thead th").eachText();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Element> cells = tr.children();
        for (int i = 0; i < cells.size(); i++) {
            String label = i < headings.size() ? headings.get(i) : "";
            String text = cells.get(i).text();
            String folded = Vietnamese.fold(label).replaceAll("[^a-z]", "");
            if (text.isBlank() || folded.equals("stt") || folded.equals("tt")) {
                continue;
            }
            Map<String, String> r = new LinkedHashMap<>();
            r.put("label", label);
            r.put("text", text);
            rows.add(r);
        }
        return Map.of("type", "dl", "rows", rows);
    }
}

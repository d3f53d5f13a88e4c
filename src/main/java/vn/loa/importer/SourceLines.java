package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A document's text into {@link Line}s: spaces and heading marks cleaned, rows of tables split into cells. */
final class SourceLines {

    static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-_=~*.…—–]{3,}$");

    private final PlanParser.Mode mode;

    SourceLines(PlanParser.Mode mode) {
        this.mode = mode;
    }

    List<Line> lines(String source) {
        List<Line> out = new ArrayList<>();
        for (String raw : source.split("\n", -1)) {
            String s = Inline.normaliseSpaces(raw);
            s = s.replaceAll("[ ]+$", "");
            if (s.endsWith("\\") && !s.endsWith("\\\\")) {
                s = s.substring(0, s.length() - 1);
            }
            int[] hashes = new int[1];
            s = Inline.dropHeadingMarks(s, hashes);
            String text;
            if (mode == PlanParser.Mode.TEXT) {
                text = Inline.cleanText(s);
            } else {
                text = Inline.collapse(Inline.dropTags(s).replace("<", "&lt;"));
            }
            out.add(line(text, hashes[0]));
        }
        return out;
    }

    private Line line(String text, int hashes) {
        String t = text.strip();
        if (t.startsWith("|") && t.chars().filter(c -> c == '|').count() >= 2) {
            List<String> cells = pipeCells(t);
            boolean sep = cells.stream().allMatch(c -> c.matches(":?-{1,}:?") || c.isEmpty()) && cells.stream().anyMatch(c -> !c.isEmpty());
            if (sep) {
                return new Line("", "", 0, null, true);
            }
            return new Line(t, plainOf(String.join(" ", cells)), hashes, cells, false);
        }
        if (text.indexOf('\t') >= 0) {
            List<String> cells = new ArrayList<>(List.of(text.split("\t", -1)));
            long filled = cells.stream().filter(c -> !c.isBlank()).count();
            List<String> nonEmpty = cells.stream().filter(c -> !c.isBlank()).toList();
            if (filled >= 2 && !(filled == 2 && isMarker(nonEmpty.get(0)) && cells.get(0).equals(nonEmpty.get(0)))) {
                return new Line(text, plainOf(String.join(" ", nonEmpty)), hashes, cells, false);
            }
            // Word's numbering followed by a tab ("1.\tMục đích"), or a tab used to indent.
            String joined = String.join(" ", nonEmpty).strip();
            return new Line(joined, plainOf(joined), hashes, null, false, filled == 2 ? cells : null);
        }
        if (mode == PlanParser.Mode.TEXT && SEPARATOR.matcher(t).matches()) {
            return new Line("", "", 0, null, false);
        }
        return new Line(t, plainOf(t), hashes, null, false);
    }

    private static boolean isMarker(String cell) {
        String c = cell.strip();
        return c.matches("(?:[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3}|[a-zđ])[.)]?|[-+•–—·●○▪◦∙►➢✓»]|[-]\\s*[+]");
    }

    private static List<String> pipeCells(String t) {
        String s = t.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }

    private String plainOf(String text) {
        return mode == PlanParser.Mode.TEXT ? text.replace('\t', ' ').replaceAll(" {2,}", " ").strip() : Inline.plain(text);
    }

}

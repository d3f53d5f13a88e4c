package vn.loa.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * A news post's byline: the lines that end it saying who wrote it and where it comes from. {@code Tin, ảnh: Minh Tâm},
 * {@code Bài và ảnh: …}, {@code Tin: …}, {@code Ảnh: …} (the author only when no writer is named), {@code PV},
 * {@code Nhóm PV}, a lone name ({@code Văn Anh - Thu Hà}), {@code Theo Báo Sơn Hà}, {@code (Nguồn: baosonha.vn)}; in
 * brackets or emphasis too. A byline is never a signer: a name under a position in capitals is a signature block, and
 * is left to {@link Closing}.
 *
 * @param start         the index of the byline's first line; the {@code end} given when there is none
 * @param author        the person(s) as written, dashes made typographic; null when none
 * @param source        the publication after {@code Theo}/{@code Nguồn:}; null when none
 * @param authorGuessed the author is a lone name line, with no label saying so
 */
record Byline(int start, String author, String source, boolean authorGuessed) {

    /** The most lines a byline takes at the end of a post. */
    private static final int MAX_LINES = 4;

    /** A label of the writer, on folded text: {@code tin, anh:}, {@code bai va anh:} … */
    private static final Pattern WRITER = Pattern.compile("^(?:tin|bai|tin bai|bai viet|noi dung|thuc hien|tin va anh|tin, anh|tin - anh|tin/anh|"
            + "tin anh|bai va anh|bai, anh|bai - anh|bai/anh|bai anh|tin, bai, anh|tin, video|bai va video)\\s*:\\s*(\\S.*)$");
    /** A label of the photographs or video alone. */
    private static final Pattern PHOTOS = Pattern.compile("^(?:anh|video|clip|anh va video)\\s*:\\s*(\\S.*)$");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^nguon(?: tin| bai)?\\s*:\\s*(\\S.*)$");
    private static final Pattern ACCORDING = Pattern.compile("^theo\\s+(\\S.*)$");
    /** A reporter without a name: {@code PV}, {@code Nhóm PV}, {@code Phóng viên}, {@code CTV} … */
    private static final Pattern REPORTER = Pattern.compile("^(?:nhom\\s+)?(?:pv|ptv|btv|ctv|phong vien|nhom phong vien|nhom pv)(?:\\s*[,/-]\\s*(?:pv|ctv|btv))?$");
    private static final Pattern NAMES = Pattern.compile("\\s*(?:\\s[-–—/]\\s|,\\s*|\\s+và\\s+|\\s+-\\s*)\\s*");

    /** The byline ending the lines {@code [from, end)}; marks its lines used. */
    static Byline read(List<Line> ls, int from, int end, boolean[] used) {
        String writer = null;
        String photos = null;
        String lone = null;
        String source = null;
        int start = end;
        int taken = 0;
        for (int i = end - 1; i > from && taken < MAX_LINES; i--) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            if (l.cells() != null) {
                break;
            }
            String p = unwrap(l.plain());
            String f = Vietnamese.fold(p);
            if (f.length() != p.length()) {
                break; // the labels are found on the folded line: its offsets must be the line's
            }
            Matcher m;
            if ((m = WRITER.matcher(f)).matches() && p.length() <= 120 && writer == null) {
                writer = value(p, m);
            } else if ((m = PHOTOS.matcher(f)).matches() && persons(value(p, m)) && photos == null) {
                photos = value(p, m);
            } else if ((m = SOURCE_LABEL.matcher(f)).matches() && p.length() <= 150 && source == null) {
                source = value(p, m);
            } else if ((m = ACCORDING.matcher(f)).matches() && publication(value(p, m)) && source == null) {
                source = value(p, m);
            } else if (REPORTER.matcher(f).matches() && lone == null && writer == null) {
                lone = p;
            } else if (persons(p) && lone == null && writer == null && !signatureAbove(ls, from, i)) {
                lone = p;
            } else {
                break;
            }
            start = i;
            taken++;
        }
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
        String author = writer != null ? writer : lone != null ? lone : photos;
        return new Byline(start, author == null ? null : Typography.of(author), source, writer == null && lone != null
                && !REPORTER.matcher(Vietnamese.fold(lone)).matches());
    }

    /** A byline in brackets at the end of the last paragraph: {@code … (Tin, ảnh: Minh Anh)}. */
    private static final Pattern IN_BRACKETS = Pattern.compile("^(.*\\S)\\s*\\(([^()]{2,100})\\)\\s*\\.?\\s*$");
    /** A name after the end mark {@code /.} of the last paragraph: {@code … hội thảo./. Thu Hà}. */
    private static final Pattern AFTER_END_MARK = Pattern.compile("^(.*?\\S)\\s*/\\.\\s*(\\S.{0,80})$");

    /**
     * The lines with a byline written at the end of the last paragraph ({@code … (Tin, ảnh: Minh Anh)}, {@code … /. Thu
     * Hà}) put on a line of its own, so that {@link #read} finds it; the lines as they are otherwise.
     */
    static List<Line> splitTail(List<Line> ls) {
        int i = ls.size() - 1;
        while (i >= 0 && ls.get(i).blank()) {
            i--;
        }
        if (i < 0 || ls.get(i).cells() != null) {
            return ls;
        }
        Line l = ls.get(i);
        String p = l.plain().strip();
        String body = null;
        String tail = null;
        int textCut = -1;
        Matcher m = IN_BRACKETS.matcher(p);
        if (m.matches() && label(m.group(2))) {
            body = m.group(1);
            tail = m.group(2).strip();
            textCut = l.text().lastIndexOf('(');
        } else if ((m = AFTER_END_MARK.matcher(p)).matches() && (persons(m.group(2).replaceAll("[.\\s]+$", "")) || label(m.group(2)))) {
            body = m.group(1).endsWith(".") ? m.group(1) : m.group(1) + ".";
            tail = m.group(2).strip().replaceAll("\\.$", "");
            textCut = l.text().lastIndexOf("/.");
        }
        if (body == null || textCut <= 0 || body.split("\\s+").length < 4) {
            return ls;
        }
        String text = l.text().substring(0, textCut).strip();
        if (tail.length() > 0 && m.pattern() == AFTER_END_MARK && !text.endsWith(".")) {
            text = text + ".";
        }
        List<Line> out = new java.util.ArrayList<>(ls.subList(0, i));
        out.add(new Line(text, body, l.hashes(), null, false));
        out.add(new Line("", "", 0, null, false));
        out.add(new Line(tail, tail, 0, null, false));
        out.addAll(ls.subList(i + 1, ls.size()));
        return out;
    }

    /** Whether the words start with a byline's label ({@code Tin, ảnh:}, {@code Nguồn:}, {@code Theo …}). */
    private static boolean label(String words) {
        String f = Vietnamese.fold(words.strip());
        return WRITER.matcher(f).matches() || PHOTOS.matcher(f).matches() || SOURCE_LABEL.matcher(f).matches()
                || ACCORDING.matcher(f).matches() && publication(words.strip().substring(5)) || REPORTER.matcher(f).matches();
    }

    /** The line without brackets, emphasis or a closing full stop around it. */
    private static String unwrap(String plain) {
        String p = plain.strip().replaceAll("^[*_]+|[*_]+$", "").strip();
        if (p.length() > 2 && (p.startsWith("(") && p.endsWith(")") || p.startsWith("[") && p.endsWith("]"))) {
            p = p.substring(1, p.length() - 1).strip();
        }
        if (p.endsWith(".") && !p.endsWith("..")) {
            p = p.substring(0, p.length() - 1).strip();
        }
        return p;
    }

    /** What follows the label, as written (the folded text has the same length as the line). */
    private static String value(String p, Matcher m) {
        return p.substring(m.start(1)).strip();
    }

    /** One name or a few joined by dashes, commas or {@code và}, each like a person's name; or a reporter. */
    static boolean persons(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80) {
            return false;
        }
        if (REPORTER.matcher(Vietnamese.fold(t)).matches()) {
            return true;
        }
        String names = t.replaceFirst("\\s*\\([^()]{2,60}\\)$", "");
        for (String n : NAMES.split(names)) {
            if (!Closing.nameLike(n) && !REPORTER.matcher(Vietnamese.fold(n.strip())).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A publication after {@code Theo}: a short name with a capital ({@code Báo Sơn Hà}) or a web address; no clause. */
    private static boolean publication(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80 || t.contains(", ") || t.contains(";")) {
            return false;
        }
        boolean address = t.matches("(?i)(?:https?://)?[a-z0-9.-]+\\.(?:vn|com|net|org|gov\\.vn)(?:/\\S*)?");
        return address || Character.isUpperCase(t.codePointAt(0)) && t.split("\\s+").length <= 10;
    }

    /** The line above is part of a signature block: the name under it is a signer's. */
    private static boolean signatureAbove(List<Line> ls, int from, int i) {
        for (int j = i - 1; j >= from; j--) {
            if (!ls.get(j).blank()) {
                return ls.get(j).cells() == null && Closing.signatureLine(unwrap(ls.get(j).plain()));
            }
        }
        return false;
    }
}

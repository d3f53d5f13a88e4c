package vn.loa.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.IssueDate;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.load.Signer;
import vn.loa.text.Vietnamese;

/**
 * Reads a document in the form of Decree 30/2020/NĐ-CP out of its text: the header (issuing body, number, place and
 * date), kind and subject, legal basis, body (headings, lists, tables), recipients and signature block. The body
 * becomes clean Markdown; {@link EventFinder} then finds its events.
 *
 * <p>Two modes: {@link Mode#TEXT} for text copied out of Word or PDF (and {@code .md} files made that way): emphasis
 * marks, {@code ####} and stray tags are dropped, and the text is escaped when written as Markdown.
 * {@link Mode#MARKDOWN} for Markdown made by a converter (HTML pages): inline Markdown (links, images, emphasis) is
 * kept as it is.
 */
final class PlanParser {

    enum Mode { TEXT, MARKDOWN }

    /** Kinds of administrative documents, as their kind line writes them. */
    private static final List<String> KINDS = List.of("KẾ HOẠCH", "THÔNG BÁO", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "BÁO CÁO",
            "HƯỚNG DẪN", "TỜ TRÌNH", "GIẤY MỜI", "THƯ MỜI", "CÔNG VĂN", "CHỈ THỊ", "NGHỊ QUYẾT", "ĐỀ ÁN", "PHƯƠNG ÁN",
            "CÔNG ĐIỆN", "THÔNG CÁO BÁO CHÍ", "THÔNG CÁO", "BIÊN BẢN", "QUY CHẾ", "KẾ HOẠCH LIÊN TỊCH");

    private static final Pattern ROMAN = Pattern.compile("^(X{0,2}(?:IX|IV|V?I{0,3}))\\s*[.:/)\\-–]\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(\\.|\\))?\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ]\\)\\s*\\S.*");
    private static final Pattern BULLET = Pattern.compile("^([-+•–—·●○▪◦∙►➢✓»])(?:\\s*([-+])(?=\\s))?\\s*(?=\\S)(.*)$");
    private static final Pattern LABEL = Pattern.compile("^(?:thoi gian|thoi han|chu tri|phoi hop|dia diem|don vi|co quan|thanh phan|"
            + "noi dung|hinh thuc|kinh phi|doi tuong|quy mo|san pham|tien do|so luong|yeu cau)[^:]{0,40}:.*");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*[:.]?\\s*(.*)$");
    private static final Pattern NUMBER_VALUE = Pattern.compile("^([0-9.…_ ]*)/\\s*(\\S+)");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-_=~*.…—–]{3,}$");
    private static final Pattern AUTHORITY = Pattern.compile("^(?:KT|TM|TL|TUQ|UQ)\\s*\\.\\s*\\S.*");
    private static final Pattern SIGNED = Pattern.compile("(?i)^[\\[(]?\\s*(?:đã ký|da ky|ký|ký tên|ký, ghi rõ|chữ ký|signed|daky)[^\\])]*[\\])]?$");
    private static final Pattern BASIS_START = Pattern.compile("^(?:Căn cứ|Thực hiện|Theo|Triển khai|Trên cơ sở|Thi hành|Tiếp theo)\\b.*");
    private static final Pattern DOC_KIND = Pattern.compile("(?:Công văn|Văn bản|Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Nghị định|"
            + "Thông tư liên tịch|Thông tư|Luật|Bộ luật|Hướng dẫn|Thông báo|Chương trình|Đề án|Công điện|Pháp lệnh|Hiến pháp|"
            + "Quy chế|Quy định|Kết luận|Chiến lược)(?=\\s)");
    private static final Pattern BASIS_TAIL = Pattern.compile(
            ",\\s*(?=[^,;]*\\b(?:ban hành|xây dựng|triển khai|lập|thực hiện|tổ chức)\\b[^;]*?(?:Kế hoạch|kế hoạch|như sau|sau đây)[^;]*$)");

    private final Mode mode;
    private final List<String> warnings = new ArrayList<>();

    private PlanParser(Mode mode) {
        this.mode = mode;
    }

    /**
     * One line after clean-up; {@code cells} when it is a row of a table (tabs or pipes). {@code markerCells} keeps the
     * cells of a line read as a number followed by a tab ({@code 3<TAB>Tổ chức …}): Word's numbering, unless it
     * continues the numbering of a table's rows, where it is a row whose last cell broke onto the next line.
     */
    record Line(String text, String plain, int hashes, List<String> cells, boolean separatorRow, List<String> markerCells) {
        Line(String text, String plain, int hashes, List<String> cells, boolean separatorRow) {
            this(text, plain, hashes, cells, separatorRow, null);
        }

        boolean blank() {
            return plain.isBlank() && cells == null && !separatorRow;
        }
    }

    static ImportedDocument parse(String source, Mode mode, String givenTitle, LocalDate givenDate, Integer yearHint) {
        return new PlanParser(mode).run(source, givenTitle, givenDate, yearHint);
    }

    // ---------------------------------------------------------------- lines

    private List<Line> lines(String source) {
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
            if (mode == Mode.TEXT) {
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
        if (mode == Mode.TEXT && SEPARATOR.matcher(t).matches()) {
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
        return mode == Mode.TEXT ? text.replace('\t', ' ').replaceAll(" {2,}", " ").strip() : Inline.plain(text);
    }

    /** Inline Markdown for plain text of this document. */
    private String md(String text) {
        return mode == Mode.TEXT ? Inline.escape(text) : text;
    }

    // ---------------------------------------------------------------- the whole document

    private ImportedDocument run(String source, String givenTitle, LocalDate givenDate, Integer yearHint) {
        List<Line> ls = lines(source);
        boolean[] used = new boolean[ls.size()];

        // Kind line and subject.
        int kindAt = -1;
        String kindWord = null;
        String subjectStart = null;
        int seen = 0;
        for (int i = 0; i < ls.size() && seen < 40; i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            if (l.cells() != null) {
                continue;
            }
            String[] k = kindOf(l.plain());
            if (k != null) {
                kindAt = i;
                kindWord = k[0];
                subjectStart = k[1];
                break;
            }
        }
        // Header: issuing body, number, place and date.
        List<String> issuer = new ArrayList<>();
        String number = null;
        IssueDate issued = null;
        int headerEnd = kindAt >= 0 ? kindAt : leadingHeaderEnd(ls);
        for (int i = 0; i < headerEnd; i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            used[i] = true;
            List<String> cells = l.cells() != null ? l.cells() : List.of(l.plain());
            for (String cell : cells) {
                String c = Inline.plain(cell).strip();
                if (c.isEmpty()) {
                    continue;
                }
                HeaderPart part = headerPart(c);
                if (part.number != null && number == null) {
                    number = part.number;
                }
                if (part.issued != null && issued == null) {
                    issued = part.issued;
                }
                if (part.issuer != null) {
                    issuer.add(part.issuer);
                }
            }
        }
        int bodyStart = headerEnd;
        String title = null;
        if (kindAt >= 0) {
            used[kindAt] = true;
            List<String> subject = new ArrayList<>();
            if (subjectStart != null && !subjectStart.isBlank()) {
                subject.add(subjectStart.strip());
            }
            int i = kindAt + 1;
            while (i < ls.size() && ls.get(i).blank() && subject.isEmpty()) {
                i++;
            }
            int total = subject.stream().mapToInt(String::length).sum();
            while (i < ls.size()) {
                Line l = ls.get(i);
                if (l.blank()) {
                    int j = i;
                    while (j < ls.size() && ls.get(j).blank()) {
                        j++;
                    }
                    if (j < ls.size() && ls.get(j).cells() == null && Inline.startsLower(ls.get(j).plain())
                            && isSubjectLine(ls.get(j).plain(), total)) {
                        i = j;
                        continue;
                    }
                    break;
                }
                if (l.cells() != null || !isSubjectLine(l.plain(), total)) {
                    break;
                }
                subject.add(l.plain().strip());
                total += l.plain().length();
                used[i] = true;
                i++;
            }
            bodyStart = i;
            title = String.join(" ", subject).replaceAll("\\s+", " ").strip();
            if (title.isEmpty()) {
                title = null;
            }
        }
        // The number or the date may come after the subject when a two-column header was copied in another order.
        for (int i = bodyStart; i < Math.min(ls.size(), bodyStart + 12); i++) {
            Line l = ls.get(i);
            if (l.blank() || l.cells() != null) {
                continue;
            }
            String p = l.plain();
            if (number == null && NUMBER_LINE.matcher(p).matches() && p.contains("/")) {
                number = headerPart(p).number;
                used[i] = true;
            } else if (issued == null && VietnameseDateReader.readIssueDate(p).isPresent()) {
                issued = VietnameseDateReader.readIssueDate(p).get();
                used[i] = true;
            } else if (ROMAN.matcher(p).matches() || BASIS_START.matcher(p).matches()) {
                break;
            }
        }

        // Tail: recipients and signature.
        Tail tail = tail(ls, bodyStart);
        for (int i = tail.start; i < ls.size(); i++) {
            used[i] = true;
        }

        // Body.
        List<Line> body = new ArrayList<>();
        for (int i = bodyStart; i < tail.start; i++) {
            if (!used[i]) {
                body.add(ls.get(i));
            }
        }
        if (kindAt < 0) {
            // No kind line: a news post or a plan without its form. The first line is the title when none is given.
            int first = 0;
            while (first < body.size() && body.get(first).blank()) {
                first++;
            }
            if (givenTitle == null && first < body.size() && body.get(first).cells() == null
                    && body.get(first).plain().length() <= 250) {
                title = body.get(first).plain();
                body.remove(first);
            }
        }
        if (givenTitle != null && (kindAt < 0 || title == null)) {
            title = givenTitle;
        }
        List<Block> blocks = new BodyParser(body).parse();

        int year = year(issued, title, source, yearHint, givenDate);
        Structure st = structure(blocks);
        String campaign = Campaigns.detect(title);
        String kind = kindWord == null ? null : sentenceCase(kindWord);

        LocalDate date = givenDate;
        if (date == null && issued != null) {
            date = issued.date().orElse(null);
        }
        // Only a year the document states (its date, its title) or the caller gives tells history from plans.
        boolean yearStated = (issued != null && readable(issued.year())) || (givenDate != null && readable(givenDate.getYear()))
                || yearHint != null || titleYear(title) != null;
        List<ImportedEvent> events = new EventFinder(VietnameseDateReader.forYear(year), blocks, st.excluded, title, warnings,
                yearStated).find();
        String markdown = Markdown.write(blocks);
        return new ImportedDocument(kind, issuer, number, issued, title, st.basis, st.themes, st.slogans, st.sections,
                tail.recipients, tail.signer, campaign, year, date, st.summary, markdown, events, warnings);
    }

    private static String sentenceCase(String kind) {
        String lower = kind.toLowerCase(Vietnamese.LOCALE);
        return Inline.capitalise(lower);
    }

    /** {kind, rest of the line} when the line is a kind line: {@code KẾ HOẠCH}, {@code KẾ HOẠCH Tổ chức …}. */
    static String[] kindOf(String plain) {
        String p = plain.strip();
        if (p.matches("(?:\\p{Lu}\\s+){2,}\\p{Lu}")) {
            p = p.replace(" ", "");
        }
        for (String k : KINDS) {
            String compact = k.replace(" ", "");
            if (p.equals(k) || p.equals(k + ":") || p.equals(compact)) {
                return new String[] {k, null};
            }
            if (p.startsWith(k + " ") && !p.startsWith(k + " SỐ") && !p.startsWith(k + " số")) {
                String rest = p.substring(k.length()).strip();
                if (rest.startsWith("-") || rest.startsWith(":")) {
                    rest = rest.substring(1).strip();
                }
                String firstWord = rest.split("\\s+")[0];
                // "KẾ HOẠCH Tổ chức …" or "KẾ HOẠCH TỔ CHỨC …" (a subject in capitals), but not a sentence.
                if (!rest.isEmpty() && Character.isUpperCase(firstWord.codePointAt(0)) && rest.length() <= 300 && !rest.endsWith(":")) {
                    return new String[] {k, rest};
                }
            }
        }
        return null;
    }

    private static boolean isSubjectLine(String plain, int soFar) {
        String p = plain.strip();
        if (p.isEmpty() || p.length() > 220 || soFar + p.length() > 450) {
            return false;
        }
        if (p.matches("^(?:Căn cứ|Thực hiện|Theo|Trên cơ sở)\\b.*") || ROMAN.matcher(p).matches() || NUMBER_LINE.matcher(p).matches()
                || VietnameseDateReader.readIssueDate(p).isPresent() || BULLET.matcher(p).matches() || p.endsWith(":")) {
            return false;
        }
        Matcher n = NUMBERED.matcher(p);
        if (n.matches() && (n.group(2) != null || n.group(1).contains("."))) {
            return false;
        }
        return !p.matches("(?i)^(?:Nhằm|Để|Sở |Ủy ban|UBND|Ban |Phòng |Trung tâm ).*(?:như sau|sau đây).*");
    }

    /** Without a kind line: the leading lines that are issuing body, motto, number or date. */
    private int leadingHeaderEnd(List<Line> ls) {
        int end = 0;
        for (int i = 0; i < ls.size(); i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            String p = l.plain();
            boolean header = l.cells() != null ? l.cells().stream().allMatch(c -> c.isBlank() || headerPart(Inline.plain(c)).any())
                    : headerPart(p).any();
            if (!header) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    private static final class HeaderPart {
        String number;
        IssueDate issued;
        String issuer;
        boolean motto;

        boolean any() {
            return number != null || issued != null || issuer != null || motto;
        }
    }

    private static final Pattern MOTTO = Pattern.compile("(?i)(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\\s*[-–—]\\s*Tự do\\s*[-–—]\\s*Hạnh phúc)");

    /** What one cell or line of the header says. */
    static HeaderPart headerPart(String text) {
        HeaderPart part = new HeaderPart();
        String s = text.strip();
        Matcher motto = MOTTO.matcher(s);
        if (motto.find()) {
            part.motto = true;
            String before = s.substring(0, motto.start()).strip();
            String after = s.substring(motto.end()).strip();
            if (!before.isEmpty()) {
                HeaderPart b = headerPart(before);
                part.issuer = b.issuer;
                part.number = b.number;
                part.issued = b.issued;
            }
            if (!after.isEmpty()) {
                HeaderPart a = headerPart(after);
                part.number = part.number != null ? part.number : a.number;
                part.issued = part.issued != null ? part.issued : a.issued;
            }
            return part;
        }
        Matcher n = NUMBER_LINE.matcher(s);
        String rest = s;
        if (n.matches()) {
            String value = n.group(1).strip();
            Matcher v = NUMBER_VALUE.matcher(value);
            if (v.find()) {
                String digits = v.group(1).replaceAll("[\\s.…_]", "");
                String symbol = v.group(2);
                int cut = symbol.length();
                part.number = digits + "/" + symbol.substring(0, cut);
                rest = value.substring(v.end()).strip();
            } else if (!value.isEmpty()) {
                String tok = value.split("\\s+")[0];
                part.number = tok;
                rest = value.substring(tok.length()).strip();
            } else {
                rest = "";
            }
            if (rest.isEmpty()) {
                return part;
            }
        }
        Optional<IssueDate> d = issueDateIn(rest);
        if (d.isPresent()) {
            part.issued = d.get();
            return part;
        }
        if (part.number == null && Inline.isUpper(rest) && rest.length() <= 120 && !SEPARATOR.matcher(rest).matches()) {
            part.issuer = rest.replaceAll("\\s+", " ");
        }
        return part;
    }

    /** The place-and-date at the end of a line that may begin with something else. */
    static Optional<IssueDate> issueDateIn(String s) {
        Optional<IssueDate> whole = VietnameseDateReader.readIssueDate(s);
        if (whole.isPresent()) {
            return whole;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i - 1) == ' ' && (Character.isUpperCase(s.charAt(i)) || s.startsWith("ngày", i))) {
                Optional<IssueDate> d = VietnameseDateReader.readIssueDate(s.substring(i));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static int year(IssueDate issued, String title, String source, Integer hint, LocalDate given) {
        if (issued != null && readable(issued.year())) {
            return issued.year();
        }
        if (given != null && readable(given.getYear())) {
            return given.getYear();
        }
        Integer inTitle = titleYear(title);
        if (inTitle != null) {
            return inTitle;
        }
        if (hint != null && readable(hint)) {
            return hint;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("(?<![\\d/])(20\\d\\d)(?!\\d)").matcher(source);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(LocalDate.now().getYear());
    }

    /** The first year a title states ({@code … năm 2024}) that a date can have; null when none. */
    private static Integer titleYear(String title) {
        if (title != null) {
            Matcher m = Pattern.compile("năm (\\d{4})").matcher(title);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (readable(y)) {
                    return y;
                }
            }
        }
        return null;
    }

    /**
     * A year the date reader takes ({@link VietnameseDateReader#forYear}: 1 to 9999). {@code năm 0000} in a title, a
     * place-and-date line or a page's date is a slip, not the document's year.
     */
    private static boolean readable(Integer year) {
        return year != null && year >= 1 && year <= 9999;
    }

    // ---------------------------------------------------------------- tail

    private record Tail(int start, List<String> recipients, Signer signer) {
    }

    private static final Pattern RECIPIENTS = Pattern.compile("(?i)^\\s*(?:nơi nhận|noi nhan)\\s*:?\\s*(.*)$");

    private Tail tail(List<Line> ls, int from) {
        int r = -1;
        for (int i = from; i < ls.size(); i++) {
            Line l = ls.get(i);
            String first = l.cells() != null ? Inline.plain(l.cells().get(0)) : l.plain();
            if (RECIPIENTS.matcher(first).matches() && first.length() < 200) {
                r = i;
            }
        }
        int s = signatureStart(ls, from);
        int start = ls.size();
        if (r >= 0) {
            start = r;
        }
        if (s >= 0 && s < start) {
            start = s;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean inRecipients = false;
        for (int i = start; i < ls.size(); i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            List<String> parts;
            if (l.cells() != null) {
                parts = l.cells().stream().map(Inline::plain).toList();
            } else {
                parts = List.of(l.plain());
            }
            String a = parts.get(0).strip();
            if (parts.size() > 1) {
                for (int k = 1; k < parts.size(); k++) {
                    if (!parts.get(k).isBlank()) {
                        right.add(parts.get(k).strip());
                    }
                }
            }
            if (a.isEmpty()) {
                continue;
            }
            Matcher m = RECIPIENTS.matcher(a);
            if (m.matches()) {
                inRecipients = true;
                String rest = m.group(1).strip();
                if (!rest.isEmpty()) {
                    left.add(rest);
                }
                continue;
            }
            if (inRecipients && !signerLike(a)) {
                left.add(a);
            } else {
                inRecipients = false;
                right.add(a);
            }
        }
        List<String> recipients = new ArrayList<>();
        for (String x : left) {
            String t = x.replaceFirst("^[-+•–—·●○▪◦∙]\\s*", "");
            t = Inline.stripClosing(t);
            if (!t.isEmpty()) {
                recipients.add(t);
            }
        }
        return new Tail(start, recipients, signer(right));
    }

    private static boolean signerLike(String s) {
        String t = s.strip();
        if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
            return false;
        }
        return AUTHORITY.matcher(t).matches() || (Inline.isUpper(t) && t.length() <= 60 && !t.endsWith(";"))
                || SIGNED.matcher(t).matches() || nameLike(t);
    }

    static boolean nameLike(String s) {
        String t = s.strip();
        if (t.length() > 40 || t.length() < 5 || t.matches(".*[\\d;:,.!?()/].*")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The first line of the trailing run of signature lines (authority, position, name), or -1. */
    private static int signatureStart(List<Line> ls, int from) {
        int i = ls.size() - 1;
        int start = -1;
        boolean upper = false;
        int count = 0;
        while (i >= from && count < 10) {
            Line l = ls.get(i);
            if (l.blank()) {
                i--;
                continue;
            }
            if (l.cells() != null) {
                break;
            }
            String p = l.plain().strip();
            if (AUTHORITY.matcher(p).matches() || (Inline.isUpper(p) && p.length() <= 60 && !p.endsWith(";") && !p.endsWith(".")
                    && !ROMAN.matcher(p).matches() && !NUMBERED.matcher(p).matches())) {
                upper = true;
            } else if (!(SIGNED.matcher(p).matches() || nameLike(p))) {
                break;
            }
            start = i;
            count++;
            i--;
        }
        return upper ? start : -1;
    }

    static Signer signer(List<String> lines) {
        List<String> authority = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        String name = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty() || SIGNED.matcher(l).matches()) {
                continue;
            }
            if (AUTHORITY.matcher(l).matches()) {
                authority.add(l.replaceAll("\\s+", " ").replaceFirst("^(\\p{Lu}+)\\s*\\.\\s*", "$1. "));
            } else if (Inline.isUpper(l)) {
                caps.add(l.replaceAll("\\s+", " "));
            } else if (nameLike(l)) {
                name = l.replaceAll("\\s+", " ");
            }
        }
        String position = null;
        if (name == null && caps.size() >= 2) {
            name = caps.remove(caps.size() - 1);
        }
        if (!caps.isEmpty()) {
            position = String.join(" ", caps);
        }
        if (authority.isEmpty() && position == null && name == null) {
            return null;
        }
        return new Signer(authority.isEmpty() ? null : String.join(" ", authority), position, name);
    }

    // ---------------------------------------------------------------- body

    /** Lines of the body into blocks. */
    private final class BodyParser {
        private final List<Line> ls;
        private final List<Block> out = new ArrayList<>();

        BodyParser(List<Line> lines) {
            this.ls = joinWrapped(lines);
        }

        /**
         * Lines broken inside a paragraph (text copied out of PDF breaks lines anywhere) joined back: a line goes on
         * with the one before it when that one has no closing punctuation and this one is no list item or heading,
         * and starts in lower case or with a digit, or the line before is long (a wrapped line).
         */
        private List<Line> joinWrapped(List<Line> lines) {
            List<Line> out = new ArrayList<>();
            for (Line l : lines) {
                Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && !prev.blank() && prev.cells() == null && !prev.separatorRow() && !l.blank() && l.cells() == null
                        && !l.separatorRow() && continues(prev, l)) {
                    String text = prev.text() + " " + l.text();
                    out.set(out.size() - 1, new Line(text, prev.plain() + " " + l.plain(), prev.hashes(), null, false));
                    lastLength = l.plain().length();
                    continue;
                }
                out.add(l);
                lastLength = l.plain().length();
            }
            return out;
        }

        private int lastLength;

        private boolean continues(Line prev, Line l) {
            String p = l.plain();
            String pp = prev.plain();
            if (p.isEmpty() || pp.isEmpty() || structural(p) || ".;:!?…".indexOf(pp.charAt(pp.length() - 1)) >= 0) {
                return false;
            }
            if (mode == Mode.TEXT && p.matches("\\d{1,3}")) {
                return false;
            }
            if (RECIPIENTS.matcher(p).matches() || AUTHORITY.matcher(p).matches()) {
                return false;
            }
            boolean lowerOrDigit = Inline.startsLower(p) || Character.isDigit(p.charAt(0));
            return lowerOrDigit || lastLength >= 60;
        }

        List<Block> parse() {
            boolean blankBefore = true;
            for (int i = 0; i < ls.size(); i++) {
                Line l = ls.get(i);
                if (l.blank()) {
                    blankBefore = true;
                    continue;
                }
                if (l.cells() != null || l.separatorRow()) {
                    i = table(i) - 1;
                    blankBefore = true;
                    continue;
                }
                String p = l.plain();
                if (mode == Mode.TEXT && p.matches("\\d{1,3}") ) {
                    continue; // a page number
                }
                blankBefore = false;
                add(l, i);
            }
            consistentSiblings();
            return out;
        }

        /**
         * Numbered items of one list read alike: when a sibling is a long item kept as a paragraph, a short sibling
         * that has no list or table of its own is a paragraph too, not a heading.
         */
        private void consistentSiblings() {
            for (int k = 0; k < out.size(); k++) {
                if (!(out.get(k) instanceof Block.Heading h) || h.number() == null || h.level() < 3) {
                    continue;
                }
                Block next = k + 1 < out.size() ? out.get(k + 1) : null;
                if (next instanceof Block.Item || next instanceof Block.Table) {
                    continue;
                }
                int depth = h.number().split("\\.").length;
                boolean paragraphSibling = false;
                for (int dir = -1; dir <= 1 && !paragraphSibling; dir += 2) {
                    for (int j = k + dir; j >= 0 && j < out.size(); j += dir) {
                        Block s = out.get(j);
                        if (s instanceof Block.Heading sh && (sh.number() == null || sh.level() < h.level())) {
                            break;
                        }
                        if (s instanceof Block.Paragraph sp && sp.number() != null && sp.number().split("\\.").length == depth) {
                            paragraphSibling = true;
                            break;
                        }
                    }
                }
                if (paragraphSibling) {
                    String rest = h.title();
                    String marker = depth == 1 ? h.number() : h.number();
                    out.set(k, new Block.Paragraph(h.number(), marker + " " + (mode == Mode.TEXT ? Inline.escape(rest) : rest), h.plain()));
                }
            }
        }

        private boolean structural(String p) {
            return ROMAN.matcher(p).matches() || numbered(p) != null || LETTER.matcher(p).matches() || BULLET.matcher(p).matches()
                    || LABEL.matcher(Vietnamese.fold(p)).matches();
        }

        private void add(Line l, int i) {
            String p = l.plain();
            String t = l.text();
            Matcher roman = ROMAN.matcher(p);
            if (roman.matches() && !roman.group(1).isEmpty() && (l.hashes() > 0 || roman.group(2).length() <= 200)) {
                String rest = roman.group(2).strip();
                String number = roman.group(1) + ".";
                out.add(new Block.Heading(2, number, "## " + number + " " + Inline.escape(rest), number + " " + rest));
                return;
            }
            String[] num = numbered(p);
            if (num != null) {
                numbered(l, i, num);
                return;
            }
            Matcher bullet = BULLET.matcher(p);
            if (bullet.matches() && !p.matches("^[-–—]\\s*\\d.*")) {
                String rest = bullet.group(3).strip();
                String marker = bullet.group(1);
                int level = 0;
                if (bullet.group(2) != null || "○▪◦".contains(marker)) {
                    level = 1;
                } else if (marker.equals("+")) {
                    level = lastIsItem() ? 1 : 0;
                }
                if (rest.isEmpty()) {
                    return;
                }
                out.add(new Block.Item(level, restMd(t, rest), rest));
                return;
            }
            if (LABEL.matcher(Vietnamese.fold(p)).matches() && p.length() <= 400) {
                out.add(new Block.Item(0, md(t), p));
                return;
            }
            if (l.hashes() > 0 && mode == Mode.MARKDOWN) {
                int level = Math.max(2, Math.min(6, l.hashes()));
                out.add(new Block.Heading(level, null, "#".repeat(level) + " " + t, p));
                return;
            }
            out.add(new Block.Paragraph(null, md(t), p));
        }

        private boolean lastIsItem() {
            return !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Item;
        }

        /** The Markdown of {@code rest}, the end of the line after its marker. */
        private String restMd(String text, String rest) {
            if (mode == Mode.TEXT) {
                return Inline.escape(rest);
            }
            // In Markdown mode keep the inline markup: find the marker's end in the text.
            String plainText = Inline.plain(text);
            int cut = plainText.length() - rest.length();
            int k = 0;
            int seenPlain = 0;
            while (k < text.length() && seenPlain < cut) {
                char c = text.charAt(k);
                if (c != '*' && c != '_' && c != '\\') {
                    seenPlain++;
                }
                k++;
            }
            String md = text.substring(k).replaceFirst("^[\\s*_]*(?=\\S)", "").strip();
            long stars = md.replace("\\*", "").chars().filter(c -> c == '*').count();
            return stars % 2 == 0 ? md : Inline.escape(rest);
        }

        private String[] numbered(String p) {
            Matcher m = NUMBERED.matcher(p);
            if (!m.matches()) {
                return null;
            }
            String number = m.group(1);
            String term = m.group(2);
            String rest = m.group(3);
            if (!number.contains(".") && term == null) {
                return null;
            }
            if (!Character.isLetter(rest.codePointAt(0)) && rest.charAt(0) != '“' && rest.charAt(0) != '"' && rest.charAt(0) != '(') {
                return null;
            }
            if (number.contains(".") && term == null && !rest.matches("^\\p{L}.*")) {
                return null;
            }
            return new String[] {number + (term == null ? "." : term.equals(")") ? ")" : "."), rest, String.valueOf(number.split("\\.").length)};
        }

        private void numbered(Line l, int i, String[] num) {
            String number = num[0];
            String rest = num[1].strip();
            int depth = Integer.parseInt(num[2]);
            int level = Math.min(6, 2 + depth);
            String next = nextPlain(i);
            boolean detailsFollow = next != null && (BULLET.matcher(next).matches() || LABEL.matcher(Vietnamese.fold(next)).matches()
                    || (LETTER.matcher(next).matches()));
            boolean sentenceBreak = rest.matches(".*[.;!?]\\s+\\p{Lu}.*");
            String restMd = restMd(l.text(), rest);
            int colon = rest.indexOf(':');
            if (LABEL.matcher(Vietnamese.fold(rest)).matches()) {
                out.add(new Block.Paragraph(number, (depth == 1 ? number : number) + " " + restMd, number + " " + rest));
                return;
            }
            if (colon > 0 && colon <= 60 && rest.length() - colon > 25 && !rest.substring(0, colon).matches(".*\\d.*")
                    && !rest.substring(0, colon).contains(",") && !rest.substring(colon + 1).isBlank()) {
                String head = rest.substring(0, colon).strip();
                String tail = rest.substring(colon + 1).strip();
                out.add(new Block.Heading(level, number, "#".repeat(level) + " " + number + " " + Inline.escape(head), number + " " + head));
                out.add(new Block.Paragraph(null, md(tail), tail));
                return;
            }
            boolean sentence = rest.endsWith(".") || rest.endsWith(";");
            boolean heading = (rest.length() <= 120 && !sentenceBreak && !sentence) || (detailsFollow && rest.length() <= 400);
            if (heading) {
                String title = rest.endsWith(":") ? rest.substring(0, rest.length() - 1).strip() : rest;
                String titleMd = Inline.escape(title);
                out.add(new Block.Heading(level, number, "#".repeat(level) + " " + number + " " + titleMd, number + " " + title));
            } else {
                String marker = depth == 1 ? number : number.replace(".", "\\.");
                if (depth > 1 && mode == Mode.TEXT) {
                    marker = number;
                }
                out.add(new Block.Paragraph(number, marker + " " + restMd, number + " " + rest));
            }
        }

        private String nextPlain(int i) {
            for (int j = i + 1; j < ls.size(); j++) {
                if (!ls.get(j).blank()) {
                    return ls.get(j).cells() != null ? null : ls.get(j).plain();
                }
            }
            return null;
        }

        // ------------------------------------------------------------ tables

        /** Reads the table starting at line {@code from}; returns the index after it. */
        private int table(int from) {
            List<List<String>> raw = new ArrayList<>();
            List<Boolean> newRow = new ArrayList<>();
            int i = from;
            int lastRow = from;
            while (i < ls.size()) {
                Line l = ls.get(i);
                if (l.separatorRow()) {
                    i++;
                    continue;
                }
                if (l.blank()) {
                    int j = i;
                    while (j < ls.size() && ls.get(j).blank()) {
                        j++;
                    }
                    if (j < ls.size() && (ls.get(j).cells() != null || ls.get(j).separatorRow())) {
                        i = j;
                        continue;
                    }
                    break;
                }
                if (l.cells() != null) {
                    raw.add(new ArrayList<>(l.cells()));
                    newRow.add(Boolean.TRUE);
                    lastRow = i;
                    i++;
                    continue;
                }
                if (i == lastRow + 1 && continuesRowNumbers(l, raw, newRow)) {
                    // "3<TAB>Tổ chức tham quan …" after row 2: row 3, its content cell broken onto the next line.
                    raw.add(new ArrayList<>(l.markerCells()));
                    newRow.add(Boolean.TRUE);
                    lastRow = i;
                    i++;
                    continue;
                }
                // A line without cells right after a row: the rest of a cell that had two paragraphs.
                String p = l.plain();
                boolean follows = i == lastRow + 1;
                String after = nextPlainOrRow(i);
                if (follows && !structuralStart(p) && (Inline.startsLower(p) || "ROW".equals(after) || p.startsWith("("))) {
                    raw.add(new ArrayList<>(List.of(l.text())));
                    newRow.add(Boolean.FALSE);
                    lastRow = i;
                    i++;
                    continue;
                }
                break;
            }
            if (!raw.isEmpty()) {
                out.add(assemble(raw, newRow));
            }
            return i;
        }

        /** A number and a tab that goes on with the numbers of the table's rows (the last numbered row plus one). */
        private boolean continuesRowNumbers(Line l, List<List<String>> raw, List<Boolean> newRow) {
            if (l.markerCells() == null) {
                return false;
            }
            Integer number = rowNumber(l.markerCells());
            if (number == null) {
                return false;
            }
            for (int k = raw.size() - 1; k >= 0; k--) {
                if (newRow.get(k)) {
                    Integer previous = rowNumber(raw.get(k));
                    if (previous != null) {
                        return number == previous + 1;
                    }
                }
            }
            return false;
        }

        private Integer rowNumber(List<String> cells) {
            if (cells.isEmpty()) {
                return null;
            }
            String first = Inline.plain(cells.get(0)).strip();
            return first.matches("\\d{1,3}[.)]?") ? Integer.valueOf(first.replaceAll("\\D", "")) : null;
        }

        private boolean structuralStart(String p) {
            return ROMAN.matcher(p).matches() || numbered(p) != null || BULLET.matcher(p).matches();
        }

        private String nextPlainOrRow(int i) {
            for (int j = i + 1; j < ls.size(); j++) {
                if (!ls.get(j).blank()) {
                    return ls.get(j).cells() != null ? "ROW" : ls.get(j).plain();
                }
            }
            return null;
        }

        private Block.Table assemble(List<List<String>> raw, List<Boolean> tabbed) {
            List<String> header = raw.get(0);
            int n = header.size();
            for (List<String> r : raw) {
                if (tabbed.get(raw.indexOf(r))) {
                    n = Math.max(n, Math.min(r.size(), 12));
                }
            }
            // Header cells: trailing empty cells of the widest row count.
            boolean stt = !header.isEmpty() && Vietnamese.fold(Inline.plain(header.get(0))).strip().matches("stt|tt|so tt|so thu tu|s tt");
            List<List<String>> rows = new ArrayList<>();
            List<String> cur = null;
            for (int k = 0; k < raw.size(); k++) {
                List<String> r = trimTrailingEmpty(raw.get(k), n);
                boolean isTabbed = tabbed.get(k);
                if (cur == null) {
                    cur = new ArrayList<>(r);
                    continue;
                }
                boolean startsRow = stt && !r.isEmpty() && Inline.plain(r.get(0)).strip().matches("(?:\\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?");
                if (!isTabbed) {
                    appendCell(cur, cur.size() - 1, r.get(0));
                } else if (!startsRow && cur.size() < n && (stt || countFilled(cur) < n)) {
                    // A row broken where a cell had two paragraphs: the first cell continues the last one.
                    appendCell(cur, cur.size() - 1, r.get(0));
                    for (int c = 1; c < r.size(); c++) {
                        cur.add(r.get(c));
                    }
                } else if (stt && !startsRow && !r.isEmpty() && r.get(0).isBlank() && r.size() <= n) {
                    // A row continued (across a page): its cells add to the same columns.
                    for (int c = 1; c < r.size(); c++) {
                        while (cur.size() <= c) {
                            cur.add("");
                        }
                        appendCell(cur, c, r.get(c));
                    }
                } else {
                    rows.add(cur);
                    cur = new ArrayList<>(r);
                }
            }
            if (cur != null) {
                rows.add(cur);
            }
            int width = 0;
            for (List<String> r : rows) {
                width = Math.max(width, r.size());
            }
            List<List<String>> md = new ArrayList<>();
            List<List<String>> plain = new ArrayList<>();
            for (List<String> r : rows) {
                List<String> m = new ArrayList<>();
                List<String> pl = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    String cell = c < r.size() ? r.get(c).strip() : "";
                    String cp = mode == Mode.TEXT ? cell.replaceAll("\\s+", " ") : Inline.plain(cell);
                    pl.add(cp);
                    m.add(mode == Mode.TEXT ? Inline.escape(cp) : cell.replace("|", "\\|"));
                }
                md.add(m);
                plain.add(pl);
            }
            return new Block.Table(md, plain);
        }

        private List<String> trimTrailingEmpty(List<String> r, int n) {
            List<String> x = new ArrayList<>(r);
            while (x.size() > n && x.get(x.size() - 1).isBlank()) {
                x.remove(x.size() - 1);
            }
            return x;
        }

        private int countFilled(List<String> r) {
            return r.size();
        }

        private void appendCell(List<String> row, int c, String more) {
            if (more == null || more.isBlank()) {
                return;
            }
            if (row.isEmpty()) {
                row.add(more);
                return;
            }
            String before = row.get(c);
            row.set(c, before.isBlank() ? more.strip() : before.strip() + " " + more.strip());
        }
    }

    // ---------------------------------------------------------------- structure of the body

    /** What the body's blocks say about the document: sections, themes, slogans, basis, and blocks that state no events. */
    private static final class Structure {
        final List<String> sections = new ArrayList<>();
        final List<String> themes = new ArrayList<>();
        final List<String> slogans = new ArrayList<>();
        final List<String> basis = new ArrayList<>();
        final Set<Integer> excluded = new java.util.HashSet<>();
        String summary;
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{3,})[”\"»]");
    private static final Pattern THEME_LABEL = Pattern.compile("^(?:chu de|khau hieu)(?:[^:]{0,40})?:\\s*(.*)$");

    private Structure structure(List<Block> blocks) {
        Structure st = new Structure();
        boolean beforeFirstHeading = true;
        String mode = null; // "theme" or "slogan" inside a Chủ đề / Khẩu hiệu sub-section
        int modeLevel = 0;
        int summaryFrom = -1;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            String plain = b.plain();
            String folded = Vietnamese.fold(plain);
            if (b instanceof Block.Heading h) {
                beforeFirstHeading = false;
                if (h.level() == 2 && h.number() != null) {
                    st.sections.add(h.title());
                }
                if (mode != null && h.level() <= modeLevel) {
                    mode = null;
                }
                String title = Vietnamese.fold(h.title());
                boolean theme = title.startsWith("chu de");
                boolean slogan = title.startsWith("khau hieu");
                if ((theme || slogan) && !(title.contains("chu de") && title.contains("khau hieu"))) {
                    mode = theme ? "theme" : "slogan";
                    modeLevel = h.level();
                    int colon = h.title().indexOf(':');
                    if (colon >= 0 && colon + 1 < h.title().length()) {
                        addQuoted(h.title().substring(colon + 1), mode.equals("theme") ? st.themes : st.slogans);
                        st.excluded.add(k);
                    }
                }
                if (summaryFrom < 0 && title.contains("muc dich")) {
                    summaryFrom = k + 1;
                }
                continue;
            }
            if (beforeFirstHeading && b instanceof Block.Paragraph && BASIS_START.matcher(plain).matches()
                    && !folded.startsWith("theo de nghi")) {
                basis(plain, st.basis);
                st.excluded.add(k);
                continue;
            }
            String bare = folded.replaceFirst("^[-+•\\s]+", "");
            Matcher label = THEME_LABEL.matcher(bare);
            if (label.matches() && !(b instanceof Block.Table)) {
                boolean theme = bare.startsWith("chu de");
                String original = plain.replaceFirst("^[-+•\\s]+", "");
                String after = original.substring(original.indexOf(':') + 1).strip();
                if (!after.isEmpty()) {
                    addQuoted(after, theme ? st.themes : st.slogans);
                    st.excluded.add(k);
                } else {
                    mode = theme ? "theme" : "slogan";
                    modeLevel = 7;
                    st.excluded.add(k);
                }
                continue;
            }
            if (mode != null) {
                if (b instanceof Block.Item || QUOTED.matcher(plain).find() && plain.strip().matches("^[-+•\\s]*[“\"«].*")) {
                    addQuoted(plain, mode.equals("theme") ? st.themes : st.slogans);
                    st.excluded.add(k);
                    continue;
                }
                if (modeLevel == 7) {
                    mode = null;
                }
            }
            if (st.summary == null && summaryFrom >= 0 && k >= summaryFrom && (b instanceof Block.Item || b instanceof Block.Paragraph)) {
                st.summary = summary(plain);
            }
        }
        if (st.summary == null) {
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (!st.excluded.contains(k) && b instanceof Block.Paragraph && b.plain().length() > 40) {
                    st.summary = summary(b.plain());
                    break;
                }
            }
        }
        return st;
    }

    private static String summary(String plain) {
        String s = plain.replaceFirst("^\\d+\\.\\s*", "").strip();
        s = Inline.capitalise(Inline.stripClosing(s));
        if (s.length() <= 220) {
            return s + ".";
        }
        int cut = s.lastIndexOf(' ', 210);
        return s.substring(0, cut > 0 ? cut : 210) + "…";
    }

    private static void addQuoted(String text, List<String> into) {
        Matcher q = QUOTED.matcher(text);
        boolean any = false;
        while (q.find()) {
            String t = q.group(1).strip();
            t = t.replaceAll("[\\s,;]+$", "");
            if (!t.isEmpty() && !into.contains(t)) {
                into.add(t);
            }
            any = true;
        }
        if (!any) {
            String t = text.replaceFirst("^[-+•\\s]+", "");
            t = Inline.stripClosing(t);
            if (!t.isEmpty() && !into.contains(t)) {
                into.add(t);
            }
        }
    }

    /** Each document cited in a {@code Căn cứ …} / {@code Thực hiện …} paragraph. */
    static void basis(String paragraph, List<String> into) {
        String p = paragraph.strip();
        Matcher tail = BASIS_TAIL.matcher(p);
        int cut = -1;
        while (tail.find()) {
            cut = tail.start();
        }
        if (cut > 0) {
            p = p.substring(0, cut);
        }
        // One part per document: split on ';' and before ", Công văn số …" / " và Kế hoạch số …".
        List<String> parts = new ArrayList<>();
        for (String semi : p.split(";")) {
            String[] more = semi.split("(?:,|\\s+và)\\s+(?=" + DOC_KIND.pattern() + "[^,;]{0,20}\\bsố\\b)");
            parts.addAll(List.of(more));
        }
        for (String part : parts) {
            Matcher k = DOC_KIND.matcher(part);
            if (!k.find()) {
                continue;
            }
            String prefix = Vietnamese.fold(part.substring(0, k.start()));
            if (prefix.matches(".*\\b(ban hanh|xay dung)\\b.*")) {
                continue; // "Sở … ban hành Kế hoạch …": the plan itself, not a basis
            }
            String item = Inline.stripClosing(part.substring(k.start()));
            item = item.replaceAll("\\s+", " ");
            if (item.length() > 8 && !into.contains(item)) {
                into.add(item);
            }
        }
    }
}

package vn.loa.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/**
 * The page bundle {@code loa import} writes: {@code content/<section>/<slug>/index.md} with the front matter the loader
 * reads ({@code vn.loa.load.PageReader}) and the body, the original file beside it when it is the document in a form
 * readers open ({@link Importer#PUBLISHED}: {@code .docx}, {@code .doc}, {@code .pdf}; a {@code .txt}, {@code .md} or
 * {@code .html} working copy is left out, and the review says so), and the local files an HTML page linked to. The page
 * is a draft ({@code draft: true}) for an editor to review. An existing page is never overwritten. Its title is the
 * document's kind and subject as one sentence ({@link TitleCase#pageTitle}), its folder named from the subject; a news
 * post's author and source, which the content model has no field for, and the fields Loa guessed
 * ({@link ImportedDocument#check()}) are comments of the front matter.
 *
 * @param folder   the bundle folder, {@code content/<section>/<slug>}
 * @param indexMd  the text of {@code index.md}
 * @param copies   files to copy into the folder: source and name
 * @param notes    what the editor should check (also written as comments in the front matter)
 * @param document the imported document; the other files it brings must lie in its folder
 * @param embedded pictures taken out of the document, written beside {@code index.md} under their names
 */
public record PageBundle(Path folder, String indexMd, Map<Path, String> copies, List<String> notes, Path document,
                         List<Importer.Embedded> embedded) {

    /** Sections a document may be imported into. */
    public static final List<String> SECTIONS = List.of("ke-hoach", "tin-tuc");

    /**
     * Plans the bundle of an imported document.
     *
     * @param siteRoot   the folder holding {@code content/}
     * @param section    {@code ke-hoach} or {@code tin-tuc}
     * @param takenIds   event ids already used in the site (an event's id is its folded title unless given)
     * @param today      the date used when the document states no year at all
     */
    public static PageBundle plan(Importer.Imported imported, Path siteRoot, String section, Set<String> takenIds, LocalDate today) {
        ImportedDocument d = imported.document();
        String title = d.title() != null ? d.title() : baseName(imported.file());
        String slug = Vietnamese.slugify(title, 80);
        if (slug.isEmpty()) {
            slug = Vietnamese.slugify(baseName(imported.file()), 80);
        }
        if (slug.isEmpty()) {
            slug = "bai-nhap";
        }
        Path sectionDir = siteRoot.resolve("content").resolve(section);
        Path folder = sectionDir.resolve(slug);
        Map<Path, String> copies = new LinkedHashMap<>();
        Set<String> names = new HashSet<>(Set.of("index.md"));
        for (Importer.LocalFile f : imported.files()) {
            names.add(f.name());
            copies.put(f.source(), f.name());
        }
        for (Importer.Embedded e : imported.embedded()) {
            names.add(e.name());
        }
        List<String> notes = new ArrayList<>(d.warnings());
        notes.addAll(imported.notes());
        String fileName = imported.file().getFileName().toString();
        if (Importer.PUBLISHED.contains(Importer.extension(imported.file()))) {
            copies.put(imported.file(), HtmlArticle.uniqueName(fileName, names));
        } else {
            notes.add("tệp nhập '" + fileName + "' là bản chép để nhập, không phải văn bản để tải về: không chép vào bài"
                    + " (chỉ tệp .docx, .doc, .pdf được đăng kèm); nếu có bản Word hay PDF của văn bản, chép nó vào thư mục bài"
                    + " và thêm liên kết");
        }
        String pageTitle = d.title() != null ? pageTitle(d) : title;
        String indexMd = indexMd(d, pageTitle, section, takenIds, today, notes);
        return new PageBundle(folder, indexMd, copies, notes, imported.file(), imported.embedded());
    }

    /** The page's title: the kind and the subject as one sentence ({@code Kế hoạch tổ chức …}); null without a subject. */
    public static String pageTitle(ImportedDocument d) {
        return d.title() == null ? null : TitleCase.pageTitle(d.kind(), d.title());
    }

    /** What the editor should check of the document's fields, in Vietnamese, as the front matter's comment says it. */
    public static List<String> checkLabels(ImportedDocument d) {
        List<String> what = new ArrayList<>();
        for (String field : d.check()) {
            what.add(CHECK.getOrDefault(field, field));
        }
        return what;
    }

    /** Refuses (a {@link LoaException}, exit 1) when a page with this name already exists. */
    public void checkFree() {
        Path index = folder.resolve("index.md");
        Path single = folder.resolveSibling(folder.getFileName() + ".md");
        if (Files.exists(folder) || Files.exists(single)) {
            Path existing = Files.exists(index) ? index : Files.exists(single) ? single : folder;
            throw new LoaException(existing, 0, "đã có bài này; Loa không ghi đè bài đang có",
                    "xóa hoặc đổi tên bài đang có nếu muốn nhập lại, hoặc sửa tiêu đề trong tệp nguồn");
        }
    }

    /**
     * Writes the bundle; refuses (exit 1) when a page with this name already exists. Each file is checked again as it
     * is copied ({@link LocalFiles#copy}); when anything fails, the folder made for the bundle is removed again.
     */
    public Path write() {
        checkFree();
        Path index = folder.resolve("index.md");
        Path pageFolder = document.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Files.writeString(index, indexMd, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            for (var c : copies.entrySet()) {
                LocalFiles.copy(c.getKey(), folder.resolve(c.getValue()), c.getKey().equals(document) ? null : pageFolder);
            }
            for (Importer.Embedded e : embedded) {
                Path target = folder.resolve(e.name()).normalize();
                if (!target.getParent().equals(folder.normalize())) {
                    throw new LoaException(target, 0, "tên ảnh ra ngoài thư mục bài", "báo lỗi này cho người phát triển Loa"); // names are slugs: never
                }
                Files.write(target, e.bytes(), StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            removeQuietly();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            removeQuietly();
            throw e;
        }
        return index;
    }

    /** Removes what {@link #write()} made: the bundle folder did not exist before ({@link #checkFree()}). */
    private void removeQuietly() {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // left for the editor: the error printed names the file
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    // ------------------------------------------------------------------ front matter

    static String indexMd(ImportedDocument d, String title, String section, Set<String> takenIds, LocalDate today, List<String> notes) {
        boolean plan = section.equals("ke-hoach");
        StringBuilder y = new StringBuilder("---\n");
        y.append("title: ").append(q(title)).append('\n');
        if (!d.check().isEmpty()) {
            y.append("# cần kiểm tra: ").append(String.join("; ", checkLabels(d))).append('\n');
        }
        if (plan) {
            y.append("kind: ").append(q(d.kind() != null ? d.kind() : "Kế hoạch")).append('\n');
        }
        LocalDate date = d.date();
        String dateNote = null;
        if (date == null) {
            if (d.issued() != null && d.issued().month() != null && d.issued().year() != null && validMonth(d.issued())) {
                date = LocalDate.of(d.issued().year(), d.issued().month(), 1);
                dateNote = "văn bản để trống ngày (ngày … tháng " + d.issued().month() + " năm " + d.issued().year()
                        + "): đã tạm ghi ngày 1, sửa khi có ngày ban hành";
            } else {
                LocalDate first = firstEventDay(d, d.year());
                date = first != null ? first : (d.year() == today.getYear() ? today : LocalDate.of(d.year(), 1, 1));
                dateNote = "văn bản không ghi ngày ban hành: đã tạm ghi " + date + ", sửa khi biết ngày";
            }
            notes.add(dateNote);
        }
        y.append("date: ").append(date);
        if (dateNote != null) {
            y.append("  # ").append(dateNote.replace('\n', ' '));
        }
        y.append('\n');
        if (d.summary() != null) {
            y.append("summary: ").append(q(d.summary())).append('\n');
        }
        // The content model has no author or source: kept as comments for the editor.
        if (d.author() != null) {
            y.append("# tác giả: ").append(oneLine(d.author())).append('\n');
        }
        if (d.source() != null) {
            y.append("# nguồn: ").append(oneLine(d.source())).append('\n');
        }
        if (d.campaign() != null) {
            y.append("campaign: ").append(d.campaign()).append('\n');
        }
        y.append("tags: ").append(flow(tags(d, title))).append('\n');
        if (plan) {
            y.append("issuer: ").append(flow(d.issuer())).append('\n');
            if (d.number() != null) {
                y.append("number: ").append(q(d.number()));
                if (d.number().startsWith("/")) {
                    y.append("  # số văn bản để trống");
                }
                y.append('\n');
            }
            if (d.issued() != null && d.issued().place() != null) {
                y.append("place: ").append(q(d.issued().place())).append('\n');
            }
            block(y, "basis", d.basis());
            block(y, "themes", d.themes());
            block(y, "slogans", d.slogans());
            block(y, "recipients", d.recipients());
            if (d.signer() != null) {
                y.append("signer: {authority: ").append(qn(d.signer().authority())).append(", position: ")
                        .append(qn(d.signer().position())).append(", name: ").append(qn(d.signer().name())).append("}\n");
            }
        }
        events(y, d.events(), takenIds, notes);
        y.append("draft: true  # biên tập viên kiểm tra rồi xóa dòng này để đăng\n");
        y.append("---\n\n");
        y.append(d.markdown());
        return y.toString();
    }

    /** What each field of {@link ImportedDocument#check()} means for the page's front matter. */
    private static final Map<String, String> CHECK = Map.of(
            "title", "title (Loa đoán tiêu đề: dòng đầu của bài, hoặc đổi từ chữ in hoa)",
            "issued", "date (văn bản không ghi đủ ngày ban hành hay ngày đăng)",
            "lead", "summary (lấy từ đoạn mở đầu, sapo không được đánh dấu)",
            "author", "tác giả (dòng tên cuối bài, không có chữ 'Tin:', 'Bài:')");

    /** Text for a YAML comment: one line. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    private static boolean validMonth(vn.loa.dates.IssueDate i) {
        return i.month() >= 1 && i.month() <= 12;
    }

    private static LocalDate firstEventDay(ImportedDocument d, int year) {
        LocalDate first = null;
        for (ImportedEvent e : d.events()) {
            LocalDate day = e.start() != null ? e.start() : e.end();
            if (day != null && day.getYear() == year && (first == null || day.isBefore(first))) {
                first = day;
            }
        }
        return first;
    }

    private static void events(StringBuilder y, List<ImportedEvent> events, Set<String> takenIds, List<String> notes) {
        List<String> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>(takenIds);
        Set<String> titles = new HashSet<>();
        for (ImportedEvent e : events) {
            if (e.kind().equals("vague") && (e.start() == null || e.end() == null)) {
                notes.add("chưa ghi vào events (không có ngày kết thúc): «" + e.sourceQuote() + "» — " + e.text());
                continue;
            }
            if (e.start() == null && e.end() == null) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            String title = e.text();
            String check = check(e);
            if (check != null) {
                b.append("  # cần kiểm tra: ").append(check).append('\n');
            }
            b.append("  - title: ").append(q(title)).append('\n');
            String slug = Vietnamese.slugify(title, 80);
            if (slug.isEmpty()) {
                slug = "su-kien";
            }
            if (!ids.add(slug) || !titles.add(title)) {
                String base = Vietnamese.slugify(title, 70);
                base = base.isEmpty() ? "su-kien" : base;
                String id = base;
                for (int n = 2; !ids.add(id); n++) {
                    id = base + "-" + n;
                }
                b.append("    id: ").append(id).append('\n');
            }
            switch (e.kind()) {
                case "deadline" -> b.append("    end: ").append(at(e.end(), e.time())).append('\n');
                default -> {
                    b.append("    start: ").append(at(e.start(), e.time())).append('\n');
                    if (e.endTime() != null) {
                        b.append("    end: ").append(at(e.end() != null ? e.end() : e.start(), e.endTime())).append('\n');
                    } else if (e.end() != null && !e.end().equals(e.start())) {
                        b.append("    end: ").append(e.end()).append('\n');
                    }
                }
            }
            if (e.partOfDay() != null && e.time() == null) {
                b.append("    part_of_day: ").append(e.partOfDay()).append('\n');
            }
            b.append("    kind: ").append(e.kind()).append('\n');
            if (e.weekdayStated() != null && (e.kind().equals("event") || e.kind().equals("deadline"))) {
                if (e.weekdayOk()) {
                    b.append("    weekday: ").append(q(e.weekdayStated())).append('\n');
                } else {
                    b.append("    # chú ý: văn bản ghi ").append(e.weekdayStated()).append(" nhưng ngày này không phải ")
                            .append(e.weekdayStated()).append(": kiểm tra lại ngày hoặc thứ\n");
                }
            }
            if (e.location() != null && !e.location().isBlank()) {
                b.append("    location: ").append(q(e.location())).append('\n');
            }
            if (!e.lead().isEmpty()) {
                b.append("    lead: ").append(flow(e.lead())).append('\n');
            }
            if (!e.partners().isEmpty()) {
                b.append("    partners: ").append(flow(e.partners())).append('\n');
            }
            b.append("    source: ").append(q(e.sourceQuote())).append('\n');
            lines.add(b.toString());
        }
        if (lines.isEmpty()) {
            y.append("events: []\n");
            return;
        }
        y.append("events:\n");
        lines.forEach(y::append);
    }

    /**
     * What the editor should check about an event that is not sure ({@code năm được đoán; đã dời ngày — dời từ ngày
     * 10/5/2024}), one line for a YAML comment; null for a sure event without a note.
     */
    static String check(ImportedEvent e) {
        if ("cao".equals(e.confidence()) && e.note() == null) {
            return null;
        }
        String s = String.join("; ", e.checks());
        if (e.note() != null) {
            s = s.isEmpty() ? e.note() : s + " — " + e.note();
        }
        return s.isEmpty() ? null : s.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ") + " (độ tin cậy: " + e.confidence() + ")";
    }

    private static String at(LocalDate day, LocalTime time) {
        return time == null ? day.toString() : day + "T" + ImportJson.hhmm(time);
    }

    private static final Map<String, String> TAG_WORDS = new LinkedHashMap<>();

    static {
        TAG_WORDS.put("hoi thao", "hội thảo");
        TAG_WORDS.put("toa dam", "tọa đàm");
        TAG_WORDS.put("trien lam", "triển lãm");
        TAG_WORDS.put("cuoc thi", "cuộc thi");
        TAG_WORDS.put("tap huan", "tập huấn");
        TAG_WORDS.put("khoi nghiep", "khởi nghiệp");
        TAG_WORDS.put("chuyen doi so", "chuyển đổi số");
        TAG_WORDS.put("hoi nghi", "hội nghị");
        TAG_WORDS.put("tuyen truyen", "truyền thông");
    }

    /** The campaign's tag and the kinds of activity the plan holds. */
    static List<String> tags(ImportedDocument d, String title) {
        List<String> tags = new ArrayList<>();
        if ("ngay-khcn".equals(d.campaign())) {
            tags.add("ngày khoa học và công nghệ");
        } else if ("ngay-sang-tao".equals(d.campaign())) {
            tags.add("đổi mới sáng tạo");
        }
        StringBuilder all = new StringBuilder(title == null ? "" : title);
        d.events().forEach(e -> all.append(' ').append(e.text()));
        String f = Vietnamese.fold(all.toString()).replace("toạ", "tọa");
        for (var e : TAG_WORDS.entrySet()) {
            if (f.contains(e.getKey()) && !tags.contains(e.getValue())) {
                tags.add(e.getValue());
            }
        }
        return tags;
    }

    private static void block(StringBuilder y, String key, List<String> values) {
        if (values.isEmpty()) {
            y.append(key).append(": []\n");
            return;
        }
        y.append(key).append(":\n");
        for (String v : values) {
            y.append("  - ").append(q(v)).append('\n');
        }
    }

    private static String flow(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add(q(v));
        }
        return "[" + String.join(", ", q) + "]";
    }

    private static String qn(String s) {
        return s == null ? "null" : q(s);
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

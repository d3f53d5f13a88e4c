package vn.loa.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.loa.bench.CorpusGenerator;

/**
 * A small generated portal for the engine's property tests: {@link CorpusGenerator}'s pages and a
 * few written here (bundles with attachments, campaign pages with events, a draft, two posts with
 * the same title and date), and the edits a user makes to such a site. Each edit returns the
 * files it touched, for {@link Engine#changed}.
 */
final class Portal {

    /** What a user does to a site between two builds. */
    enum Edit {
        BODY, TITLE, DATE, TAGS, CAMPAIGN, EVENT_ADD, EVENT_REMOVE, EVENT_MOVE, PAGE_ADD, PAGE_DELETE, PAGE_RENAME,
        BUNDLE_RENAME, DRAFT, ATTACHMENT_ADD, ATTACHMENT_REMOVE, STATIC_FILE, PHOTO, SITE_TITLE, SITE_MENU, SITE_PAGINATION, THEME
    }

    private static final String[] TAGS = {"hội thảo", "khởi nghiệp", "đào tạo", "thẻ mới", "chuyển đổi số", "Đào tạo"};
    private static final String[] DATES = {"2024-05-17", "2024-05-17T08:00", "2025-05-16", "2023-04-20", "2022-01-10", "2024-04-22"};
    private static final String[] PARTIALS = {"partials/tags.peb", "partials/page-list.peb", "partials/event-list.peb",
            "partials/footer.peb"};
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    final SiteFiles files;
    private int counter;
    /** The files {@link #breakSite} changed, with their text before (null: there was none). */
    private final java.util.Map<String, String> beforeBreak = new java.util.LinkedHashMap<>();

    private Portal(SiteFiles files) {
        this.files = files;
    }

    /** Writes the portal's content into {@code root/content}: about {@code generated} pages and the hand-written ones. */
    static Portal create(Path root, int generated) {
        try {
            CorpusGenerator.generate(root, generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Portal p = new Portal(new SiteFiles(root));
        p.handWritten();
        return p;
    }

    /** A portal whose content is a copy of another's. */
    static Portal copyOf(Portal template, Path root) {
        SiteFiles.copyTree(template.files.root.resolve("content"), root.resolve("content"));
        return new Portal(new SiteFiles(root));
    }

    private void handWritten() {
        files.write("content/ke-hoach/ke-hoach-thu-nghiem-2024/index.md", """
                ---
                title: Tổ chức hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024 (thử nghiệm)
                date: 2024-04-22
                campaign: ngay-khcn
                year: 2024
                tags: [hội thảo, triển lãm]
                issuer: [UBND TỈNH THỬ NGHIỆM, SỞ KHOA HỌC VÀ CÔNG NGHỆ]
                number: 52/KH-SKHCN
                events:
                  - title: Tọa đàm khoa học và doanh nghiệp
                    id: toa-dam-doanh-nghiep
                    start: 2024-05-17T14:00
                    location: Hội trường Sở
                    lead: [Phòng Quản lý Khoa học]
                  - title: Triển lãm sản phẩm khoa học
                    id: trien-lam-san-pham
                    start: 2024-05-15
                    end: 2024-05-19
                    lead: [Trung tâm Thông tin và Ứng dụng khoa học công nghệ]
                  - title: Nộp báo cáo kết quả
                    id: nop-bao-cao
                    end: 2024-05-25
                    lead: [Văn phòng Sở]
                ---

                ## I. MỤC ĐÍCH

                Tổ chức các hoạt động thiết thực, hiệu quả.

                ## II. NỘI DUNG

                Tọa đàm khoa học và doanh nghiệp vào chiều ngày 17/5/2024.
                """);
        files.write("content/ke-hoach/ke-hoach-thu-nghiem-2024/ke-hoach-52.pdf", "%PDF-1.4 kế hoạch 52\n");
        files.write("content/tin-tuc/ngay-hoi-sang-tao-2024/index.md", """
                ---
                title: Ngày hội sáng tạo học đường 2024
                date: 2024-04-20
                campaign: ngay-sang-tao
                tags: [khởi nghiệp]
                events:
                  - title: Ngày hội sáng tạo học đường
                    id: ngay-hoi-hoc-duong
                    start: 2024-04-20T08:00
                    location: Nhà văn hóa tỉnh
                    lead: [Tỉnh đoàn]
                ---

                Ngày hội thu hút nhiều học sinh tham gia.
                """);
        files.write("content/tin-tuc/ngay-hoi-sang-tao-2024/bao-cao.docx", "PK bản báo cáo\n");
        files.write("content/tin-tuc/hop-bao-a.md", """
                ---
                title: Họp báo về Ngày Khoa học và Công nghệ
                date: 2024-05-17
                tags: [truyền thông]
                ---

                Bản tin thứ nhất của cuộc họp báo.
                """);
        files.write("content/tin-tuc/hop-bao-b.md", """
                ---
                title: Họp báo về Ngày Khoa học và Công nghệ
                date: 2024-05-17
                tags: [truyền thông]
                ---

                Bản tin thứ hai của cuộc họp báo.
                """);
        files.write("content/tin-tuc/ban-nhap.md", """
                ---
                title: Bài đang viết dở
                date: 2025-05-10
                draft: true
                tags: [đào tạo]
                ---

                Chưa xong.
                """);
        files.write("content/trang/gioi-thieu.md", """
                ---
                title: Giới thiệu
                ---

                Sở Khoa học và Công nghệ tỉnh Thử Nghiệm.
                """);
    }

    /** Makes one edit; {@code pick} chooses the page, tag, date... it touches. Returns the files it touched. */
    List<Path> apply(Edit edit, int pick) {
        counter++;
        List<Path> touched = new ArrayList<>();
        switch (edit) {
            case BODY -> {
                String f = page(pick);
                files.write(f, files.read(f) + "\nĐoạn bổ sung số " + counter + " về khoa học và công nghệ.\n");
                touched.add(path(f));
            }
            case TITLE -> touched.add(frontMatter(page(pick), "title", "Tiêu đề mới số " + counter + " của bài"));
            case DATE -> touched.add(frontMatter(page(pick), "date", DATES[pick % DATES.length]));
            case TAGS -> touched.add(frontMatter(page(pick), "tags",
                    "[" + TAGS[pick % TAGS.length] + ", " + TAGS[(pick / 7 + 1) % TAGS.length] + "]"));
            case CAMPAIGN -> {
                String f = page(pick);
                String[] campaigns = {"ngay-khcn", "ngay-sang-tao", null};
                frontMatter(f, "campaign", campaigns[pick % 3]);
                touched.add(frontMatter(f, "year", pick % 2 == 0 ? null : String.valueOf(2023 + pick % 3)));
            }
            case EVENT_ADD -> touched.add(addEvent(page(pick), pick));
            case EVENT_REMOVE -> touched.add(removeEvent(pageWithEvents(pick), pick));
            case EVENT_MOVE -> touched.add(moveEvent(pageWithEvents(pick), pick));
            case PAGE_ADD -> touched.add(addPage(pick));
            case PAGE_DELETE -> {
                String f = page(pick);
                files.delete(f);
                touched.add(path(f));
            }
            case PAGE_RENAME -> {
                List<String> single = markdown().stream().filter(f -> !f.endsWith("/index.md")).toList();
                String f = single.get(pick % single.size());
                String to = f.substring(0, f.length() - 3) + "-doi-ten-" + counter + ".md";
                files.move(f, to);
                touched.add(path(f));
                touched.add(path(to));
            }
            case BUNDLE_RENAME -> {
                List<Path> bundles = bundles();
                if (bundles.isEmpty()) {
                    return apply(Edit.PAGE_ADD, pick);
                }
                Path b = bundles.get(pick % bundles.size());
                Path to = b.resolveSibling(b.getFileName() + "-moi-" + counter);
                touched.addAll(filesUnder(b));
                move(b, to);
                touched.addAll(filesUnder(to));
            }
            case DRAFT -> {
                String f = page(pick);
                boolean draft = files.read(f).contains("\ndraft: true\n");
                touched.add(frontMatter(f, "draft", draft ? null : "true"));
            }
            case ATTACHMENT_ADD -> {
                List<Path> bundles = bundles();
                if (bundles.isEmpty()) {
                    return apply(Edit.PAGE_ADD, pick);
                }
                Path b = bundles.get(pick % bundles.size());
                String name = pick % 2 == 0 ? "phu-luc-" + counter + ".pdf" : "bieu-mau-" + counter + ".xlsx";
                String f = files.root.relativize(b.resolve(name)).toString();
                files.write(f, "tệp đính kèm số " + counter + "\n".repeat(1 + pick % 5));
                touched.add(path(f));
            }
            case ATTACHMENT_REMOVE -> {
                List<Path> attachments = bundles().stream().flatMap(b -> filesUnder(b).stream())
                        .filter(p -> !p.getFileName().toString().equals("index.md")).toList();
                if (attachments.isEmpty()) {
                    return apply(Edit.ATTACHMENT_ADD, pick);
                }
                Path a = attachments.get(pick % attachments.size());
                files.delete(files.root.relativize(a).toString());
                touched.add(a);
            }
            case STATIC_FILE -> {
                String f = new String[] {"content/tai-lieu/huong-dan.txt", "content/tai-lieu/bieu-mau.csv", "content/anh/logo.svg"}[pick % 3];
                files.write(f, "tệp tĩnh, bản " + counter + "\n");
                touched.add(path(f));
            }
            case PHOTO -> {
                // Another photo (another size) under the name a generated news post shows.
                String f = "content/anh/tin-1.jpg";
                try {
                    java.nio.file.Path p = files.root.resolve(f);
                    java.nio.file.Files.createDirectories(p.getParent());
                    java.nio.file.Files.write(p, CorpusGenerator.photo(counter));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                touched.add(path(f));
            }
            case SITE_TITLE -> touched.add(frontMatterOfSite("title", "Cổng thông tin thử nghiệm số " + counter));
            case SITE_MENU -> {
                String yaml = files.read("content/site.yaml");
                String item = "  - {title: Mục " + counter + ", url: /the/}\n";
                String last = yaml.lines().filter(l -> l.startsWith("  - {title: Mục ")).reduce((a, b) -> b).orElse(null);
                files.write("content/site.yaml", pick % 2 == 0 || last == null
                        ? yaml.replace("menu:\n", "menu:\n" + item) : yaml.replace(last + "\n", ""));
                touched.add(path("content/site.yaml"));
            }
            case SITE_PAGINATION -> touched.add(frontMatterOfSite("pagination", String.valueOf(new int[] {4, 7, 10}[pick % 3])));
            case THEME -> touched.addAll(theme(pick));
        }
        return touched;
    }

    /**
     * Makes a mistake the next build must refuse: a date that is not one in a page, or a partial of the theme that
     * names a variable no template has. Returns the files it touched; {@link #fix} undoes it.
     */
    List<Path> breakSite(int pick) {
        List<Path> touched = new ArrayList<>();
        if (pick % 2 == 0) {
            String f = page(pick);
            remember(f);
            touched.add(frontMatter(f, "date", "ngày mai"));
        } else {
            for (String f : List.of("content/site.yaml", "themes/rieng/theme.yaml", "themes/rieng/templates/partials/tags.peb")) {
                remember(f);
            }
            touched.addAll(ownTheme());
            files.write("themes/rieng/templates/partials/tags.peb", "<p>{{ bien_khong_co }}</p>\n");
            touched.add(path("themes/rieng/templates/partials/tags.peb"));
        }
        return touched;
    }

    /** Makes the site use the theme {@code rieng}, which extends the default one, unless it does already. */
    private List<Path> ownTheme() {
        List<Path> touched = new ArrayList<>();
        if (!Files.exists(path("themes/rieng/theme.yaml"))) {
            files.write("themes/rieng/theme.yaml", "extends: default\n");
            touched.add(path("themes/rieng/theme.yaml"));
        }
        if (!("\n" + files.read("content/site.yaml")).contains("\ntheme: rieng\n")) {
            touched.add(frontMatterOfSite("theme", "rieng"));
        }
        return touched;
    }

    /** Undoes {@link #breakSite}; returns the files it touched. */
    List<Path> fix() {
        List<Path> touched = new ArrayList<>();
        beforeBreak.forEach((f, text) -> {
            if (text == null) {
                files.delete(f);
            } else {
                files.write(f, text);
            }
            touched.add(path(f));
        });
        beforeBreak.clear();
        return touched;
    }

    private void remember(String f) {
        beforeBreak.put(f, Files.exists(path(f)) ? files.read(f) : null);
    }

    /** The theme {@code rieng} (extending the default one) overrides a partial, edits one, or gives one up. */
    private List<Path> theme(int pick) {
        List<Path> touched = new ArrayList<>();
        touched.addAll(ownTheme());
        String partial = PARTIALS[pick % PARTIALS.length];
        String file = "themes/rieng/templates/" + partial;
        boolean exists = Files.exists(files.root.resolve(file));
        if (exists && pick % 5 == 4) {
            files.delete(file);
        } else {
            String text = exists ? files.read(file) : read(Path.of("themes/default/templates").resolve(partial));
            files.write(file, text + (pick % 3 == 0 ? "{# sửa lần " + counter + " #}\n" : "<!-- bản " + counter + " -->\n"));
        }
        touched.add(path(file));
        return touched;
    }

    private String page(int pick) {
        List<String> pages = markdown();
        return pages.get(pick % pages.size());
    }

    private String pageWithEvents(int pick) {
        List<String> with = markdown().stream().filter(f -> files.read(f).contains("\nevents:\n")).toList();
        if (with.isEmpty()) {
            String f = page(pick);
            addEvent(f, pick);
            return f;
        }
        return with.get(pick % with.size());
    }

    List<String> markdown() {
        return files.markdown();
    }

    private List<Path> bundles() {
        return markdown().stream().filter(f -> f.endsWith("/index.md")).map(f -> files.root.resolve(f).getParent()).toList();
    }

    private Path addPage(int pick) {
        boolean plan = pick % 3 == 0;
        String f = (plan ? "content/ke-hoach/ke-hoach-them-" : "content/tin-tuc/tin-them-") + counter + ".md";
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(plan ? "Kế hoạch bổ sung số " : "Tin bổ sung số ").append(counter).append('\n');
        sb.append("date: ").append(DATES[pick % DATES.length]).append('\n');
        sb.append("tags: [").append(TAGS[pick % TAGS.length]).append("]\n");
        if (pick % 2 == 0) {
            sb.append("campaign: ").append(pick % 4 == 0 ? "ngay-khcn" : "ngay-sang-tao").append('\n');
        }
        sb.append("---\n\nNội dung bổ sung số ").append(counter).append(".\n");
        files.write(f, sb.toString());
        if (pick % 5 == 1) {
            addEvent(f, pick);
        }
        return path(f);
    }

    private Path addEvent(String f, int pick) {
        String text = files.read(f);
        String day = LocalDate.of(2024, 5, 15).plusDays(pick % 7).toString();
        String event = "  - title: Hoạt động bổ sung số " + counter + "\n"
                + "    start: " + day + (pick % 2 == 0 ? "T09:00" : "") + "\n"
                + "    lead: [" + (pick % 3 == 0 ? "Văn phòng Sở" : "Phòng Quản lý Khoa học") + "]\n";
        int end = endOfFrontMatter(text);
        int events = text.indexOf("\nevents:\n");
        String out;
        if (events >= 0 && events < end) {
            int at = events + "\nevents:\n".length();
            out = text.substring(0, at) + event + text.substring(at);
        } else {
            out = text.substring(0, end + 1) + "events:\n" + event + text.substring(end + 1);
        }
        files.write(f, out);
        return path(f);
    }

    private Path removeEvent(String f, int pick) {
        List<String> lines = new ArrayList<>(files.read(f).lines().toList());
        List<int[]> items = eventItems(lines);
        int[] item = items.get(pick % items.size());
        lines.subList(item[0], item[1]).clear();
        if (items.size() == 1) {
            lines.remove(item[0] - 1); // the events: line
        }
        files.write(f, String.join("\n", lines) + "\n");
        return path(f);
    }

    private Path moveEvent(String f, int pick) {
        List<String> lines = new ArrayList<>(files.read(f).lines().toList());
        List<int[]> items = eventItems(lines);
        int[] item = items.get(pick % items.size());
        int days = pick % 2 == 0 ? 1 + pick % 3 : -(1 + pick % 3);
        for (int i = item[0]; i < item[1]; i++) {
            String l = lines.get(i);
            if (l.startsWith("    start:") || l.startsWith("    end:")) {
                Matcher m = DAY.matcher(l);
                if (m.find()) {
                    lines.set(i, l.substring(0, m.start()) + LocalDate.parse(m.group(1)).plusDays(days) + l.substring(m.end()));
                }
            }
        }
        files.write(f, String.join("\n", lines) + "\n");
        return path(f);
    }

    /** The events of a page's front matter, each as [first line, line after its last). */
    private static List<int[]> eventItems(List<String> lines) {
        List<int[]> out = new ArrayList<>();
        int i = lines.indexOf("events:");
        if (i < 0) {
            throw new AssertionError("no events");
        }
        int start = -1;
        for (i = i + 1; i < lines.size() && lines.get(i).startsWith(" "); i++) {
            if (lines.get(i).startsWith("  - ")) {
                if (start >= 0) {
                    out.add(new int[] {start, i});
                }
                start = i;
            }
        }
        out.add(new int[] {start, i});
        return out;
    }

    /** Sets (or, with null, removes) a top-level key of a page's front matter. */
    private Path frontMatter(String f, String key, String value) {
        String text = files.read(f);
        int end = endOfFrontMatter(text);
        String head = text.substring(0, end + 1);
        String tail = text.substring(end + 1);
        Pattern line = Pattern.compile("(?m)^" + key + ":.*\\n");
        Matcher m = line.matcher(head);
        if (m.find()) {
            head = head.substring(0, m.start()) + (value == null ? "" : key + ": " + value + "\n") + head.substring(m.end());
        } else if (value != null) {
            head = head + key + ": " + value + "\n";
        }
        files.write(f, head + tail);
        return path(f);
    }

    private Path frontMatterOfSite(String key, String value) {
        String f = "content/site.yaml";
        String text = files.read(f);
        Matcher m = Pattern.compile("(?m)^" + key + ":.*\\n").matcher(text);
        files.write(f, m.find() ? text.substring(0, m.start()) + key + ": " + value + "\n" + text.substring(m.end())
                : key + ": " + value + "\n" + text);
        return path(f);
    }

    /** The index of the newline before the closing {@code ---} of the front matter. */
    private static int endOfFrontMatter(String text) {
        int end = text.indexOf("\n---\n", 4);
        if (!text.startsWith("---\n") || end < 0) {
            throw new AssertionError("no front matter");
        }
        return end;
    }

    private Path path(String f) {
        return files.root.resolve(f);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.loa.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import vn.loa.check.ContentModel;
import vn.loa.check.ContentModel.Field;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.load.Section;
import vn.loa.load.SiteConfig;

/**
 * The configuration of the editor (Decap CMS's {@code config.yml}), generated from Loa's own
 * content model ({@link ContentModel}) and the site's settings, never written by hand: one
 * collection per section, stored as page bundles ({@code <slug>/index.md} with its files), a
 * field for every key of front matter with Vietnamese words ({@link FieldWords}), the campaigns
 * of {@code site.yaml} as choices, and the backend: {@code loa serve}'s own local API, or the Git
 * host named in {@code site.yaml}'s {@code editor:} ({@link EditorSettings}).
 */
public final class EditorConfig {

    /** Where shared pictures go (pictures of a page go in its bundle). */
    static final String MEDIA_FOLDER = "content/anh";
    /** The versions of a date Loa reads: with a clock time, and a day alone. */
    private static final String DATE_TIME = "YYYY-MM-DDTHH:mm";
    private static final String DATE = "YYYY-MM-DD";

    private EditorConfig() {
    }

    /**
     * The configuration for {@code loa serve}: the local API at {@code apiUrl} (root-relative,
     * with the run's token), the site as served at {@code siteUrl}.
     */
    public static String local(SiteConfig site, String apiUrl, String siteUrl) {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "proxy");
        backend.put("proxy_url", apiUrl);
        backend.put("branch", "main");
        return yaml(site, backend, siteUrl, false);
    }

    /** The configuration for the published site's {@code /admin/}: the Git host of {@code site.yaml}. */
    public static String hosted(SiteConfig site, EditorSettings settings) {
        return yaml(site, settings.backendBlock(), site.baseUrl(), settings.workflow());
    }

    private static String yaml(SiteConfig site, Map<String, Object> backend, String siteUrl, boolean workflow) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("locale", "vi");
        c.put("backend", backend);
        if (workflow) {
            c.put("publish_mode", "editorial_workflow");
        }
        if (siteUrl != null) {
            c.put("site_url", siteUrl);
            c.put("display_url", siteUrl);
        }
        c.put("media_folder", MEDIA_FOLDER);
        c.put("public_folder", "/anh");
        Map<String, Object> slug = new LinkedHashMap<>();
        slug.put("encoding", "ascii");
        slug.put("clean_accents", true);
        slug.put("sanitize_replacement", "-");
        c.put("slug", slug);
        List<Object> collections = new ArrayList<>();
        for (Section s : Section.values()) {
            collections.add(collection(s, site));
        }
        c.put("collections", collections);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(200).build();
        return "# Tạo bởi Loa từ mô hình nội dung và site.yaml; đừng sửa tay, Loa viết lại mỗi lần chạy.\n"
                + new Dump(settings).dumpToString(c);
    }

    private static Map<String, Object> collection(Section s, SiteConfig site) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", s.folder());
        c.put("label", s.label());
        c.put("label_singular", switch (s) {
            case PLANS -> "Kế hoạch";
            case NEWS -> "Tin";
            case PAGES -> "Trang";
        });
        c.put("folder", "content/" + s.folder());
        c.put("path", "{{slug}}/index");
        c.put("media_folder", "");
        c.put("public_folder", "");
        c.put("create", true);
        c.put("extension", "md");
        c.put("format", "frontmatter");
        c.put("identifier_field", "title");
        c.put("summary", s.isListed() ? "{{title}} – {{date | date('DD/MM/YYYY')}}" : "{{title}}");
        c.put("sortable_fields", s.isListed() ? List.of("date", "title") : List.of("title"));
        c.put("preview_path", (s == Section.PAGES ? "" : s.folder() + "/") + "{{slug}}/");
        List<Object> fields = new ArrayList<>();
        for (Field f : ContentModel.frontMatter()) {
            if (f.planOnly() && s != Section.PLANS || !s.isListed() && List.of("campaign", "year", "focus_week", "events").contains(f.name())) {
                continue;
            }
            Map<String, Object> field = field(f, "", s, site);
            if (field != null) {
                fields.add(field);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", "Nội dung");
        body.put("name", "body");
        body.put("widget", "markdown");
        body.put("hint", "Đề mục, danh sách và bảng như trong văn bản; ảnh chèn ở đây được lưu cạnh bài.");
        fields.add(body);
        c.put("fields", fields);
        return c;
    }

    /** One field, or null for a key the editor does not offer. */
    private static Map<String, Object> field(Field f, String prefix, Section s, SiteConfig site) {
        String key = prefix + f.name();
        FieldWords.Words words = FieldWords.of(key);
        if (words == null) {
            throw new IllegalStateException("no words for the editor's field '" + key + "'");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", key.equals("date") && s == Section.PLANS ? "Ngày ban hành" : key.equals("date") ? "Ngày đăng" : words.label());
        m.put("name", f.name());
        switch (f.kind()) {
            case TEXT -> text(key, m, site);
            case DATE -> {
                m.put("widget", "datetime");
                boolean day = key.startsWith("focus_week.");
                m.put("format", day ? DATE : DATE_TIME);
                m.put("date_format", "DD/MM/YYYY");
                m.put("time_format", day ? Boolean.FALSE : "HH:mm");
            }
            case LIST -> m.put("widget", "list");
            case NUMBER -> {
                m.put("widget", "number");
                m.put("value_type", "int");
                m.put("min", 2000);
                m.put("max", 2100);
            }
            case YES_NO -> {
                m.put("widget", "boolean");
                m.put("default", false);
            }
            case GROUP, GROUP_LIST -> {
                m.put("widget", f.kind() == ContentModel.Kind.GROUP ? "object" : "list");
                m.put("collapsed", true);
                if (f.kind() == ContentModel.Kind.GROUP_LIST) {
                    m.put("summary", "{{fields.title}}");
                }
                List<Object> nested = new ArrayList<>();
                for (Field n : f.fields()) {
                    nested.add(field(n, key + ".", s, site));
                }
                m.put("fields", nested);
            }
            case GROUP_BY_NAME -> {
                return null;
            }
        }
        boolean required = key.equals("title") || key.equals("events.title") || key.equals("date") && s.isListed();
        m.put("required", required);
        if (words.hint() != null) {
            m.put("hint", words.hint());
        }
        return m;
    }

    private static void text(String key, Map<String, Object> m, SiteConfig site) {
        switch (key) {
            case "summary", "events.description", "events.source" -> m.put("widget", "text");
            case "image" -> m.put("widget", "image");
            case "campaign" -> {
                m.put("widget", "select");
                List<Object> options = new ArrayList<>();
                site.campaigns().values().stream().sorted(java.util.Comparator.comparing(Campaign::id)).forEach(c -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("label", c.name());
                    o.put("value", c.id());
                    options.add(o);
                });
                m.put("options", options);
            }
            case "events.part_of_day" -> {
                m.put("widget", "select");
                m.put("options", List.of("sáng", "trưa", "chiều", "tối"));
            }
            case "events.kind" -> {
                m.put("widget", "select");
                List<Object> options = new ArrayList<>();
                for (EventKind k : EventKind.values()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("label", k.label());
                    o.put("value", k.id());
                    options.add(o);
                }
                m.put("options", options);
            }
            default -> m.put("widget", "string");
        }
    }
}

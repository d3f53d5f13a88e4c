package vn.loa.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.loa.LoaException;
import vn.loa.check.ContentModel;
import vn.loa.check.ContentModel.Field;
import vn.loa.load.SiteConfig;

/** The editor's configuration is the content model's: every key a field, with Vietnamese words, per section. */
class EditorConfigTest {

    static final SiteConfig SITE = SiteConfig.defaults();

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> collection(Map<String, Object> config, String name) {
        return ((List<Map<String, Object>>) config.get("collections")).stream().filter(c -> c.get("name").equals(name)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> fields(Map<String, Object> holder) {
        return ((List<Map<String, Object>>) holder.get("fields")).stream()
                .collect(Collectors.toMap(f -> (String) f.get("name"), f -> f, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void everyKeyOfTheContentModelHasVietnameseWords() {
        List<String> missing = new ArrayList<>();
        for (Field f : ContentModel.frontMatter()) {
            if (FieldWords.of(f.name()) == null) {
                missing.add(f.name());
            }
            for (Field n : f.fields()) {
                if (FieldWords.of(f.name() + "." + n.name()) == null) {
                    missing.add(f.name() + "." + n.name());
                }
            }
        }
        assertEquals(List.of(), missing, "keys of front matter without a label in FieldWords");
    }

    @Test
    void aPlanHasAFieldForEveryKeyOfFrontMatterAndItsEvents() {
        Map<String, Object> plans = collection(parse(EditorConfig.local(SITE, "/api/v1?t=x", "http://127.0.0.1:1318/")), "ke-hoach");
        Map<String, Map<String, Object>> fields = fields(plans);
        for (Field f : ContentModel.frontMatter()) {
            Map<String, Object> field = fields.get(f.name());
            assertNotNull(field, "no field for " + f.name());
            if (!f.fields().isEmpty()) {
                assertEquals(f.fields().stream().map(Field::name).toList(), List.copyOf(fields(field).keySet()), f.name());
            }
        }
        assertEquals("markdown", fields.get("body").get("widget"));
        assertEquals("Ngày ban hành", fields.get("date").get("label"));
        assertEquals(true, fields.get("title").get("required"));
        assertEquals(true, fields.get("date").get("required"));
        assertEquals("Số, ký hiệu", fields.get("number").get("label"));
        assertEquals("list", fields.get("recipients").get("widget"));
        Map<String, Map<String, Object>> event = fields(fields.get("events"));
        assertEquals("datetime", event.get("start").get("widget"));
        assertEquals("YYYY-MM-DDTHH:mm", event.get("start").get("format"));
        assertEquals(List.of("sáng", "trưa", "chiều", "tối"), event.get("part_of_day").get("options"));
        assertEquals(true, event.get("title").get("required"));
        // Page bundles, slugs folded from the title.
        assertEquals("content/ke-hoach", plans.get("folder"));
        assertEquals("{{slug}}/index", plans.get("path"));
        assertEquals("", plans.get("media_folder"));
    }

    @Test
    void newsAndPagesLeaveOutTheKeysOnlyPlansRead() {
        Map<String, Object> config = parse(EditorConfig.local(SITE, "/api/v1?t=x", "http://127.0.0.1:1318/"));
        Map<String, Map<String, Object>> news = fields(collection(config, "tin-tuc"));
        Map<String, Map<String, Object>> pages = fields(collection(config, "trang"));
        for (Field f : ContentModel.frontMatter()) {
            assertEquals(!f.planOnly(), news.containsKey(f.name()), f.name());
            if (f.planOnly()) {
                assertFalse(pages.containsKey(f.name()), f.name());
            }
        }
        assertEquals("Ngày đăng", news.get("date").get("label"));
        assertEquals(false, pages.get("date").get("required"), "standalone pages need no date");
        assertFalse(pages.containsKey("events"));
        assertEquals("ascii", ((Map<?, ?>) config.get("slug")).get("encoding"));
        assertEquals(true, ((Map<?, ?>) config.get("slug")).get("clean_accents"));
        assertEquals("vi", config.get("locale"));
    }

    @Test
    void campaignsOfSiteYamlAreTheChoices() {
        Map<String, Map<String, Object>> news = fields(collection(parse(EditorConfig.local(SITE, "/a", "http://x/")), "tin-tuc"));
        List<?> options = (List<?>) news.get("campaign").get("options");
        List<Object> values = options.stream().map(o -> ((Map<?, ?>) o).get("value")).collect(Collectors.toList());
        assertEquals(SITE.campaigns().keySet().stream().sorted().toList(), values);
    }

    @Test
    void serveUsesItsOwnLocalApiWithTheRunsToken() {
        Map<String, Object> config = parse(EditorConfig.local(SITE, "/api/v1?t=abc", "http://127.0.0.1:1318/"));
        Map<?, ?> backend = (Map<?, ?>) config.get("backend");
        assertEquals("proxy", backend.get("name"));
        assertEquals("/api/v1?t=abc", backend.get("proxy_url"));
        assertEquals("http://127.0.0.1:1318/", config.get("site_url"));
        assertEquals("tin-tuc/{{slug}}/", collection(config, "tin-tuc").get("preview_path"));
    }

    @Test
    void aHostedEditorSavesThroughTheGitHostOfSiteYaml() {
        EditorSettings s = new EditorSettings("gitea", "so-khcn/cong", "main", null, "https://git.example.gov.vn/api/v1", true);
        Map<String, Object> config = parse(EditorConfig.hosted(SITE, s));
        Map<?, ?> backend = (Map<?, ?>) config.get("backend");
        assertEquals("gitea", backend.get("name"));
        assertEquals("so-khcn/cong", backend.get("repo"));
        assertEquals("https://git.example.gov.vn/api/v1", backend.get("api_root"));
        assertEquals("editorial_workflow", config.get("publish_mode"));
    }

    @Test
    void settingsAreReadFromSiteYamlAndCheckedThere() {
        assertTrue(EditorSettings.of(SITE).isEmpty());
        SiteConfig withEditor = withParams(Map.of("editor", Map.of("backend", "github", "repo", "so-khcn/cong-thong-tin")));
        EditorSettings s = EditorSettings.of(withEditor).orElseThrow();
        assertEquals("main", s.branch());
        assertFalse(s.workflow());
        LoaException e = assertThrows(LoaException.class,
                () -> EditorSettings.of(withParams(Map.of("editor", Map.of("backend", "bitbucket", "repo", "a/b")))));
        assertTrue(e.getMessage().contains("github, gitlab, gitea"), e.getMessage());
        assertThrows(LoaException.class, () -> EditorSettings.of(withParams(Map.of("editor", Map.of("backend", "github", "repo", "../x")))));
    }

    static SiteConfig withParams(Map<String, Object> params) {
        SiteConfig d = SITE;
        return new SiteConfig(d.title(), d.description(), d.language(), d.baseUrl(), d.theme(), d.timeZone(), d.pageSize(), d.allowHtml(),
                d.organisation(), d.pressContact(), d.menu(), d.campaigns(), params, d.display(), d.serving());
    }
}

package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.cli.TinySite.assertMessage;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Message;
import vn.loa.cli.TinySite.Run;

/** 7. Missing and broken themes and templates: exit 1, the template and its line named, no damage. */
class ThemeErrorsTest {

    static final String PLAN = """
            ---
            title: Kế hoạch tổ chức Ngày Khoa học và Công nghệ
            date: 2024-04-22
            ---

            ## I. MỤC ĐÍCH, YÊU CẦU
            """;

    @TempDir
    Path dir;

    private TinySite siteWithTheme() {
        TinySite site = new TinySite(dir);
        site.write("content/ke-hoach/ke-hoach-2024.md", PLAN);
        site.write("themes/mine/theme.yaml", "extends: default\n");
        site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}
                <h1 class="mine">{{ page.title }}</h1>
                {% endblock %}
                """);
        site.write("content/site.yaml", TinySite.SITE_YAML + "theme: mine\n");
        return site;
    }

    @Test
    void siteThemeExtendingTheDefaultBuilds() {
        TinySite site = siteWithTheme();
        site.buildGood();
        assertTrue(site.read("ke-hoach/ke-hoach-2024/index.html").contains("<h1 class=\"mine\">"));
    }

    @Test
    void missingThemeIsReportedAtItsLineInSiteYaml() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", TinySite.SITE_YAML + "description: x\ntheme: missing\n"));
        Message m = assertMessage(r, "content/site.yaml", 3, "'missing'", "themes/missing/");
        assertTrue(m.fix().contains("theme: default"), m::toString);
    }

    @Test
    void extendingAMissingThemeIsReportedInThemeYaml() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/theme.yaml", "name: mine\nextends: khong-co\n"));
        assertMessage(r, "themes/mine/theme.yaml", 2, "'khong-co'");
    }

    @Test
    void malformedThemeYamlIsReportedAtItsLine() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/theme.yaml", "name: mine\nextends: [default\n"));
        assertMessage(r, "themes/mine/theme.yaml", 2, "'['");
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void themesExtendingEachOther() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site
                .write("themes/mine/theme.yaml", "extends: yours\n")
                .write("themes/yours/theme.yaml", "extends: mine\n"));
        assertMessage(r, "themes/yours/theme.yaml", 1, "vòng tròn");
    }

    @Test
    void templateSyntaxErrorNamesTheTemplateAndLine() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}
                <h1>{{ page.title }</h1>
                {% endblock %}
                """));
        Message m = assertMessage(r, "themes/mine/templates/plan.peb", 3);
        assertTrue(m.fix().contains("mẫu"), m::toString);
    }

    @Test
    void aBrokenTemplateIsReportedBeforeAPageThatCannotBeRendered() {
        // The theme compiles while the pages are rendered: its error is still the one given, as when it compiled first.
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site
                .write("content/ke-hoach/sau.md", PLAN.replace("2024-04-22", "2024-05-02") + ">".repeat(3000) + " Trích dẫn.\n")
                .write("themes/mine/templates/plan.peb", "{% extends \"base.peb\" %}\n{% block content %}{{ page.title }</h1>{% endblock %}\n"));
        assertMessage(r, "themes/mine/templates/plan.peb", 2);
        assertEquals(java.util.List.of("themes/mine/templates/plan.peb"), r.messages().stream().map(Message::file).distinct().toList(), r::toString);
        // Mended, the page's own error comes next.
        site.write("themes/mine/templates/plan.peb", "{% extends \"base.peb\" %}\n");
        assertMessage(site.build(), "content/ke-hoach/sau.md", 7, "lồng nhau quá sâu");
    }

    @Test
    void unknownFilterNamesTheTemplateAndLine() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}

                <h1>{{ page.title | khong_co }}</h1>
                {% endblock %}
                """));
        assertMessage(r, "themes/mine/templates/plan.peb", 4, "khong_co");
    }

    @Test
    void errorWhileRenderingLeavesNothingBehind() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}
                <h1>{{ page.title }}</h1>
                <p>{{ 1 / 0 }}</p>
                {% endblock %}
                """));
        assertMessage(r, "themes/mine/templates/plan.peb", 4);
    }

    @Test
    void errorWhileRenderingManyPagesLeavesNoTemporaryFolder() {
        // Rendering is parallel: the failure of one page must not leave others writing into the
        // temporary folder after it is deleted.
        TinySite site = siteWithTheme();
        for (int i = 0; i < 200; i++) {
            site.write("content/tin-tuc/tin-" + i + ".md", "---\ntitle: Tin " + i + "\ndate: 2024-05-17\n---\nNội dung " + i + ".\n");
        }
        for (int run = 0; run < 3; run++) {
            String failing = "Tin " + (50 + 50 * run);
            Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/news.peb", """
                    {% extends "base.peb" %}
                    {% block content %}{{ page.title }}
                    {% if page.title == "FAILING" %}{{ 1 / 0 }}{% endif %}{% endblock %}
                    """.replace("FAILING", failing)));
            assertMessage(r, "themes/mine/templates/news.peb", 3);
            site.delete("themes/mine/templates/news.peb");
        }
    }

    @Test
    void missingIncludeFailsWithoutDamage() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}
                {% include "partials/khong-co.peb" %}
                {% endblock %}
                """));
        assertEquals(1, r.messages().size(), r::toString);
        assertTrue(r.messages().get(0).file().startsWith("themes/mine/templates/"), r::toString);
    }

    @Test
    void missingIncludeNamesTheMissingTemplate() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}
                {% include "partials/khong-co.peb" %}
                {% endblock %}
                """));
        assertMessage(r, "themes/mine/templates/plan.peb", 3, "partials/khong-co.peb");
    }

    @Test
    void templateErrorsAreInVietnamese() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}{{ page.title | khong_co }}{% endblock %}
                """));
        assertFalse(r.err().contains("does not exist"), r::toString);
    }

    @Test
    void aThemeWithoutExtendsStandsOnTheDefault() {
        TinySite site = siteWithTheme();
        site.write("themes/mine/theme.yaml", "name: mine\n");
        assertEquals(0, site.build().exit());
    }
}

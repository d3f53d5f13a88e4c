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

/**
 * Templates that would never finish: calling themselves, looping two billion times, writing
 * without end. Each ends in one message naming the theme file and line, exit 1, no damage and
 * no Java error on the terminal.
 */
class ThemeLimitsTest {

    @TempDir
    Path dir;

    private TinySite siteWithTheme() {
        TinySite site = new TinySite(dir);
        site.write("content/ke-hoach/ke-hoach-2024.md", ThemeErrorsTest.PLAN);
        site.write("themes/mine/theme.yaml", "extends: default\n");
        site.write("content/site.yaml", TinySite.SITE_YAML + "theme: mine\n");
        return site;
    }

    /** The plan's template with {@code body} in its content block, from line 3 on. */
    private static String plan(String body) {
        return "{% extends \"base.peb\" %}\n{% block content %}\n" + body + "\n{% endblock %}\n";
    }

    private static Run noJavaError(Run r) {
        for (String s : new String[] {"Exception", "Error", "\tat ", "at io.pebbletemplates"}) {
            assertFalse(r.err().contains(s), () -> "no Java error or stack trace reaches the user: " + r);
        }
        return r;
    }

    @Test
    void aTemplateIncludingItselfIsNamedWithItsLine() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site
                .write("themes/mine/templates/partials/a.peb", "<p>\n{% include \"partials/a.peb\" %}</p>\n")
                .write("themes/mine/templates/plan.peb", plan("{% include \"partials/a.peb\" %}"))));
        Message m = assertMessage(r, "themes/mine/templates/partials/a.peb", 2, "chính nó", "{% include %} ở partials/a.peb:2 → partials/a.peb:2 → …");
        assertTrue(m.fix().contains("{% if %}"), m::toString);
        assertEquals(1, r.messages().size(), r::toString);
    }

    @Test
    void twoTemplatesIncludingEachOther() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site
                .write("themes/mine/templates/partials/a.peb", "{% include \"partials/b.peb\" %}\n")
                .write("themes/mine/templates/partials/b.peb", "b\n{% include \"partials/a.peb\" %}\n")
                .write("themes/mine/templates/plan.peb", plan("{% include \"partials/a.peb\" %}"))));
        Message m = r.messages().get(0);
        assertTrue(m.file().startsWith("themes/mine/templates/partials/"), r::toString);
        assertTrue(m.problem().contains("partials/a.peb:1 → partials/b.peb:2 → partials/a.peb:1 → …")
                || m.problem().contains("partials/b.peb:2 → partials/a.peb:1 → partials/b.peb:2 → …"), r::toString);
    }

    @Test
    void aTemplateExtendingItself() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "plan.peb" %}
                {% block content %}x{% endblock %}
                """)));
        assertMessage(r, "themes/mine/templates/plan.peb", 1, "kế thừa chính nó", "plan.peb → plan.peb");
    }

    @Test
    void templatesExtendingEachOther() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site
                .write("themes/mine/templates/plan.peb", "{% extends \"khung.peb\" %}\n")
                .write("themes/mine/templates/khung.peb", "\n{% extends \"plan.peb\" %}\n")));
        assertMessage(r, "themes/mine/templates/khung.peb", 2, "plan.peb → khung.peb → plan.peb");
    }

    @Test
    void aMacroCallingItself() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", plan("""
                {% macro lap(n) %}
                {{ lap(n + 1) }}
                {% endmacro %}
                {{ lap(1) }}"""))));
        assertMessage(r, "themes/mine/templates/plan.peb", 3, "macro 'lap'", "chính nó");
    }

    @Test
    void aBlockPrintingItself() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}{{ block("content") }}{% endblock %}
                """)));
        assertMessage(r, "themes/mine/templates/plan.peb", 2, "khối 'content'");
    }

    @Test
    void recursionThatStopsIsAllowed() {
        TinySite site = siteWithTheme();
        site.write("themes/mine/templates/partials/cay.peb", """
                <li>{{ n }}{% if n < 8 %}<ul>{% include "partials/cay.peb" with {"n": n + 1} %}</ul>{% endif %}</li>
                """);
        site.write("themes/mine/templates/plan.peb", plan("<ul class=\"cay\">{% include \"partials/cay.peb\" with {\"n\": 1} %}</ul>"));
        site.buildGood();
        assertTrue(site.read("ke-hoach/ke-hoach-2024/index.html").contains("<li>8</li>"));
    }

    @Test
    void aLoopOfTwoBillionTurnsStopsAtOnce() {
        TinySite site = siteWithTheme();
        long start = System.nanoTime();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb",
                plan("{% for i in range(0, 2000000000) %}{{ i }}{% endfor %}"))));
        Message m = assertMessage(r, "themes/mine/templates/plan.peb", 3, "range(0, 2000000000)", "1.000.000");
        assertTrue(m.problem().contains("/ke-hoach/ke-hoach-2024/"), "the page being made is named: " + m);
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "no waiting for the loop");
    }

    @Test
    void theRangeOperatorIsBoundedToo() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb",
                plan("\n{% for i in 1..2000000000 %}{% endfor %}"))));
        assertMessage(r, "themes/mine/templates/plan.peb", 4, "range(1, 2000000000)");
    }

    @Test
    void smallRangesWorkAsInPebble() {
        TinySite site = siteWithTheme();
        site.write("themes/mine/templates/plan.peb", plan("""
                <p id="a">{% for i in range(1, 3) %}{{ i }}{% endfor %}</p>
                <p id="b">{% for i in range(5, 1, -2) %}{{ i }}{% endfor %}</p>
                <p id="c">{% for c in range('a', 'd') %}{{ c }}{% endfor %}</p>
                <p id="d">{% for i in 0..3 %}{{ loop.index }}/{{ loop.length }}{% if loop.last %}.{% endif %} {% endfor %}</p>
                <p id="e">{{ range(1, 4) | join(',') }}|{{ range(3, 1) | length }}</p>"""));
        site.buildGood();
        String html = site.read("ke-hoach/ke-hoach-2024/index.html");
        assertTrue(html.contains("<p id=\"a\">123</p>"), html);
        assertTrue(html.contains("<p id=\"b\">531</p>"), html);
        assertTrue(html.contains("<p id=\"c\">abcd</p>"), html);
        assertTrue(html.contains("<p id=\"d\">0/4 1/4 2/4 3/4. </p>"), html);
        assertTrue(html.contains("<p id=\"e\">1,2,3,4|0</p>"), html);
    }

    @Test
    void anEnormousOutputStopsAtFiftyMegabytes() {
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", plan("""
                {% for i in range(1, 1000000) %}
                {% for j in range(1, 1000000) %}Hội nghị tổng kết công tác năm, triển khai nhiệm vụ năm mới.{% endfor %}
                {% endfor %}"""))));
        assertMessage(r, "themes/mine/templates/plan.peb", 4, "50 MB");
    }

    @Test
    void anEnormousMacroStopsToo() {
        // A macro writes into a buffer of its own before anything is printed: Pebble's limit counts it.
        TinySite site = siteWithTheme();
        Run r = noJavaError(site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", plan("""
                {% macro lon() %}{% for i in range(1, 1000000) %}{% for j in range(1, 1000000) %}Hội nghị tổng kết.{% endfor %}{% endfor %}{% endmacro %}
                {{ lon() | length }}"""))));
        assertMessage(r, "themes/mine/templates/plan.peb", 3, "50 MB");
    }
}

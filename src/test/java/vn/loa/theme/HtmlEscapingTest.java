package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** Templates escape what they print exactly as Pebble's own escaping does, and leave text without markup characters as it is. */
class HtmlEscapingTest {

    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void textWithoutMarkupCharactersIsReturnedItself() {
        String title = "Hội thảo “Nông nghiệp thông minh” – Sở Khoa học và Công nghệ";
        assertSame(title, escaping.escape(title));
        assertSame("", escaping.escape(""));
    }

    @Test
    void eachMarkupCharacterIsEscapedAsPebbleDoes() {
        assertEquals("Sở KH&amp;CN &lt;b&gt; &quot;x&quot; &#39;y&#39;", escaping.escape("Sở KH&CN <b> \"x\" 'y'"));
    }

    @Test
    void anyTextIsEscapedAsUnbescapeEscapesIt() {
        String alphabet = "aĐđệ&<>\"'  \n“”–…\u0301\uD83D\uDE00";
        for (String s : vn.loa.text.RandomTexts.of(alphabet, 12, 5_000, 12)) {
            assertEquals(HtmlEscape.escapeHtml4Xml(s), escaping.escape(s), s);
        }
    }

    @Test
    void autoescapingUsesTheStrategyRegisteredUnderItsName() throws java.io.IOException {
        java.util.List<String> asked = new java.util.ArrayList<>();
        io.pebbletemplates.pebble.PebbleEngine engine = new io.pebbletemplates.pebble.PebbleEngine.Builder()
                .loader(new io.pebbletemplates.pebble.loader.StringLoader()).autoEscaping(true)
                .addEscapingStrategy(HtmlEscaping.NAME, text -> {
                    asked.add(text);
                    return escaping.escape(text);
                }).build();
        java.io.StringWriter out = new java.io.StringWriter();
        engine.getTemplate("<p>{{ a }}</p>").evaluate(out, java.util.Map.of("a", "KH&CN"));
        assertEquals("<p>KH&amp;CN</p>", out.toString());
        assertEquals(java.util.List.of("KH&CN"), asked);
    }
}

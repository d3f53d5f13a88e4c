package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.LoaException;

/**
 * Two front matters the fuzzer found that SnakeYAML Engine 2.10 cannot read without an exception of its own: an emoji
 * across the end of its 1,025-character buffer, and a tag that begins or ends with a space or a control character.
 */
class YamlReadingTest {

    private static final Path FILE = Path.of("content/ke-hoach/ke-hoach-thu.md");
    private static final String EMOJI = "\uD83C\uDF89"; // 🎉, a surrogate pair

    private static Page read(String text) {
        return PageReading.read(text.getBytes(StandardCharsets.UTF_8), FILE, Section.PLANS, "ke-hoach-thu");
    }

    /** The emoji at every place around the end of the first and the second buffer: always read, and kept whole. */
    @Test
    void anEmojiAcrossTheEndOfTheYamlReadersBufferIsRead() {
        List<Integer> places = IntStream.concat(IntStream.rangeClosed(950, 1050), IntStream.rangeClosed(1975, 2075)).boxed().toList();
        for (int before : places) {
            String summary = "x".repeat(before) + EMOJI + " cuối";
            Page page = read("---\ntitle: Kế hoạch\ndate: 2024-04-12\nsummary: " + summary + "\n---\nNội dung.\n");
            assertEquals(summary, page.summary(), "emoji after " + before + " characters");
        }
    }

    /** The first read ends on the first half of a pair: the reader stops one character short. */
    @Test
    void theReaderNeverEndsAReadInsideASurrogatePair() {
        WholeCodePointReader r = new WholeCodePointReader("ab" + EMOJI + "c");
        char[] buffer = new char[3];
        assertEquals(2, r.read(buffer, 0, 3));
        assertEquals(3, r.read(buffer, 0, 3));
        assertEquals(EMOJI + "c", new String(buffer, 0, 3));
        assertEquals(-1, r.read(buffer, 0, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!a%20 x", "!<%0A> x", "!!str%0A 1", "!%04 [a]", "!%04 {a: b}"})
    void aTagWithASpaceOrControlCharacterAtItsEndIsAContentError(String value) {
        LoaException e = assertThrows(LoaException.class,
                () -> read("---\ntitle: Kế hoạch\nsummary: " + value + "\ndate: 2024-04-12\n---\nNội dung.\n"));
        assertEquals(FILE, e.file());
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("'!…'"), e.problem());
    }

    @Test
    void anOrdinaryTagIsStillRead() {
        Page page = read("---\ntitle: !!str 2024\ndate: 2024-04-12\n---\nNội dung.\n");
        assertEquals("2024", page.title());
    }
}

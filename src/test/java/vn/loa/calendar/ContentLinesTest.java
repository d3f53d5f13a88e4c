package vn.loa.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    private static String unfold(byte[] folded) {
        return new String(folded, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    @Test
    void shortLinesAreLeftAlone() {
        byte[] out = ContentLines.fold("BEGIN:VCALENDAR\r\nSUMMARY:Tọa đàm\r\nEND:VCALENDAR\r\n");
        assertEquals("BEGIN:VCALENDAR\r\nSUMMARY:Tọa đàm\r\nEND:VCALENDAR\r\n", new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void asciiFoldsAtExactlySeventyFiveOctets() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        byte[] out = ContentLines.fold(line + "\r\n");
        List<byte[]> lines = IcsAssertions.physicalLines(out);
        assertEquals(75, lines.get(0).length);
        assertEquals(75, lines.get(1).length);
        assertEquals(' ', lines.get(1)[0]);
        assertEquals(line + "\r\n", unfold(out));
    }

    @Test
    void threeByteVietnameseLettersAreNeverCut() {
        // "ệ" is 3 octets in NFC: 12 octets of "DESCRIPTION:" then 21 × 3 = 63 → 75, then the next line
        String line = "DESCRIPTION:" + "ệ".repeat(100);
        byte[] out = ContentLines.fold(line + "\r\n");
        List<byte[]> lines = IcsAssertions.physicalLines(out);
        assertEquals(75, lines.get(0).length);
        assertEquals(1 + 24 * 3, lines.get(1).length, "a continuation line holds 74 octets: 24 letters, not 24⅔");
        assertEquals(line + "\r\n", unfold(out));
    }

    @Test
    void fourByteCharactersAndSurrogatePairsAreNeverCut() {
        String line = "SUMMARY:a" + "😀".repeat(40);
        byte[] out = ContentLines.fold(line + "\r\n");
        IcsAssertions.physicalLines(out);
        assertEquals(line + "\r\n", unfold(out));
    }

    @Test
    void bareLineEndsBecomeCrlf() {
        assertEquals("A\r\nB\r\nC\r\n", new String(ContentLines.fold("A\nB\rC\r\n"), StandardCharsets.UTF_8));
    }

    @Test
    void textKeepsTabsAndLineBreaksAndDropsOtherControls() {
        assertEquals("a\tb\nc\nd\ne", ContentLines.text("a\tb\r\nc\rd\ne\u0000\u0007\u007f"));
        assertEquals("không đổi", ContentLines.text("không đổi"));
    }

    /** Why Loa folds by itself: the library counts chars, and Vietnamese lines come out too long. */
    @Test
    void theLibraryAloneFoldsByCharsNotOctets() throws Exception {
        ICalendar ical = new ICalendar();
        VEvent event = new VEvent();
        event.setSummary("Hội nghị tổng kết hưởng ứng Ngày Khoa học và Công nghệ Việt Nam trên địa bàn tỉnh năm 2024");
        ical.addEvent(event);
        StringWriter sw = new StringWriter();
        try (ICalWriter writer = new ICalWriter(sw, ICalVersion.V2_0)) {
            writer.write(ical);
        }
        boolean tooLong = sw.toString().lines().anyMatch(l -> l.getBytes(StandardCharsets.UTF_8).length > 75);
        assertTrue(tooLong, "biweekly 0.6.8 folds at 75 chars; if this fails it folds by octets now and ContentLines could go");
    }

    @Property(tries = 300)
    void foldingKeepsEveryLineWithinTheLimitAndUnfoldsExactly(@ForAll("lines") List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append("\r\n"));
        byte[] out = ContentLines.fold(sb.toString());
        IcsAssertions.physicalLines(out);
        assertEquals(sb.toString(), unfold(out));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<Character> letters = Arbitraries.of(
                'a', 'Z', '9', ' ', ',', ';', ':', '\\', 'đ', 'Đ', 'ă', 'â', 'ơ', 'ư', 'ệ', 'ữ', 'ỹ', 'Ở', 'ạ', 'ả',
                '\u0301', '–', '“', '€', '\uD83D', '\uDE00');
        Arbitrary<String> line = letters.list().ofMinSize(1).ofMaxSize(400).map(cs -> {
            StringBuilder sb = new StringBuilder("X-T:");
            for (char c : cs) {
                // keep surrogates paired: a lone half is not text
                if (Character.isHighSurrogate(c)) {
                    sb.append("😀");
                } else if (!Character.isLowSurrogate(c)) {
                    sb.append(c);
                }
            }
            return sb.toString();
        });
        return line.list().ofMinSize(1).ofMaxSize(5);
    }
}

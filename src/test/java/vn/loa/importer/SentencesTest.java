package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vietnamese prose of a department's news and plans split into sentences. */
class SentencesTest {

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Sentences.Span s : Sentences.split(text)) {
            out.add(s.of(text));
        }
        return out;
    }

    @Test
    void titlesAndPlacesWithADotDoNotEndASentence() {
        String text = "Sáng 18/5/2024, PGS.TS. Lê Thị Hạnh và ThS. Vũ Thanh Bình trình bày tham luận tại TP. Bảo Lộc. "
                + "GS. Trần Văn Nam, nguyên Viện trưởng, phát biểu tại Hội trường UBND Q. 3, P. Bến Nghé. "
                + "TS. Nguyễn An và Th.S Hoàng Lan điều phối phiên thảo luận.";
        assertEquals(List.of(
                "Sáng 18/5/2024, PGS.TS. Lê Thị Hạnh và ThS. Vũ Thanh Bình trình bày tham luận tại TP. Bảo Lộc.",
                "GS. Trần Văn Nam, nguyên Viện trưởng, phát biểu tại Hội trường UBND Q. 3, P. Bến Nghé.",
                "TS. Nguyễn An và Th.S Hoàng Lan điều phối phiên thảo luận."), sentences(text));
    }

    @Test
    void anAcronymIsAWordAndItsDotEndsTheSentence() {
        String text = "Hội thảo do Sở KH&CN. Các đại biểu đến từ UBND. Hội nghị kết thúc lúc 11h30.";
        assertEquals(List.of("Hội thảo do Sở KH&CN.", "Các đại biểu đến từ UBND.", "Hội nghị kết thúc lúc 11h30."), sentences(text));
    }

    @Test
    void numbersAndDatesWithDotsStayInTheirSentence() {
        String text = "Kinh phí 1.500.000 đồng được cấp ngày 18.5.2024 cho 1.000 học sinh. Phiên bản 2.1 được công bố.";
        assertEquals(List.of("Kinh phí 1.500.000 đồng được cấp ngày 18.5.2024 cho 1.000 học sinh.", "Phiên bản 2.1 được công bố."),
                sentences(text));
    }

    @Test
    void aNumberingAtTheStartIsNoSentence() {
        assertEquals(List.of("2. Tổ chức Hội thảo khoa học vào ngày 25/9/2025."), sentences("2. Tổ chức Hội thảo khoa học vào ngày 25/9/2025."));
        assertEquals(List.of("II. NỘI DUNG VÀ THỜI GIAN"), sentences("II. NỘI DUNG VÀ THỜI GIAN"));
    }

    @Test
    void quotesAndBracketsAfterTheStopBelongToTheSentence() {
        String text = "Chủ đề năm nay là “Khoa học vì cộng đồng.” Lễ phát động diễn ra tại Sở (sáng 17/4.) Tiếp theo là triển lãm!";
        assertEquals(List.of("Chủ đề năm nay là “Khoa học vì cộng đồng.”", "Lễ phát động diễn ra tại Sở (sáng 17/4.)",
                "Tiếp theo là triển lãm!"), sentences(text));
    }

    @Test
    void aLowerCaseWordAfterTheDotContinuesTheSentence() {
        assertEquals(1, sentences("Trưng bày máy móc, thiết bị, v.v. và các sản phẩm OCOP của tỉnh.").size());
    }

    @Test
    void theSentenceAroundAnOffsetAndTheFirstSentence() {
        String text = "Tọa đàm diễn ra ngày 18/5 tại TP. Lâm Viên. Hội thi kết thúc ngày 24/5.";
        assertEquals("Hội thi kết thúc ngày 24/5.", Sentences.around(text, text.indexOf("24/5")).of(text));
        assertEquals("Tọa đàm diễn ra ngày 18/5 tại TP. Lâm Viên.", Sentences.around(text, text.indexOf("Lâm")).of(text));
        assertEquals("Tọa đàm diễn ra ngày 18/5 tại TP. Lâm Viên.", Sentences.first(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TP.", "TS.", "ThS.", "PGS.TS.", "GS.", "Q.", "P.", "Th.S", "GS.TS.", "Tp."})
    void noAbbreviationEndsASentence(String abbreviation) {
        String text = "Đại biểu " + abbreviation + " Nguyễn Văn An phát biểu. Hội nghị bế mạc.";
        assertEquals(List.of("Đại biểu " + abbreviation + " Nguyễn Văn An phát biểu.", "Hội nghị bế mạc."), sentences(text));
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of("Hội thảo", "diễn ra", "ngày 18/5/2024", "tại", "TP.", "PGS.TS.", "ThS.", "Q.", "1.000", "KH&CN.",
                "UBND.", "Sở", "khoa học", ".", "!", "?", "…", "“", "”", "(", ")", ",", ";", "\n", "  ", "2.", "v.v.", "Lâm Viên")
                .list().ofMaxSize(30).map(parts -> String.join(" ", parts));
    }

    /** The sentences cover the text: every character that is not a space is in exactly one, in order. */
    @Property(tries = 2000)
    void sentencesCoverTheTextInOrder(@ForAll("prose") String text) {
        StringBuilder joined = new StringBuilder();
        int last = 0;
        for (Sentences.Span s : Sentences.split(text)) {
            assertTrue(s.start() >= last && s.end() > s.start(), text);
            assertFalse(text.substring(last, s.start()).strip().length() > 0, () -> "«" + text + "» skips " + s);
            joined.append(s.of(text));
            last = s.end();
        }
        assertEquals(text.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
    }

    /** No sentence ends on an abbreviation of a title or a place. */
    @Property(tries = 2000)
    void noSentenceEndsOnAnAbbreviation(@ForAll("prose") String text) {
        for (Sentences.Span s : Sentences.split(text)) {
            String sentence = s.of(text);
            if (s.end() < text.strip().length() + text.indexOf(text.strip())) {
                for (String a : List.of(" TP.", " PGS.TS.", " ThS.", " Q.")) {
                    assertFalse(sentence.endsWith(a), () -> "«" + text + "»: " + sentence);
                }
            }
        }
    }
}

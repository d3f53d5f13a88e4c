package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The loops that replaced two regular expressions of the importer (their repeated groups overflowed the stack on a
 * long line) give what the expressions gave, and stay flat on a line of many thousands of words.
 */
class FillerEndPropertiesTest {

    private static final Pattern FILLER_END = Pattern.compile("(?i)[\\s,:;(\\-–]*(?:\\b(?:vào|vào lúc|lúc|trong|từ|thời gian|"
            + "dự kiến|diễn ra|tổ chức vào|ngày|bắt đầu|được tổ chức|hoàn thành|xong|chậm nhất|kết thúc)\\s*)*[\\s,:;(\\-–]*$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^\\s*(?:>\\s?)+");

    /** Filler words, their neighbours in other cases or glued to letters, punctuation and other words. */
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("vào", "vào lúc", "lúc", "trong", "từ", "thời gian", "dự kiến", "diễn ra", "tổ chức", "tổ chức vào",
                "ngày", "bắt đầu", "được", "được tổ chức", "hoàn thành", "xong", "chậm nhất", "kết thúc", "NGÀY", "Ngày", "VÀO",
                "Vào lúc", "x", "Hội thảo", "ngàyx", "_", "1", " ", "  ", "\t", "\n", ",", ":", ";", "(", ")", "-", "–", ".", "\u00A0")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void fillerEndAgreesWithTheExpression(@ForAll("lines") String s) {
        assertEquals(FILLER_END.matcher(s).replaceAll(""), FillerEnd.strip(s), () -> "«" + s + "»");
    }

    @Property(tries = 3000)
    void fillerEndAgreesOnSpacedWords(@ForAll("lines") String a, @ForAll("lines") String b) {
        String s = a + " " + b;
        assertEquals(FILLER_END.matcher(s).replaceAll(""), FillerEnd.strip(s), () -> "«" + s + "»");
    }

    @Provide
    Arbitrary<String> quoted() {
        return Arbitraries.of(">", " ", "  ", "\t", "x", "> ", ">>", "#", "chữ").list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void quoteMarksAgreeWithTheExpression(@ForAll("quoted") String s) {
        assertEquals(QUOTE_MARKS.matcher(s).replaceFirst(""), Inline.dropQuoteMarks(s), () -> "«" + s + "»");
    }

    @Test
    void thousandsOfFillerWordsOrQuoteMarksDoNotOverflowTheStack() {
        String words = "Tổ chức hội thảo " + "vào ngày ".repeat(50_000);
        assertEquals("Tổ chức hội thảo", FillerEnd.strip(words));
        assertEquals("chữ", Inline.dropQuoteMarks("> ".repeat(100_000) + "chữ"));
        assertEquals("chữ", Inline.dropQuoteMarks(">".repeat(100_000) + "chữ"));
    }
}

package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.text.Vietnamese;

/** How search reads text: syllables, exact forms, folded keys and phrase pairs. */
class SearchTextTest {

    private static String keys(String text) {
        return String.join(" ", SearchText.tokens(text).stream().map(SearchText.Token::key).toList());
    }

    private static String exacts(String text) {
        return String.join(" ", SearchText.tokens(text).stream().map(SearchText.Token::exact).toList());
    }

    /** Each token's key, with '+' before those that continue a phrase. */
    private static String phrases(String text) {
        StringBuilder sb = new StringBuilder();
        for (SearchText.Token t : SearchText.tokens(text)) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.joined() ? "+" : "").append(t.key());
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            đổi mới sáng tạo                 | doi moi sang tao
            doi moi sang tao                 | doi moi sang tao
            Đổi Mới                          | doi moi
            ĐỔI MỚI SÁNG TẠO                 | doi moi sang tao
            Thừa Thiên Huế                   | thua thien hue
            Ngày KH&CN                       | ngay kh cn
            Số: 52/KH-SKHCN                  | so 52 kh skhcn
            ngày 18/5/2024                   | ngay 18 5 2024
            “Khoa học, công nghệ”            | khoa hoc cong nghe
            Đắk Nông; Đắk Lắk!               | dak nong dak lak
            Ưu tiên ươm tạo                  | uu tien uom tao
            tp.HCM (Q.1)                     | tp hcm q 1
            """)
    void syllablesAreFoldedKeys(String text, String expected) {
        assertEquals(expected, keys(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đổi Mới                          | đổi mới
            ĐỔI MỚI                          | đổi mới
            doi moi                          | doi moi
            Quốc hội                         | quốc hội
            """)
    void exactFormsAreLowerCaseWithMarks(String text, String expected) {
        assertEquals(expected, exacts(text));
    }

    @Test
    void decomposedTextFromWordReadsLikeComposedText() {
        String nfd = Normalizer.normalize("Đổi mới sáng tạo", Normalizer.Form.NFD);
        assertEquals(SearchText.tokens("Đổi mới sáng tạo"), SearchText.tokens(nfd));
        assertEquals("đổi", SearchText.tokens(nfd).get(0).exact());
        assertTrue(Normalizer.isNormalized(SearchText.tokens(nfd).get(0).exact(), Normalizer.Form.NFC));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            đổi mới sáng tạo              | doi +moi +sang +tao
            đổi mới, sáng tạo             | doi +moi sang +tao
            đổi mới. Sáng tạo             | doi +moi sang +tao
            Khoa học - Công nghệ          | khoa +hoc +cong +nghe
            2022–2023                     | 2022 +2023
            52/KH-SKHCN                   | 52 +kh +skhcn
            đổi — mới                     | doi moi
            (đổi) mới                     | doi moi
            """)
    void phrasePairsStopAtPunctuation(String text, String expected) {
        assertEquals(expected, phrases(text));
    }

    @Test
    void whitespaceOfEveryKindJoins() {
        assertEquals("doi +moi +sang +tao +nam", phrases("đổi\u00a0mới\tsáng\n tạo\u2009năm"));
    }

    @Test
    void marksAloneAreNoToken() {
        assertEquals("a b", keys("a \u0301\u0300 b"));
        assertEquals("a b", phrases("a \u0301 b"), "a lone mark is not a word, and it is no joiner either");
    }

    @Test
    void onlyLettersDigitsAndMarksMakeTokens() {
        assertEquals("", keys("… — “” ()[]{} !? 🙂 ½ ²"));
        assertEquals("ολα 中文 елка", keys("ΌΛΑ 中文 Ёлка"), "other scripts fold their marks too");
    }

    @Test
    void markedMeansTypedWithDiacritics() {
        assertTrue(SearchText.marked(SearchText.tokens("đổi").get(0)));
        assertTrue(SearchText.marked(SearchText.tokens("đo").get(0)), "đ is a diacritic letter");
        assertTrue(!SearchText.marked(SearchText.tokens("Doi").get(0)), "upper case is not a mark");
    }

    /** Every Vietnamese letter, both cases: the search fold is the slug fold. */
    @Test
    void foldAgreesWithTheProjectsFoldOnVietnamese() {
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
                + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        for (String s : List.of(letters, letters.toUpperCase(Vietnamese.LOCALE))) {
            assertEquals(Vietnamese.fold(s), SearchText.fold(s));
            assertTrue(SearchText.fold(s).chars().allMatch(c -> c >= 'a' && c <= 'z'), SearchText.fold(s));
        }
    }

    @Provide
    Arbitrary<String> vietnamese() {
        Arbitrary<Character> letters = Arbitraries.of(("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
                + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
                + "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b 0123456789-–,./").chars().mapToObj(c -> (char) c)
                .toArray(Character[]::new));
        return letters.list().ofMaxSize(40).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property
    boolean foldIsIdempotent(@ForAll String s) {
        String once = SearchText.fold(s);
        return SearchText.fold(once).equals(once);
    }

    @Property
    boolean foldIsIdempotentOnVietnamese(@ForAll("vietnamese") String s) {
        String once = SearchText.fold(s);
        return SearchText.fold(once).equals(once);
    }

    /** A key read again is the same single key: what the index stores is what a query finds. */
    @Property
    boolean aKeyTokenisesToItself(@ForAll String s) {
        for (SearchText.Token t : SearchText.tokens(s)) {
            List<SearchText.Token> again = SearchText.tokens(t.key());
            if (again.size() != 1 || !again.get(0).key().equals(t.key())) {
                return false;
            }
        }
        return true;
    }

    @Property
    boolean withOrWithoutMarksGiveTheSameKeys(@ForAll("vietnamese") String s) {
        return keys(s).equals(keys(SearchText.fold(s))) && keys(s).equals(keys(Normalizer.normalize(s, Normalizer.Form.NFD)));
    }
}

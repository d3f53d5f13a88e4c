package vn.loa.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of slugs and folding over Vietnamese-looking text and over any text. */
class VietnamesePropertiesTest {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Letters with every tone mark, both cases, digits, spaces, punctuation, some decomposed. */
    @Provide
    Arbitrary<String> vietnamese() {
        Arbitrary<Character> letters = Arbitraries.of(
                ("aăâbcdđeêghiklmnoôơpqrstuưvxy" + "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
                        + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                        + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
                        + "0123456789 -–—_.,:;!?/\\\"'“”()[]&%#@\t\n").chars().mapToObj(c -> (char) c).toArray(Character[]::new));
        return letters.list().ofMaxSize(60).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property
    boolean foldingByTableIsFoldingByTheNormalizer(@ForAll("vietnamese") String s) {
        return Vietnamese.fold(s).equals(Vietnamese.foldByNormalizer(s));
    }

    @Property
    boolean foldingByTableIsFoldingByTheNormalizerOnAnyText(@ForAll String s) {
        return Vietnamese.fold(s).equals(Vietnamese.foldByNormalizer(s));
    }

    /** Every character of the Basic Multilingual Plane alone, and after and before a Vietnamese letter and a combining mark. */
    @org.junit.jupiter.api.Test
    void everyCharacterFoldsAsTheNormalizerFoldsIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String text : new String[] {String.valueOf((char) c), "Đổ" + (char) c + "i", (char) c + "\u0301a", "e" + (char) c + "\u0323"}) {
                String expected = Vietnamese.foldByNormalizer(text);
                String folded = Vietnamese.fold(text);
                if (!folded.equals(expected)) {
                    throw new AssertionError(String.format("U+%04X in \"%s\": \"%s\" instead of \"%s\"", c, text, folded, expected));
                }
            }
        }
    }

    @Property
    boolean slugIsIdempotent(@ForAll("vietnamese") String s) {
        String slug = Vietnamese.slugify(s);
        return Vietnamese.slugify(slug).equals(slug);
    }

    @Property
    boolean slugIsIdempotentOnAnyText(@ForAll String s) {
        String slug = Vietnamese.slugify(s);
        return Vietnamese.slugify(slug).equals(slug);
    }

    @Property
    boolean slugHasOnlyLowerCaseLettersDigitsAndSingleHyphens(@ForAll("vietnamese") String s) {
        String slug = Vietnamese.slugify(s);
        return slug.isEmpty() || slug.matches(SLUG);
    }

    @Property
    boolean slugOfAnyTextIsWellFormed(@ForAll String s) {
        String slug = Vietnamese.slugify(s);
        return slug.isEmpty() || slug.matches(SLUG);
    }

    @Property
    boolean composedAndDecomposedGiveTheSameSlug(@ForAll("vietnamese") String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        return Vietnamese.slugify(nfc).equals(Vietnamese.slugify(nfd)) && Vietnamese.fold(nfc).equals(Vietnamese.fold(nfd));
    }

    @Property
    boolean anyTextComposedOrDecomposedGivesTheSameSlug(@ForAll String s) {
        return Vietnamese.slugify(Normalizer.normalize(s, Normalizer.Form.NFC))
                .equals(Vietnamese.slugify(Normalizer.normalize(s, Normalizer.Form.NFD)));
    }

    @Property
    boolean slugIgnoresCase(@ForAll("vietnamese") String s) {
        return Vietnamese.slugify(s.toUpperCase(Vietnamese.LOCALE)).equals(Vietnamese.slugify(s.toLowerCase(Vietnamese.LOCALE)));
    }

    @Property
    boolean foldedTextHasNoToneMarksAndNoCapitals(@ForAll("vietnamese") String s) {
        String folded = Vietnamese.fold(s);
        String nfd = Normalizer.normalize(folded, Normalizer.Form.NFD);
        return nfd.chars().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ')
                && nfd.chars().noneMatch(Character::isUpperCase)
                && Vietnamese.fold(folded).equals(folded);
    }

    @Property
    void cutSlugIsAPrefixWithinTheLimit(@ForAll("vietnamese") String s, @ForAll @IntRange(min = 1, max = 80) int max) {
        String full = Vietnamese.slugify(s);
        String cut = Vietnamese.slugify(s, max);
        assertTrue(cut.length() <= max, cut);
        assertTrue(full.startsWith(cut), () -> full + " / " + cut);
        assertTrue(cut.isEmpty() || cut.matches(SLUG), cut);
    }

    @Property
    boolean collationIsConsistentWithNormalisation(@ForAll("vietnamese") String a, @ForAll("vietnamese") String b) {
        int composed = Integer.signum(Vietnamese.collation().compare(Vietnamese.nfc(a), Vietnamese.nfc(b)));
        int decomposed = Integer.signum(Vietnamese.collation().compare(
                Normalizer.normalize(a, Normalizer.Form.NFD), Normalizer.normalize(b, Normalizer.Form.NFD)));
        return composed == decomposed;
    }

    @Property
    boolean collationKeysCompareAsTheCollationDoes(@ForAll("vietnamese") String a, @ForAll("vietnamese") String b) {
        return Integer.signum(Vietnamese.collationKey(a).compareTo(Vietnamese.collationKey(b)))
                == Integer.signum(Vietnamese.collation().compare(a, b));
    }
}

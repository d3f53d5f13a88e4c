package vn.loa.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs of a Word paragraph (.docx or .doc) by font: neighbouring runs of one legacy font kind (TCVN3, VNI; capitals
 * only or not) converted together to Unicode — a syllable may be split across runs —, those in a capitals-only
 * {@code .VnTimeH} font put in capitals, the others kept. Remembers the legacy fonts met, for the review.
 */
final class LegacyRuns {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** The first legacy font each encoding was met in; the body's font (.VnTime) rather than the headings' (.VnTimeH). */
    private final Map<LegacyEncoding, String> fonts = new EnumMap<>(LegacyEncoding.class);
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder group = new StringBuilder();
    private String groupFont;

    /** Whether a run in this font is converted. */
    static boolean legacy(String font) {
        return LegacyEncoding.ofFont(font) != null;
    }

    /** Adds a run's text in its font to the paragraph under way. */
    void add(String text, String font) {
        if (group.length() > 0 && !sameKind(font, groupFont)) {
            flush();
        }
        groupFont = font;
        group.append(text);
    }

    /** The paragraph's text, converted; the next {@link #add} starts another. */
    String paragraph() {
        flush();
        String s = paragraph.toString();
        paragraph.setLength(0);
        groupFont = null;
        return s;
    }

    /** A review note for each legacy encoding met. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        fonts.forEach((enc, font) -> notes.add(LegacyText.note(enc, font)));
        return notes;
    }

    private void flush() {
        paragraph.append(convert(group.toString(), groupFont));
        group.setLength(0);
    }

    private static boolean sameKind(String a, String b) {
        return LegacyEncoding.ofFont(a) == LegacyEncoding.ofFont(b) && LegacyEncoding.capitalsOnly(a) == LegacyEncoding.capitalsOnly(b);
    }

    private String convert(String s, String font) {
        LegacyEncoding enc = LegacyEncoding.ofFont(font);
        if (enc == null || s.isEmpty()) {
            return s;
        }
        fonts.merge(enc, font.strip(), (was, now) -> LegacyEncoding.capitalsOnly(was) && !LegacyEncoding.capitalsOnly(now) ? now : was);
        if (enc == LegacyEncoding.TCVN3) {
            s = s.replace('\u001F', '\u00AD'); // TCVN3's ư is the soft hyphen's code, which some editors save as Word's optional hyphen
        }
        String u = enc.toUnicode(LegacyEncoding.fromPrivateUse(s));
        return LegacyEncoding.capitalsOnly(font) ? u.toUpperCase(VI) : u;
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * The capitals of a title. A subject typed all in capitals is put in sentence case, keeping the capitals of
 * abbreviations (a word that is no Vietnamese syllable: {@code UBND}, {@code KH&CN}, {@code CNTT}, Roman numerals) and
 * of the proper names of {@link #NAMES}; other proper names (a province, a person) cannot be told from common words
 * and are left to the editor. A title's words after its first (a kind and its subject joined, a subject's next line)
 * start in lower case unless they begin a proper name.
 */
final class TitleCase {

    /**
     * Proper names restored in a subject written in capitals, as they are written. A small list: the names the
     * documents of a Department of Science and Technology use most.
     */
    static final List<String> NAMES = List.of("Ngày Khoa học và Công nghệ Việt Nam", "Ngày Sáng tạo và Đổi mới sáng tạo thế giới",
            "Ngày Sở hữu trí tuệ thế giới", "Ngày Chuyển đổi số quốc gia", "Ngày Sáng tạo", "Ngày KH&CN", "Ngày KHCN",
            "Sở Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "Phó Giám đốc Sở", "Giám đốc Sở", "Ủy ban nhân dân", "Hội đồng nhân dân",
            "Liên hiệp các Hội Khoa học và Kỹ thuật", "Quỹ Phát triển khoa học và công nghệ", "Liên hợp quốc",
            "Đảng Cộng sản Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Tỉnh ủy", "Thành ủy",
            "Huyện ủy", "Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", "Việt Nam", "Hà Nội");

    private static final List<Pattern> NAME_PATTERNS = new ArrayList<>();

    static {
        for (String n : NAMES) {
            NAME_PATTERNS.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** A Vietnamese syllable, folded: initial consonant, vowels, final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&]+");

    private TitleCase() {
    }

    /** A title with letters and none of them in lower case. */
    static boolean allCapitals(String s) {
        return s != null && Inline.isUpper(s) && s.codePoints().filter(Character::isLetter).count() >= 6;
    }

    /** A subject written all in capitals, in sentence case: abbreviations and the names of {@link #NAMES} kept. */
    static String sentenceCase(String capitals) {
        StringBuilder b = new StringBuilder();
        Matcher w = WORD.matcher(capitals);
        int at = 0;
        while (w.find()) {
            b.append(capitals, at, w.start());
            String word = w.group();
            b.append(abbreviation(word) ? word : word.toLowerCase(Vietnamese.LOCALE));
            at = w.end();
        }
        b.append(capitals.substring(at));
        return Inline.capitalise(names(b.toString()));
    }

    /** The names of {@link #NAMES} written as they are written. */
    static String names(String text) {
        String t = text;
        for (int k = 0; k < NAMES.size(); k++) {
            t = NAME_PATTERNS.get(k).matcher(t).replaceAll(Matcher.quoteReplacement(NAMES.get(k)));
        }
        return t;
    }

    /** An upper-case word that is no Vietnamese syllable ({@code UBND}, {@code KH&CN}, {@code II}), or has digits. */
    static boolean abbreviation(String word) {
        if (word.matches("[IVXLC]+") || !word.chars().allMatch(Character::isLetter)) {
            return true;
        }
        return !SYLLABLE.matcher(Vietnamese.fold(word)).matches();
    }

    /**
     * Text that goes on after the first word of a title: its first word in lower case when it is a common word
     * ({@code Tổ chức các hoạt động …} → {@code tổ chức các hoạt động …}), not when it begins a proper name (the next word
     * also has a capital: {@code Ngày Khoa học …}, {@code Sở Khoa học …}; a name of {@link #NAMES}) or is an abbreviation.
     */
    static String continuing(String text) {
        Matcher w = WORD.matcher(text);
        if (!w.find() || w.start() > 0 && !text.substring(0, w.start()).isBlank()) {
            return text;
        }
        String word = w.group();
        int at = w.start();
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0)) || Inline.isUpper(word) || abbreviation(word)) {
            return text;
        }
        for (String n : NAMES) {
            if (text.regionMatches(at, n, 0, n.length())) {
                return text;
            }
        }
        if (w.find() && Character.isUpperCase(w.group().codePointAt(0))) {
            return text;
        }
        String lower = word.toLowerCase(Vietnamese.LOCALE);
        return text.substring(0, at) + lower + text.substring(at + word.length());
    }

    /**
     * The title of the page written for a document: the kind and the subject as one sentence ({@code Kế hoạch} +
     * {@code Tổ chức các hoạt động …} → {@code Kế hoạch tổ chức các hoạt động …}); the subject alone without a kind.
     */
    static String pageTitle(String kind, String subject) {
        if (kind == null) {
            return subject;
        }
        if (subject == null || subject.isBlank()) {
            return kind;
        }
        return kind + " " + continuing(subject);
    }
}

package vn.loa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs, folding, collation and dates of Vietnamese text. */
class VietnameseTest {

    // Slugs

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch Đổi mới                           | ke-hoach-doi-moi",
            "Kế hoạch Đổi mới sáng tạo 2026             | ke-hoach-doi-moi-sang-tao-2026",
            "đường Điện Biên Phủ                        | duong-dien-bien-phu",
            "ĐẮK NÔNG                                   | dak-nong",
            "Ngày Khoa học và Công nghệ Việt Nam 18/5    | ngay-khoa-hoc-va-cong-nghe-viet-nam-18-5",
            "Số: 45/KH-SKHCN                            | so-45-kh-skhcn",
            "Nghị quyết 57-NQ/TW                        | nghi-quyet-57-nq-tw",
            "KH&CN — “đổi mới”, sáng tạo!               | kh-cn-doi-moi-sang-tao",
            "  --Hội   thảo--  ...                      | hoi-thao",
            "Tọa đàm (lần 2): Ứng dụng AI?              | toa-dam-lan-2-ung-dung-ai",
            "Thủy, thuỷ, Hòa, hoà                       | thuy-thuy-hoa-hoa",
            "ưu tiên ơn nghĩa                           | uu-tien-on-nghia",
            "Quỹ Phát triển KH&CN                       | quy-phat-trien-kh-cn",
    })
    void slugs(String title, String slug) {
        assertEquals(slug, Vietnamese.slugify(title));
    }

    @Test
    void slugOfNothingUsableIsEmpty() {
        assertEquals("", Vietnamese.slugify(""));
        assertEquals("", Vietnamese.slugify("!!! … — ???"));
        assertEquals("", Vietnamese.slugify("中文"));
    }

    @Test
    void decomposedInputGivesTheSameSlugAsComposed() {
        String nfc = "Kế hoạch Đổi mới sáng tạo, Ngày Khoa học và Công nghệ";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertTrue(!nfc.equals(nfd));
        assertEquals(Vietnamese.slugify(nfc), Vietnamese.slugify(nfd));
        assertEquals(Vietnamese.fold(nfc), Vietnamese.fold(nfd));
        assertEquals(nfc, Vietnamese.nfc(nfd));
    }

    @Test
    void dWithStrokeInEveryForm() {
        assertEquals("d", Vietnamese.slugify("đ"));
        assertEquals("d", Vietnamese.slugify("Đ"));
        assertEquals("dd", Vietnamese.slugify("ĐĐ"));
        assertEquals("d", Vietnamese.fold("Đ"));
    }

    @Test
    void slugCutAtAHyphen() {
        String slug = Vietnamese.slugify("Tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024", 40);
        assertTrue(slug.length() <= 40, slug);
        assertEquals("to-chuc-cac-hoat-dong-huong-ung-ngay", slug);
    }

    // Long names: a slug names a folder of the output, and file systems refuse names over 255 bytes

    static final String LONG_TITLE = "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 18 tháng 5"
            + " và Ngày Sáng tạo và Đổi mới sáng tạo thế giới 21 tháng 4 trên địa bàn tỉnh trong năm";

    @Test
    void aLongSlugIsCutAtAWordAndEndsWithAStableHash() {
        String full = Vietnamese.slugify(LONG_TITLE, Integer.MAX_VALUE);
        assertTrue(full.length() > Vietnamese.MAX_SLUG, full);
        String slug = Vietnamese.slugify(LONG_TITLE);
        assertTrue(slug.length() <= Vietnamese.MAX_SLUG, slug);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}"), slug);
        String words = slug.substring(0, slug.length() - 9);
        assertTrue(full.startsWith(words + "-"), "cut at a hyphen: " + slug);
        assertEquals(slug, Vietnamese.slugify(LONG_TITLE), "the same in every build");
        assertEquals(slug, Vietnamese.slugify(slug), "a slug is its own slug");
        assertFalse(slug.equals(Vietnamese.slugify(LONG_TITLE + " 2025")), "two long names beginning alike differ");
    }

    @Test
    void aSlugOfTheLimitStaysAsItIs() {
        String hundred = "a".repeat(49) + "-" + "b".repeat(50);
        assertEquals(hundred, Vietnamese.slugify(hundred));
        String longer = hundred + "c";
        assertTrue(Vietnamese.slugify(longer).matches("a{49}-[0-9a-f]{8}"), Vietnamese.slugify(longer));
    }

    @Test
    void oneHugeWordIsCutWhereItMustBe() {
        String slug = Vietnamese.slugify("x".repeat(300));
        assertEquals("x".repeat(91) + "-", slug.substring(0, 92));
        assertEquals(100, slug.length());
    }

    @Test
    void aThirtyWordTagGetsAShortSlug() {
        String tag = String.join(" ", java.util.Collections.nCopies(30, "Đổi mới sáng tạo"));
        assertTrue(Vietnamese.slugify(tag).length() <= Vietnamese.MAX_SLUG);
    }

    // Folding

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đổi mới sáng tạo | doi moi sang tao",
            "ĂÂÊÔƠƯ ăâêôơư    | aaeoou aaeoou",
            "Hà Nội: 18/5     | ha noi: 18/5",
            "Thứ Sáu          | thu sau",
    })
    void fold(String text, String folded) {
        assertEquals(folded, Vietnamese.fold(text));
    }

    // Collation

    @Test
    void alphabetOrder() {
        List<String> alphabet = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
                "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        List<String> shuffled = new ArrayList<>(alphabet);
        Collections.shuffle(shuffled, new Random(18_05));
        shuffled.sort(Vietnamese.collation());
        assertEquals(alphabet, shuffled);
    }

    @Test
    void wordsInDictionaryOrder() {
        List<String> sorted = List.of("An Giang", "Ăn", "Ân", "Bắc Ninh", "Dĩ An", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Em", "Ê-đê");
        List<String> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(21_04));
        shuffled.sort(Vietnamese.collation());
        assertEquals(sorted, shuffled);
    }

    @Test
    void dBeforeDWithStrokeWhateverFollows() {
        assertTrue(Vietnamese.collation().compare("dz", "đa") < 0);
        assertTrue(Vietnamese.collation().compare("Dương", "Đan") < 0);
    }

    @Test
    void composedAndDecomposedCompareEqual() {
        String nfc = "Đổi mới";
        assertEquals(0, Vietnamese.collation().compare(nfc, Normalizer.normalize(nfc, Normalizer.Form.NFD)));
    }

    // Dates

    @Test
    void fullDate() {
        assertEquals("Thứ Sáu, 17/5/2024", VietnameseDates.fullDate(LocalDate.of(2024, 5, 17)));
        assertEquals("Chủ nhật, 21/4/2024", VietnameseDates.fullDate(LocalDate.of(2024, 4, 21)));
        assertEquals("Thứ Hai, 1/1/2024", VietnameseDates.fullDate(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void weekdays() {
        assertEquals("Thứ Hai", VietnameseDates.weekday(DayOfWeek.MONDAY));
        assertEquals("Thứ Năm", VietnameseDates.weekday(DayOfWeek.THURSDAY));
        assertEquals("Thứ Bảy", VietnameseDates.weekday(DayOfWeek.SATURDAY));
        assertEquals("Chủ nhật", VietnameseDates.weekday(DayOfWeek.SUNDAY));
    }

    @Test
    void otherForms() {
        LocalDate d = LocalDate.of(2024, 4, 12);
        assertEquals("12/4/2024", VietnameseDates.shortDate(d));
        assertEquals("ngày 12 tháng 4 năm 2024", VietnameseDates.longDate(d));
        assertEquals("tháng 4/2024", VietnameseDates.monthYear(d));
        assertEquals("08:05", VietnameseDates.time(java.time.LocalTime.of(8, 5)));
    }

    // NFC

    @Test
    void textTheQuickLookPassesIsNfcForTheJdkToo() {
        // Every character the look passes, alone and beside any other it passes (a composition
        // joins two neighbours only, and none of these is a combining mark that could be reordered).
        StringBuilder passed = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Vietnamese.plainlyNfc(c)) {
                passed.append(c);
            }
        }
        String all = passed.toString();
        for (int i = 0; i < all.length(); i++) {
            char a = all.charAt(i);
            if (Character.isSurrogate(a)) {
                continue;
            }
            assertTrue(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC), () -> "U+" + Integer.toHexString(a));
            for (int j = 0; j < all.length(); j++) {
                char b = all.charAt(j);
                if (!Character.isSurrogate(b) && !Normalizer.isNormalized(new String(new char[] {a, b}), Normalizer.Form.NFC)) {
                    throw new AssertionError("U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
        assertTrue(Vietnamese.plainlyNfc("Hội thảo “Đổi mới” – năm 2026…"));
        assertFalse(Vietnamese.plainlyNfc(Normalizer.normalize("Đổi mới", Normalizer.Form.NFD)));
    }

    @Test
    void nfcGivesTheJdksNfcOfAnyText() {
        String alphabet = "aĐđệơư“”–…\u0301\u0323\u0300e\u2000\u1100\u1161\uAC00\u11A8Ω\u2126";
        for (String s : RandomTexts.of(alphabet, 7, 20_000, 8)) {
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), Vietnamese.nfc(s), s);
        }
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text typed in TCVN3 or VNI: the tables, the detection, the capitals of the .VnTimeH fonts, and what is left alone. */
class LegacyTextTest {

    @Test
    void tablesConvertTheCommonWords() {
        assertEquals("Kế hoạch tổ chức Ngày Khoa học và Công nghệ", LegacyEncoding.TCVN3.toUnicode("KÕ ho¹ch tæ chøc Ngµy Khoa häc vµ C«ng nghÖ"));
        assertEquals("được người Đà Nẵng ưa thích", LegacyEncoding.TCVN3.toUnicode("®\u00ADîc ng\u00ADêi §µ N½ng \u00ADa thÝch"));
        assertEquals("Kế hoạch tổ chức Ngày Khoa học và Công nghệ", LegacyEncoding.VNI.toUnicode("Keá hoaïch toå chöùc Ngaøy Khoa hoïc vaø Coâng ngheä"));
        assertEquals("ĐIỀU 1. Ủy ban", LegacyEncoding.VNI.toUnicode("ÑIEÀU 1. UÛy ban"));
        assertTrue(Normalizer.isNormalized(LegacyEncoding.TCVN3.toUnicode("ho\u00B3"), Normalizer.Form.NFC), "combining codes come out composed");
    }

    @Test
    void fontNamesSayTheEncodingAndTheCapitals() {
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnTime"));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnArialH"));
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.ofFont("VNI-Times"));
        assertNull(LegacyEncoding.ofFont("Times New Roman"));
        assertTrue(LegacyEncoding.capitalsOnly(".VnTimeH"));
        assertTrue(!LegacyEncoding.capitalsOnly(".VnTime") && !LegacyEncoding.capitalsOnly("VNI-Helve"));
    }

    @Test
    void capitalsTypedWithLowerCaseCodesAreRestored() {
        assertEquals("I. MỤC ĐÍCH, YÊU CẦU", convertTcvn3("I. MôC §ÝCH, Y£U CÇU"));
        assertEquals("SỞ KHOA HỌC VÀ CÔNG NGHỆ", convertTcvn3("Së KHOA HäC Vµ C¤NG NGHÖ"));
        assertEquals("Số: 45/KH-SKHCN", convertTcvn3("Sè: 45/KH-SKHCN"), "one capital of a sentence-case word stays one");
        assertEquals("Hà Nội, ngày 15 tháng 5", convertTcvn3("Hµ Néi, ngµy 15 th¸ng 5"));
        assertEquals("ĐỀ NGHỊ", convertTcvn3("§Ò NGHÞ"));
        assertEquals("đề nghị", convertTcvn3("®Ò nghÞ"));
        assertEquals("KT. GIÁM ĐỐC", convertTcvn3("KT. GI¸M §èC"));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                convertTcvn3("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM §éc lËp - Tù do - H¹nh phóc"));
        assertEquals("<p>SỞ KHOA HỌC</p><p>Số: 19/KH</p>", convertTcvn3("<p>Së KHOA HäC</p><p>Sè: 19/KH</p>"));
    }

    private static String convertTcvn3(String s) {
        return LegacyText.convert(s, LegacyEncoding.TCVN3);
    }

    @Test
    void theWholePlanComesBackFromTcvn3AndVni() {
        String plan = LegacyFixture.PLAN;
        LegacyText.Converted t = LegacyText.detect(LegacyFixture.toTcvn3(plan));
        assertNotNull(t);
        assertEquals(LegacyEncoding.TCVN3, t.encoding());
        assertEquals(plan, t.text());
        LegacyText.Converted v = LegacyText.detect(LegacyFixture.toVni(plan));
        assertNotNull(v);
        assertEquals(LegacyEncoding.VNI, v.encoding());
        assertEquals(plan, v.text());
    }

    @Test
    void unicodeAndEnglishAreLeftAlone() {
        assertNull(LegacyText.detect(LegacyFixture.PLAN));
        assertNull(LegacyText.detect("The Department of Science and Technology will hold a workshop on 15 May 2024."));
        assertNull(LegacyText.detect("Café, naïve, façade, Zürich, São Paulo, Ångström, smörgåsbord — résumé déjà vu."));
        assertNull(LegacyText.detect("Hòa bình, thống nhất; hoà nhập; thuý, quý; xuân; «Ngày hội» — mục 3 ¶ 2 § 4 ± 0,5 °C × 2"));
    }

    @Test
    void aTextWithUnicodeLinesAndTcvn3LinesConvertsOnlyTheLegacyOnes() {
        String mixed = "Sở Khoa học và Công nghệ\n" + LegacyFixture.toTcvn3("Tổ chức các hoạt động hưởng ứng ngày hội\nđược người dân đón nhận");
        LegacyText.Converted c = LegacyText.detect(mixed);
        assertNotNull(c);
        assertEquals("Sở Khoa học và Công nghệ\nTổ chức các hoạt động hưởng ứng ngày hội\nđược người dân đón nhận", c.text());
    }

    @Test
    void aLineWithALetterBeyondTheBasicPlaneIsUnicode() {
        // 𡨸 (chữ) and 𡦂 (chữ) are Nôm characters beyond the Basic Multilingual Plane, written with surrogate pairs
        String glossary = "\uD846\uDE38 - " + LegacyFixture.toTcvn3("chữ viết, chữ Nôm") + "\n\uD846\uDD82 - "
                + LegacyFixture.toTcvn3("cũng đọc là chữ, trong sách học");
        String text = LegacyFixture.toTcvn3("Tổ chức lớp học chữ Nôm cho thanh niên trong tháng 5") + "\n" + glossary;
        LegacyText.Converted c = LegacyText.detect(text);
        assertNotNull(c);
        assertEquals("Tổ chức lớp học chữ Nôm cho thanh niên trong tháng 5\n" + glossary, c.text());
    }

    // ------------------------------------------------------------------ property: Unicode passes unchanged

    private static final List<String> ONSETS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
            "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
    private static final List<String> VOWELS = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ia", "iê", "uô",
            "ươ", "oa", "oe", "uy", "ưa", "ua");
    private static final List<String> CODAS = List.of("", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y");
    private static final List<String> TONES = List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323");
    private static final List<String> OTHERS = List.of("2024", "15/5", "KH-SKHCN", "UBND", "TP.", "(b/c);", "-", "–", "“", "”",
            "«", "»", ",", ".", ":", "§", "°C", "×", "±", "Mr.", "the", "café");

    @Provide
    Arbitrary<String> syllable() {
        Arbitrary<String> plain = Combinators.combine(Arbitraries.of(ONSETS), Arbitraries.of(VOWELS), Arbitraries.of(TONES), Arbitraries.of(CODAS))
                .as((o, v, t, c) -> Normalizer.normalize(o + v.charAt(0) + t + v.substring(1) + c, Normalizer.Form.NFC));
        return Combinators.combine(plain, Arbitraries.integers().between(0, 9))
                .as((s, k) -> k == 0 ? s.toUpperCase(java.util.Locale.forLanguageTag("vi")) : k == 1 && !s.isEmpty()
                        ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
    }

    @Provide
    Arbitrary<String> vietnameseText() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, syllable()), net.jqwik.api.Tuple.of(1, Arbitraries.of(OTHERS)));
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(20).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(1).ofMaxSize(15).map(ls -> String.join("\n", ls));
    }

    @Test
    void guillemetsAloneAreNoLegacyVowels() {
        // Found by the property below: « is "ô" in TCVN3, and a line of them was taken for legacy text.
        assertNull(LegacyText.detect("« « «"));
        assertNull(LegacyText.detect("Hội nghị\n« » §\n« « «"));
    }

    @Property(tries = 400)
    void vietnameseUnicodePassesUnchanged(@ForAll("vietnameseText") String text) {
        assertNull(LegacyText.detect(text), text);
    }

    // ------------------------------------------------------------------ a plain-text file, through Importer

    @Test
    void aTcvn3TextFileImportsLikeItsUnicodeOriginal(@TempDir Path tmp) throws Exception {
        Path unicode = Files.writeString(tmp.resolve("ke-hoach.txt"), LegacyFixture.PLAN);
        Path cp1252 = Files.write(tmp.resolve("ke-hoach-abc.txt"), LegacyFixture.bytes(LegacyFixture.toTcvn3(LegacyFixture.PLAN)));
        Path utf8 = Files.writeString(tmp.resolve("ke-hoach-abc-utf8.txt"), LegacyFixture.toTcvn3(LegacyFixture.PLAN));
        Path vni = Files.write(tmp.resolve("ke-hoach-vni.txt"), LegacyFixture.bytes(LegacyFixture.toVni(LegacyFixture.PLAN)));
        Importer.Imported original = Importer.read(unicode);
        String expected = ImportJson.write(original.document());
        assertTrue(expected.contains("\"number\":\"45/KH-SKHCN\"") || expected.contains("\"number\": \"45/KH-SKHCN\""), expected);
        assertEquals(List.of(), original.notes());
        for (Path p : List.of(cp1252, utf8, vni)) {
            Importer.Imported legacy = Importer.read(p);
            assertEquals(expected, ImportJson.write(legacy.document()), p.toString());
            assertEquals(1, legacy.notes().size(), legacy.notes()::toString);
            assertTrue(legacy.notes().get(0).startsWith("văn bản gõ bằng bảng mã " + (p == vni ? "VNI" : "TCVN3")), legacy.notes()::toString);
            assertTrue(legacy.notes().get(0).endsWith("đã chuyển sang Unicode — kiểm tra dấu"), legacy.notes()::toString);
        }
    }

    @Test
    void anOldPortalPageInTcvn3ImportsLikeItsUnicodeCopy(@TempDir Path tmp) throws Exception {
        Path page = Corpus.DIR.resolve("06-ke-hoach-cu.html");
        String html = Files.readString(page);
        Path legacy = Files.write(tmp.resolve("06-ke-hoach-cu.html"), LegacyFixture.bytes(LegacyFixture.toTcvn3(html)));
        Importer.Imported u = Importer.read(page);
        Importer.Imported l = Importer.read(legacy);
        assertEquals(ImportJson.write(u.document()), ImportJson.write(l.document()));
        assertTrue(l.notes().contains("văn bản gõ bằng bảng mã TCVN3, đã chuyển sang Unicode — kiểm tra dấu"), l.notes()::toString);
    }

    @Test
    void aWindows1252TextThatIsNoLegacyVietnameseIsStillRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(vn.loa.LoaException.class, () -> TextDecoder.read(
                LegacyFixture.bytes("Café, naïve, façade — résumé déjà vu, smörgåsbord."), Path.of("cu.txt")));
        assertTrue(e.getMessage().startsWith("cu.txt: lỗi: không đọc được tệp: mã hóa không phải UTF-8"), e.getMessage());
    }

    @Test
    void otherFormatsAreRefusedNamingTheOnesRead(@TempDir Path tmp) throws Exception {
        Path odt = Files.writeString(tmp.resolve("ke-hoach.odt"), "x");
        var e = org.junit.jupiter.api.Assertions.assertThrows(vn.loa.LoaException.class, () -> Importer.read(odt));
        assertTrue(e.getMessage().contains("Loa chưa đọc được tệp '.odt' (Loa đọc .docx, .doc, .pdf, .txt, .md, .html)"), e.getMessage());
    }
}

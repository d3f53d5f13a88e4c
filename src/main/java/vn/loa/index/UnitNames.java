package vn.loa.index;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * Names of units (cơ quan, đơn vị): the key under which two spellings of one unit meet, and the
 * slug of its page {@code /don-vi/<slug>/}.
 *
 * <p>The key is built in this order:
 * <ol>
 *   <li>NFC, then folded: lower case, tone marks and other diacritics removed, {@code đ} → {@code d}.
 *       Folding, rather than keeping tone marks, also joins the old and new placement of a tone
 *       ({@code Uỷ ban}/{@code Ủy ban}, {@code hoà}/{@code hòa}), which Word documents mix.</li>
 *   <li>Spaces around {@code &} removed ({@code KH & CN} → {@code kh&cn}); every other run of
 *       punctuation and spaces becomes one space ({@code Kế hoạch – Tài chính},
 *       {@code Kế hoạch-Tài chính} → {@code ke hoach tai chinh}; {@code P.QLKH} → {@code p qlkh}).</li>
 *   <li>Common abbreviations expanded, as whole words: {@code KH&CN}, {@code KHCN}, {@code KH CN} →
 *       khoa học và công nghệ; {@code UBND} → Ủy ban nhân dân; {@code HĐND} → Hội đồng nhân dân;
 *       {@code UBMTTQ} → Ủy ban Mặt trận Tổ quốc; {@code TT&TT}, {@code TTTT} → Thông tin và Truyền
 *       thông; {@code GD&ĐT}, {@code GDĐT} → Giáo dục và Đào tạo; {@code NN&PTNT}, {@code NNPTNT} →
 *       Nông nghiệp và Phát triển nông thôn; {@code VHTTDL}, {@code VH,TT&DL} → Văn hóa, Thể thao
 *       và Du lịch; {@code ĐMST} → đổi mới sáng tạo; {@code SHTT} → sở hữu trí tuệ; {@code QLKH} →
 *       Quản lý Khoa học; {@code TĐC}, {@code TCĐLCL} → Tiêu chuẩn Đo lường Chất lượng;
 *       {@code TP} → thành phố; and, as the first word only, {@code TT} → Trung tâm, {@code P} →
 *       Phòng, {@code VP} → Văn phòng. Any other {@code &} reads as {@code và}.</li>
 *   <li>Inside the expanded compounds {@code và} is optional, as writers drop it
 *       ({@code Trung tâm … khoa học công nghệ}): the key leaves it out.</li>
 * </ol>
 * The key holds only {@code a–z}, {@code 0–9} and single spaces, so the slug is the key with
 * hyphens and two units with different keys never share a page.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** Abbreviation (folded, a whole word or words) → its expansion, already in key form. */
    private static final List<String[]> ANYWHERE = List.of(
            new String[] {"kh&cn|khcn|kh cn|kh va cn", "khoa hoc cong nghe"},
            new String[] {"ubmttq", "uy ban mat tran to quoc"},
            new String[] {"ubnd", "uy ban nhan dan"},
            new String[] {"hdnd", "hoi dong nhan dan"},
            new String[] {"tt&tt|tttt", "thong tin truyen thong"},
            new String[] {"gd&dt|gddt|gd dt", "giao duc dao tao"},
            new String[] {"nn&ptnt|nnptnt", "nong nghiep phat trien nong thon"},
            new String[] {"vh tt&dl|vhtt&dl|vhttdl", "van hoa the thao du lich"},
            new String[] {"dmst", "doi moi sang tao"},
            new String[] {"shtt", "so huu tri tue"},
            new String[] {"qlkh", "quan ly khoa hoc"},
            new String[] {"tdc|tcdlcl", "tieu chuan do luong chat luong"},
            new String[] {"tp", "thanh pho"});

    /** Full compounds whose inner "và" is dropped in the key. */
    private static final List<String[]> OPTIONAL_VA = List.of(
            new String[] {"khoa hoc va cong nghe", "khoa hoc cong nghe"},
            new String[] {"thong tin va truyen thong", "thong tin truyen thong"},
            new String[] {"giao duc va dao tao", "giao duc dao tao"},
            new String[] {"nong nghiep va phat trien nong thon", "nong nghiep phat trien nong thon"},
            new String[] {"the thao va du lich", "the thao du lich"});

    private static final List<String[]> FIRST_WORD = List.of(
            new String[] {"tt", "trung tam"},
            new String[] {"p", "phong"},
            new String[] {"vp", "van phong"});

    private static final List<Replacement> RULES;

    static {
        List<Replacement> rules = new java.util.ArrayList<>();
        for (String[] r : ANYWHERE) {
            rules.add(new Replacement(Pattern.compile("(?<![a-z0-9&])(?:" + r[0] + ")(?![a-z0-9&])"), r[1]));
        }
        RULES = List.copyOf(rules);
    }

    private record Replacement(Pattern pattern, String with) {
    }

    /**
     * The key two spellings of one unit share, or an empty string when the name has no letter or
     * digit: {@code Sở KH&CN} and {@code SỞ KHOA HỌC VÀ CÔNG NGHỆ} both give
     * {@code so khoa hoc cong nghe}.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // A site names the same few units thousands of times: each spelling is worked out once.
        return KEYS.computeIfAbsent(name, UnitNames::computeKey);
    }

    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String computeKey(String name) {
        String s = Vietnamese.fold(Vietnamese.nfc(name));
        s = s.replaceAll("\\s*&\\s*", "&");
        s = s.replaceAll("[^a-z0-9&]+", " ").strip();
        for (String[] r : FIRST_WORD) {
            if (s.equals(r[0]) || s.startsWith(r[0] + " ")) {
                s = r[1] + s.substring(r[0].length());
                break;
            }
        }
        for (Replacement r : RULES) {
            Matcher m = r.pattern().matcher(s);
            if (m.find()) {
                s = m.replaceAll(r.with());
            }
        }
        s = s.replace("&", " va ");
        s = s.replaceAll("\\s+", " ").strip();
        for (String[] r : OPTIONAL_VA) {
            s = s.replace(r[0], r[1]);
        }
        return s;
    }

    /** The slug of the unit's page: its key with hyphens, shortened like every slug ({@link Vietnamese#shorten}). */
    public static String slug(String name) {
        return Vietnamese.shorten(key(name).replace(' ', '-'));
    }

    /** Whether a spelling is written all in capitals, as the issuing body of a document is. */
    static boolean allCaps(String spelling) {
        boolean letter = false;
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}

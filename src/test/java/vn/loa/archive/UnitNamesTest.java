package vn.loa.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.index.UnitNames;

/** One unit written many ways is one key; different units stay apart. */
class UnitNamesTest {

    private static void same(String... spellings) {
        String key = UnitNames.key(spellings[0]);
        for (String s : List.of(spellings)) {
            assertEquals(key, UnitNames.key(s), () -> "'" + s + "' and '" + spellings[0] + "' should be one unit");
        }
    }

    private static void apart(String a, String b) {
        assertNotEquals(UnitNames.key(a), UnitNames.key(b), () -> "'" + a + "' and '" + b + "' are two units");
    }

    @Test
    void theDepartmentWrittenEveryWay() {
        same("Sở Khoa học và Công nghệ", "Sở KH&CN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở KHCN", "Sở KH & CN", "sở kh&cn",
                "Sở Khoa học & Công nghệ", "Sở Khoa học Công nghệ", "Sở  Khoa học và Công nghệ.", "Sở KH-CN",
                Normalizer.normalize("Sở Khoa học và Công nghệ", Normalizer.Form.NFD));
        assertEquals("so khoa hoc cong nghe", UnitNames.key("Sở KH&CN"));
        assertEquals("so-khoa-hoc-cong-nghe", UnitNames.slug("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    }

    @Test
    void abbreviationsAreExpanded() {
        same("UBND tỉnh Hồng Lam", "Ủy ban nhân dân tỉnh Hồng Lam", "Uỷ ban nhân dân tỉnh Hồng Lam", "UỶ BAN NHÂN DÂN TỈNH HỒNG LAM");
        same("UBND TP Lam Giang", "UBND thành phố Lam Giang", "UBND TP. Lam Giang", "Ủy ban nhân dân Thành phố Lam Giang");
        same("TT Thông tin và Ứng dụng KH&CN", "Trung tâm Thông tin và Ứng dụng khoa học và công nghệ",
                "Trung tâm Thông tin và Ứng dụng khoa học công nghệ", "TT. Thông tin và Ứng dụng KHCN");
        same("P. Quản lý Khoa học", "Phòng Quản lý Khoa học", "P.QLKH", "P. QLKH", "phòng quản lý khoa học");
        same("VP Sở", "Văn phòng Sở", "VP. Sở");
        same("Sở GD&ĐT", "Sở Giáo dục và Đào tạo", "Sở GDĐT");
        same("Sở TT&TT", "Sở Thông tin và Truyền thông", "Sở TTTT");
        same("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn");
        same("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "Sở Văn hoá, Thể thao và Du lịch");
        same("Trung tâm Hỗ trợ khởi nghiệp ĐMST", "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo");
        same("HĐND tỉnh", "Hội đồng nhân dân tỉnh");
    }

    @Test
    void punctuationAndSpacesDoNotMatter() {
        same("Phòng Kế hoạch – Tài chính", "Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch-Tài chính", "Phòng  Kế hoạch — Tài chính");
        same("Phòng Kế hoạch & Tài chính", "Phòng Kế hoạch và Tài chính");
    }

    @Test
    void differentUnitsStayApart() {
        apart("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ tỉnh Hồng Lam");
        apart("Phòng Quản lý Khoa học", "Phòng Quản lý Công nghệ và Sở hữu trí tuệ");
        apart("Trung tâm Thông tin", "Trung tâm Thông tin và Ứng dụng khoa học công nghệ");
        apart("UBND huyện Bình Lam", "UBND huyện Phú Lam");
        // "TT" and "P" are Trung tâm and Phòng only as the first word.
        apart("Sở TT", "Sở Trung tâm");
        apart("Khu P", "Khu Phòng");
    }

    @Test
    void aNameWithoutLettersHasNoKey() {
        assertEquals("", UnitNames.key(" – ; "));
        assertEquals("", UnitNames.key(null));
    }

    @Test
    void slugsAreTheKeyWithHyphens() {
        assertEquals("trung-tam-thong-tin-va-ung-dung-khoa-hoc-cong-nghe", UnitNames.slug("TT Thông tin và Ứng dụng KH&CN"));
        assertEquals("uy-ban-nhan-dan-huyen-binh-lam", UnitNames.slug("UBND huyện Bình Lam"));
    }
}

package vn.loa.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A plan composed for the legacy-encoding tests, and the inverse of Loa's tables: Unicode text written as a TCVN3 or
 * VNI typist's editor would have stored it (the bytes, or the Windows-1252 characters Word keeps in a .Vn run).
 */
final class LegacyFixture {

    /**
     * A plan in Unicode, as a department would type it in TCVN3: no capital vowel with a tone mark at the start of a
     * word in a line of lower case (TCVN3 has no code for it: typists wrote "UBND tỉnh", not "Ủy ban").
     */
    static final String PLAN = """
            UBND TỈNH KIM BẢNG
            SỞ KHOA HỌC VÀ CÔNG NGHỆ
            Số: 45/KH-SKHCN
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Kim Bảng, ngày 08 tháng 4 năm 2024

            KẾ HOẠCH
            Tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024

            Căn cứ Công văn số 1021/BKHCN-VP ngày 02/4/2024 của Bộ Khoa học và Công nghệ về việc tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam;
            Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:

            I. MỤC ĐÍCH, YÊU CẦU
            1. Tuyên truyền sâu rộng về vai trò của khoa học, công nghệ đối với sự phát triển của tỉnh.
            2. Các hoạt động bảo đảm thiết thực, tiết kiệm, hiệu quả.

            II. CHỦ ĐỀ
            Chủ đề năm 2024: “Khoa học và công nghệ - động lực cho chuyển đổi số”.

            III. NỘI DUNG HOẠT ĐỘNG
            1. Lễ kỷ niệm và tôn vinh các nhà khoa học tiêu biểu
            - Thời gian: 8 giờ 00 ngày 17/5/2024 (thứ Sáu).
            - Địa điểm: Hội trường Trung tâm Hội nghị tỉnh.
            - Đơn vị chủ trì: Văn phòng Sở; phối hợp: Liên hiệp các Hội khoa học và kỹ thuật tỉnh.
            2. Triển lãm kết quả nghiên cứu và sản phẩm đổi mới sáng tạo
            - Thời gian: từ ngày 15/5/2024 đến ngày 19/5/2024.
            - Địa điểm: Nhà văn hóa tỉnh.
            3. Báo cáo kết quả thực hiện Kế hoạch về Sở trước ngày 31/5/2024.

            IV. TỔ CHỨC THỰC HIỆN
            Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này triển khai thực hiện./.

            Nơi nhận:
            - Bộ Khoa học và Công nghệ (b/c);
            - UBND tỉnh (b/c);
            - Lưu: VT, VP.
            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC

            Trần Thị Minh Nguyệt
            """;

    private LegacyFixture() {
    }

    /**
     * The text as TCVN3 Windows-1252 characters; a capital with a tone mark (no code of its own) becomes the lower-case
     * code, as in the capitals-only .VnTimeH fonts.
     */
    static String toTcvn3(String unicode) {
        return encode(unicode, inverse("tcvn3.tsv", true), true);
    }

    /** The text as VNI Windows-1252 characters. */
    static String toVni(String unicode) {
        return encode(unicode, inverse("vni.tsv", false), false);
    }

    /** Windows-1252 bytes of such text. */
    static byte[] bytes(String cp1252Text) {
        return cp1252Text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }

    private static String encode(String unicode, Map<String, String> inverse, boolean lowerCapitals) {
        String s = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            String code = inverse.get(c);
            if (code == null && lowerCapitals) {
                code = inverse.get(c.toLowerCase(Locale.forLanguageTag("vi")));
            }
            b.append(code != null ? code : c);
        }
        return b.toString();
    }

    /** Unicode letter → its legacy characters; for TCVN3 only the codes of the ABC fonts (lower case and ĂÂÊÔƠƯĐ). */
    private static Map<String, String> inverse(String resource, boolean tcvn3) {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String u = Normalizer.normalize(f[1], Normalizer.Form.NFC);
                if (u.length() != 1 || !Character.isLetter(u.charAt(0))) {
                    continue;
                }
                if (tcvn3 && Character.isUpperCase(u.charAt(0)) && "ĂÂÊÔƠƯĐ".indexOf(u.charAt(0)) < 0) {
                    continue;
                }
                StringBuilder k = new StringBuilder();
                for (String hex : f[0].trim().split(" ")) {
                    k.append(LegacyEncoding.Cp1252.CHARS[Integer.parseInt(hex, 16)]);
                }
                m.merge(u, k.toString(), (a, b) -> a.length() <= b.length() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}

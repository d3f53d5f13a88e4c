package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Themes and slogans quoted in prose anywhere in the body, with any quote marks; the text inside the quotes, once. */
class ThemesInProseTest {

    private static ImportedDocument post(String paragraph) {
        return Importer.parseText("Khai mạc Tuần lễ đổi mới sáng tạo tỉnh Sơn Hà\n19/04/2024\n\n"
                + "Sáng 18/4, UBND tỉnh Sơn Hà khai mạc Tuần lễ đổi mới sáng tạo với sự tham gia của 60 doanh nghiệp.\n\n" + paragraph + "\n\nPV\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Tuần lễ diễn ra với chủ đề "Đổi mới sáng tạo vì tăng trưởng xanh".                 => Đổi mới sáng tạo vì tăng trưởng xanh
            Chủ đề năm nay là “Khởi nghiệp từ tài nguyên bản địa”, thu hút nhiều bạn trẻ.      => Khởi nghiệp từ tài nguyên bản địa
            Sự kiện mang chủ đề «Dữ liệu mở, cơ hội mở» và kéo dài 4 ngày.                     => Dữ liệu mở, cơ hội mở
            Các gian hàng trưng bày theo chủ đề: "Nông nghiệp số".                              => Nông nghiệp số
            """)
    void aThemeInProse(String paragraph, String theme) {
        ImportedDocument d = post(paragraph);
        assertEquals(List.of(theme), d.themes());
        assertEquals(List.of(), d.slogans());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Dọc các tuyến phố treo băng rôn với khẩu hiệu “Sáng tạo hôm nay - Phát triển ngày mai”. => Sáng tạo hôm nay – Phát triển ngày mai
            Ban Tổ chức phát động khẩu hiệu hành động: "Mỗi doanh nghiệp một sáng kiến".            => Mỗi doanh nghiệp một sáng kiến
            Tuần lễ gửi thông điệp «Sáng tạo vì cộng đồng» tới thanh niên.                          => Sáng tạo vì cộng đồng
            """)
    void aSloganOrMessageInProse(String paragraph, String slogan) {
        ImportedDocument d = post(paragraph);
        assertEquals(List.of(slogan), d.slogans());
    }

    @Test
    void severalQuotedOnesInARowAndNoDuplicates() {
        ImportedDocument d = post("Các tọa đàm xoay quanh chủ đề “Vốn cho khởi nghiệp”, “Sở hữu trí tuệ cho doanh nghiệp nhỏ” và "
                + "“Chuyển đổi số”. Ở phiên bế mạc, chủ đề \"Vốn cho khởi nghiệp\" được nhắc lại.");
        assertEquals(List.of("Vốn cho khởi nghiệp", "Sở hữu trí tuệ cho doanh nghiệp nhỏ", "Chuyển đổi số"), d.themes());
    }

    @Test
    void theWordWithoutQuotesIsNoTheme() {
        ImportedDocument d = post("Các đơn vị treo băng rôn, khẩu hiệu tuyên truyền; các chủ đề thảo luận sẽ được công bố sau.");
        assertEquals(List.of(), d.themes());
        assertEquals(List.of(), d.slogans());
    }

    @Test
    void inAPlanTooAlongsideItsLabelledThemes() {
        ImportedDocument d = Importer.parseText("KẾ HOẠCH\nTổ chức Ngày hội Khởi nghiệp tỉnh Sơn Hà năm 2024\n\nI. CHỦ ĐỀ\n\n"
                + "Chủ đề: “Khởi nghiệp xanh”.\n\nII. NỘI DUNG\n\n1. Ngày hội khởi nghiệp\n\n"
                + "- Ngày hội diễn ra ngày 25/10/2024 với chủ đề \"Khởi nghiệp xanh\" và khẩu hiệu \"Dám nghĩ - Dám làm\".\n");
        assertEquals(List.of("Khởi nghiệp xanh"), d.themes());
        assertEquals(List.of("Dám nghĩ – Dám làm"), d.slogans());
        assertEquals(1, d.events().size(), "the sentence stays in the body and dates its event");
    }
}

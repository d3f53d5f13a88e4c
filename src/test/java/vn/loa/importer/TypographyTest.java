package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles, themes and slogans with the quotes and dashes the rest of the site uses. */
class TypographyTest {

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            Tổ chức Hội thảo "Chuyển đổi số trong nông nghiệp"                        | Tổ chức Hội thảo “Chuyển đổi số trong nông nghiệp”
            Cuộc thi "Ý tưởng khởi nghiệp" và Triển lãm "Sáng tạo trẻ"                | Cuộc thi “Ý tưởng khởi nghiệp” và Triển lãm “Sáng tạo trẻ”
            Đổi mới sáng tạo - nền tảng phát triển bền vững                          | Đổi mới sáng tạo – nền tảng phát triển bền vững
            Sáng tạo hôm nay -- Phát triển ngày mai                                  | Sáng tạo hôm nay – Phát triển ngày mai
            Chương trình phát triển tài sản trí tuệ giai đoạn 2021 - 2025            | Chương trình phát triển tài sản trí tuệ giai đoạn 2021–2025
            Chương trình phát triển tài sản trí tuệ giai đoạn 2021-2025              | Chương trình phát triển tài sản trí tuệ giai đoạn 2021–2025
            Tuần lễ khoa học từ 15/5 - 20/5/2024                                     | Tuần lễ khoa học từ 15/5–20/5/2024
            Chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5                       | Chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5
            Phòng chống dịch COVID-19 tại cơ quan                                     | Phòng chống dịch COVID-19 tại cơ quan
            Khẩu hiệu «Sáng tạo vì cộng đồng»                                        | Khẩu hiệu «Sáng tạo vì cộng đồng»
            "Khoa học vì cuộc sống"                                                  | “Khoa học vì cuộc sống”
            """)
    void quotesAndDashes(String written, String typographic) {
        assertEquals(typographic, Typography.of(written));
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.of("Hội thảo", "\"", "“", "”", " ", "-", "--", " - ", "–", "2021", "2025", "18", "/", "5", "(", ")", "«", "»",
                "năm", "KH&CN", ":", ",").list().ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void onceIsEnoughAndNoStraightQuoteIsLeft(@ForAll("titles") String title) {
        String once = Typography.of(title);
        assertEquals(once, Typography.of(once), () -> "«" + title + "»");
        assertFalse(once.contains("\""), once);
    }

    @Property(tries = 2000)
    void wordsAndNumbersAreKept(@ForAll("titles") String title) {
        assertEquals(title.replaceAll("[\\s\"“”\\-–—]", ""), Typography.of(title).replaceAll("[\\s\"“”\\-–—]", ""));
    }
}

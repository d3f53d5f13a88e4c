package vn.loa.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a news post that names no event in {@code reports_on} is taken to report on one: only when it plainly names it. */
class ReportMatchTest {

    private static boolean names(String postTitle, String summary, String eventTitle) {
        return ReportMatch.names(ReportMatch.syllables(postTitle), ReportMatch.syllables(summary), eventTitle);
    }

    @Test
    void aTitleThatCarriesTheEventsTitleNamesIt() {
        assertTrue(names("Kỷ niệm Ngày Khoa học và Công nghệ Việt Nam và 65 năm thành lập Bộ Khoa học và Công nghệ", "",
                "Lễ kỷ niệm Ngày Khoa học và Công nghệ Việt Nam và 65 năm thành lập Bộ Khoa học và Công nghệ"));
        assertTrue(names("Lễ kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2023", "",
                "Lễ kỷ niệm Ngày Khoa học và Công nghệ Việt Nam và trao giải cuộc thi trực tuyến"),
                "the shorter title is mostly in the longer one");
    }

    @Test
    void theEventsQuotedNameInTheTitleOrSummaryNamesItWithOrWithoutToneMarks() {
        assertTrue(names("Khai mạc triển lãm ảnh “Khoa học và công nghệ Hồng Lam – hành trình đổi mới”", "",
                "Triển lãm ảnh “Khoa học và công nghệ Hồng Lam – hành trình đổi mới”"));
        assertTrue(names("Kỷ niệm ngày truyền thống", "Cùng giờ, Ngày hội \"Sang tao tre Hong Lam\" diễn ra tại Nhà Thiếu nhi.",
                "Ngày hội “Sáng tạo trẻ Hồng Lam”"));
    }

    @Test
    void sharingAFewCommonWordsIsNotNamingIt() {
        assertFalse(names("Sở công bố danh mục nhiệm vụ khoa học năm 2025", "Danh mục gồm mười hai nhiệm vụ.", "Lễ kỷ niệm"));
        assertFalse(names("Hội thảo ứng dụng công nghệ sinh học trong nông nghiệp", "",
                "Hội thảo “Ứng dụng trí tuệ nhân tạo trong cải cách hành chính”"), "same kind of event, another subject");
        assertFalse(names("Tọa đàm khoa học", "", "Tọa đàm khoa học và công nghệ với doanh nghiệp trẻ"),
                "too few pairs in common to be sure");
        assertFalse(names("Trường học xanh hưởng ứng ngày môi trường", "", "Chương trình “Xanh”"), "a one-syllable quoted name is too weak");
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The place of an event named after its activity in the date's clause, and an address in brackets that goes on a
 * place (issue 13, round 2). From a report and a news post composed for these tests.
 */
class PlacesInClauseTest {

    @Test
    void thePlaceAfterTheActivityBelongsToTheDateOfItsClause() {
        ImportedDocument d = Importer.parseText("""
                BÁO CÁO
                Kết quả hoạt động tháng 4 năm 2026

                I. KẾT QUẢ
                Ngày 08/4/2026, Sở tổ chức Hội nghị tập huấn về mã số mã vạch tại Khách sạn Hoàng Gia, TP. Bắc Giang; ngày 22/4/2026, phối hợp với Hội Nông dân tỉnh tổ chức Tọa đàm nông nghiệp số tại Nhà Văn hóa huyện Lục Nam.
                Ngày 25/4/2026, Sở hoàn thành báo cáo theo hướng dẫn nêu tại Công văn số 30/BKHCN-VP.
                """);
        assertEquals("Khách sạn Hoàng Gia, TP. Bắc Giang", EventFixtures.quoted(d, "Ngày 08/4/2026").location());
        assertEquals("Nhà Văn hóa huyện Lục Nam", EventFixtures.quoted(d, "ngày 22/4/2026").location());
        assertNull(EventFixtures.quoted(d, "Ngày 25/4/2026").location(), "a document is no place");
    }

    @Test
    void anAddressInBracketsGoesOnThePlace() {
        ImportedDocument d = Importer.parseText("""
                Khai giảng lớp đào tạo quản trị công nghệ

                Thứ Hai, 07/9/2026 - 10:00

                Lớp học khai giảng sáng 09/9/2026 tại Phòng họp số 1, Trung tâm Ứng dụng khoa học (số 45 đường Lê Lợi, TP. Vinh), với 40 học viên.
                """);
        assertEquals("Phòng họp số 1, Trung tâm Ứng dụng khoa học (số 45 đường Lê Lợi, TP. Vinh)", d.events().get(0).location());
    }

    @Test
    void aLabelNamesItsActivityAlsoWhenAPlaceOrAnotherClauseFollowsTheDate() {
        ImportedDocument d = Importer.parseText("""
                KẾ HOẠCH
                Tổ chức Hội thi Tin học trẻ tỉnh năm 2026

                I. TIẾN ĐỘ
                - Nhận bài dự thi: từ ngày 01/3 đến hết ngày 30/4/2026 tại Văn phòng Sở (số 8 đường Trần Phú, TP. Hà Tĩnh).
                - Chấm vòng loại: hạ tuần tháng 5/2026; chấm chung kết: trong tháng 6/2026.
                - Tổng kết, trao giải: dự kiến sáng ngày 15/7/2026 tại Nhà Thiếu nhi tỉnh.
                """);
        ImportedEvent receive = d.events().get(0);
        assertEquals("Nhận bài dự thi", receive.text());
        assertEquals("Văn phòng Sở (số 8 đường Trần Phú, TP. Hà Tĩnh)", receive.location());
        assertEquals("Chấm vòng loại", EventFixtures.quoted(d, "hạ tuần tháng 5/2026").text());
        ImportedEvent award = EventFixtures.quoted(d, "sáng ngày 15/7/2026");
        assertEquals("Tổng kết, trao giải", award.text());
        assertEquals("Nhà Thiếu nhi tỉnh", award.location());
    }

    @Test
    void aDeadlineHasNoVenue() {
        ImportedDocument d = Importer.parseText("""
                THÔNG BÁO
                Tuyển chọn nhiệm vụ khoa học năm 2027

                Hồ sơ đăng ký gửi trước 17 giờ 00 ngày 30/9/2026, nộp trực tiếp tại Văn phòng Sở.
                """);
        assertEquals("deadline", d.events().get(0).kind());
        assertNull(d.events().get(0).location());
    }

    @Test
    void anActivityAndItsPlaceRightBeforeTheDate() {
        ImportedDocument d = Importer.parseText("""
                BÁO CÁO
                Kết quả tham gia các sự kiện khoa học và công nghệ năm 2026

                I. KẾT QUẢ
                Theo Ban Tổ chức, Sở tham gia Triển lãm đổi mới sáng tạo quốc gia tại Cung Văn hóa Hữu nghị, Hà Nội từ ngày 02/10 đến ngày 04/10/2026.
                """);
        ImportedEvent e = d.events().get(0);
        assertEquals("Sở tham gia Triển lãm đổi mới sáng tạo quốc gia", e.text());
        assertEquals("Cung Văn hóa Hữu nghị, Hà Nội", e.location());
    }
}

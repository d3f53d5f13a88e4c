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
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.load.Signer;

/** The byline ending a news post is its author or source, never its signer, and is not part of its body. */
class BylineTest {

    /** A news post of a provincial Department of Science and Technology, without its ending. */
    private static final String POST = "Sơn Hà: Nghiệm thu mô hình nuôi cá tầm trong bể tuần hoàn\nThứ Sáu, 07/06/2024 - 15:20\n\n"
            + "Ngày 6/6, Hội đồng khoa học và công nghệ tỉnh Sơn Hà tổ chức nghiệm thu dự án ứng dụng công nghệ nuôi cá tầm "
            + "trong bể tuần hoàn tại huyện Mường Lát.\n\n"
            + "Sau hai năm triển khai, dự án đã xây dựng 4 bể nuôi, sản lượng đạt 12 tấn, lợi nhuận cao hơn 20% so với nuôi truyền thống.\n\n"
            + "Hội đồng thống nhất xếp loại dự án đạt loại Khá.\n\n";

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiterString = "=>", nullValues = "null", textBlock = """
            Tin, ảnh: Minh Tâm                       => Minh Tâm           => null
            Bài và ảnh: Nguyễn Thu Hà                => Nguyễn Thu Hà      => null
            Tin: Hoàng Nam\\nẢnh: Lê Quang           => Hoàng Nam          => null
            Ảnh: Lê Quang                            => Lê Quang           => null
            PV                                       => PV                 => null
            Nhóm PV                                  => Nhóm PV            => null
            Văn Anh - Thu Hà                         => Văn Anh – Thu Hà   => null
            *Minh Tâm*                               => Minh Tâm           => null
            Theo Báo Sơn Hà                          => null               => Báo Sơn Hà
            (Nguồn: Cổng TTĐT tỉnh Sơn Hà)           => null               => Cổng TTĐT tỉnh Sơn Hà
            Tin, ảnh: Minh Tâm\\nNguồn: baosonha.vn  => Minh Tâm           => baosonha.vn
            Thu Hà\\n(Theo Đài PT-TH Sơn Hà)         => Thu Hà             => Đài PT-TH Sơn Hà
            """)
    void theBylineIsTheAuthorOrTheSource(String ending, String author, String source) {
        String end = ending.replace("\\n", "\n");
        ImportedDocument d = Importer.parseText(POST + end + "\n");
        assertEquals(author, d.author());
        assertEquals(source, d.source());
        assertNull(d.signer(), "a byline is never a signer");
        for (String line : end.split("\n")) {
            assertFalse(d.markdown().contains(line.replaceAll("[*()]", "")), d.markdown());
        }
        assertTrue(d.markdown().contains("Hội đồng thống nhất xếp loại dự án đạt loại Khá."), d.markdown());
    }

    @Test
    void aLoneNameIsAGuessedAuthorALabelledOneIsNot() {
        assertTrue(Importer.parseText(POST + "Minh Tâm\n").check().contains("author"));
        assertFalse(Importer.parseText(POST + "Tin: Minh Tâm\n").check().contains("author"));
        assertFalse(Importer.parseText(POST + "PV\n").check().contains("author"));
    }

    @Test
    void aPhotoCaptionInTheBodyIsNoByline() {
        ImportedDocument d = Importer.parseText(POST.replace("Hội đồng thống nhất", "Ảnh: Các thành viên hội đồng kiểm tra bể nuôi.\n\nHội đồng thống nhất")
                + "Tin: Hoàng Nam\n");
        assertEquals("Hoàng Nam", d.author());
        assertTrue(d.markdown().contains("Ảnh: Các thành viên hội đồng kiểm tra bể nuôi."), d.markdown());
    }

    @Test
    void aSentenceEndingThePostIsNoSource() {
        ImportedDocument d = Importer.parseText(POST + "Theo Ban Tổ chức, mô hình sẽ được nhân rộng tại 3 huyện trong năm 2025.\n");
        assertNull(d.source());
        assertNull(d.author());
        assertTrue(d.markdown().contains("Theo Ban Tổ chức, mô hình sẽ được nhân rộng"), d.markdown());
    }

    @Test
    void aPostWithoutASignatureBlockHasNoSigner() {
        ImportedDocument d = Importer.parseText(POST + "SỞ KHOA HỌC VÀ CÔNG NGHỆ SƠN HÀ\n");
        assertNull(d.signer());
        assertTrue(d.markdown().contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ SƠN HÀ"), "a line in capitals alone is no signature block");
    }

    @Test
    void aNameUnderAPositionIsASignerNotAByline() {
        // A notice posted without its kind line, still signed.
        ImportedDocument d = Importer.parseText("Thông báo lịch tiếp công dân tháng 7/2024 của Sở Khoa học và Công nghệ\n\n"
                + "Lãnh đạo Sở tiếp công dân định kỳ vào sáng thứ Năm, ngày 11/7/2024, tại Phòng tiếp công dân, số 5 Lê Lợi.\n\n"
                + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nPhan Văn Đức\n");
        assertEquals(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Văn Đức"), d.signer());
        assertNull(d.author());
    }

    @Test
    void anOfficialDocumentHasNoByline() {
        ImportedDocument d = Importer.parseText("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 88/TB-SKHCN\nSơn Hà, ngày 2 tháng 7 năm 2024\n\nTHÔNG BÁO\n"
                + "Lịch tiếp công dân tháng 7 năm 2024\n\nLãnh đạo Sở tiếp công dân vào sáng ngày 11/7/2024.\n\n"
                + "Nơi nhận:\n- Ban Tiếp công dân tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Minh Khoa\n");
        assertNull(d.author());
        assertNull(d.source());
        assertEquals(new Signer(null, "GIÁM ĐỐC", "Nguyễn Minh Khoa"), d.signer());
        assertEquals(List.of("Ban Tiếp công dân tỉnh", "Lưu: VT"), d.recipients());
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiterString = "=>", textBlock = """
            Minh Tâm                        => true
            Văn Anh - Thu Hà                => true
            Nguyễn Văn An, Trần Thị Bích    => true
            Minh Tâm (Trung tâm Thông tin)  => true
            Nhóm PV                         => true
            Hội đồng thống nhất             => false
            Sở Khoa học và Công nghệ        => false
            Minh                            => false
            """)
    void personsLookLikeNames(String text, boolean persons) {
        assertEquals(persons, Byline.persons(text));
    }
}

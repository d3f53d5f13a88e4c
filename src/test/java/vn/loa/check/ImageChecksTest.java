package vn.loa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 6 of issue 15: {@code loa check} names, with file and line, a missing image, an image without alt text (an
 * empty alt only when marked as decoration), an image larger than {@code image_max_kb}, and an image no page uses.
 */
class ImageChecksTest {

    @TempDir
    Path dir;
    TinySite site;

    @BeforeEach
    void site() {
        site = new TinySite(dir);
    }

    private static byte[] kb(int n) {
        return new byte[n * 1024];
    }

    @Test
    void aMissingImageIsAnErrorAtItsLineInEachForm() {
        site.page("tin-tuc/t/index.md", "title: T\ndate: 2024-05-02\nimage: bia.jpg\nimage_alt: Bìa\n",
                "Đoạn mở đầu.\n\n![Hội thảo](hoi-thao.jpg)\n\n<img src=\"gian-hang.png\" alt=\"Gian hàng\">\n");
        List<String> lines = site.lines();
        assertEquals(List.of(
                "content/tin-tuc/t/index.md:4: lỗi: ảnh 'bia.jpg' không có: cổng sẽ không có tệp /tin-tuc/t/bia.jpg",
                "content/tin-tuc/t/index.md:9: lỗi: ảnh 'hoi-thao.jpg' không có: cổng sẽ không có tệp /tin-tuc/t/hoi-thao.jpg",
                "content/tin-tuc/t/index.md:11: lỗi: ảnh 'gian-hang.png' không có: cổng sẽ không có tệp /tin-tuc/t/gian-hang.png"),
                lines.stream().map(l -> l.substring(0, l.indexOf(" — cách sửa"))).toList());
    }

    @Test
    void anEmptyAltIsRightOnlyForAnImageMarkedAsDecoration() {
        site.page("tin-tuc/t/index.md", "title: T\ndate: 2024-05-02\n",
                "![](hoa-van.png \"trang trí\")\n\n<img src=\"hoa-van.png\" alt=\"\" role=\"presentation\">\n\n"
                        + "![](hoa-van.png \"Hoa văn\")\n\n<img src=\"hoa-van.png\" alt=\"\">\n\n![Hoa văn trống đồng](hoa-van.png)\n");
        site.bytes("tin-tuc/t/hoa-van.png", kb(1));
        List<String> lines = site.lines();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("content/tin-tuc/t/index.md:9: cảnh báo: ảnh 'hoa-van.png' không có văn bản thay thế (alt)"), lines::toString);
        assertTrue(lines.get(1).startsWith("content/tin-tuc/t/index.md:11: cảnh báo: ảnh 'hoa-van.png' có alt rỗng nhưng không được đánh dấu là ảnh trang trí"),
                lines::toString);
    }

    @Test
    void anImageLargerThanTheLimitIsAWarningWhereItIsUsed() {
        site.file("site.yaml", "title: Cổng thử\nimage_max_kb: 3\n");
        site.page("tin-tuc/t/index.md", "title: T\ndate: 2024-05-02\nimage: lon.jpg\nimage_alt: Ảnh lớn\n",
                "![Ảnh nhỏ](nho.jpg)\n\n![Ảnh lớn](lon.jpg)\n\n<img src=\"lon.jpg\" alt=\"Ảnh lớn\">\n");
        site.bytes("tin-tuc/t/lon.jpg", kb(4));
        site.bytes("tin-tuc/t/nho.jpg", kb(3));
        List<String> lines = site.lines();
        assertEquals(List.of("content/tin-tuc/t/index.md:4", "content/tin-tuc/t/index.md:9", "content/tin-tuc/t/index.md:11"),
                lines.stream().map(l -> l.substring(0, l.indexOf(": "))).toList(), lines::toString);
        assertTrue(lines.get(1).contains("cảnh báo: ảnh 'lon.jpg' nặng 4 KB, quá giới hạn 3 KB (image_max_kb trong site.yaml)"), lines::toString);
        // By default the limit is 5 000 KB: the same site has nothing to say.
        site.file("site.yaml", "title: Cổng thử\n");
        assertEquals(List.of(), site.lines());
    }

    @Test
    void aLimitThatIsNotAPositiveNumberIsAnErrorAtItsLine() {
        site.file("site.yaml", "title: Cổng thử\nimage_max_kb: 0\n");
        assertEquals(List.of("content/site.yaml:2: lỗi: image_max_kb phải là một số nguyên dương (số KB) — cách sửa: ví dụ: image_max_kb: 5000"),
                site.lines());
    }

    @Test
    void anImageNoPageUsesIsAWarningOnItsFile() {
        site.file("site.yaml", "title: Cổng thử\nlogo: /anh/bieu-trung.png\n");
        site.bytes("anh/bieu-trung.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        site.bytes("anh/thua.png", kb(1));
        site.page("tin-tuc/t/index.md", "title: T\ndate: 2024-05-02\n", "![Dùng](dung.jpg) [bản lớn](lien-ket.jpg)\n\n<img src=\"/anh/html.png\" alt=\"HTML\">\n");
        site.bytes("tin-tuc/t/dung.jpg", kb(1));
        site.bytes("tin-tuc/t/lien-ket.jpg", kb(1));
        site.bytes("tin-tuc/t/bo-quen.JPG", kb(1));
        site.bytes("anh/html.png", kb(1));
        site.page("tin-tuc/nhap/index.md", "title: N\ndate: 2024-05-02\ndraft: true\n", "![Nháp](anh-nhap.jpg)\n");
        site.bytes("tin-tuc/nhap/anh-nhap.jpg", kb(1));
        site.bytes("tin-tuc/t/bang.pdf", kb(1));
        List<String> lines = site.lines();
        assertEquals(List.of(
                "content/anh/thua.png: cảnh báo: ảnh không được trang nào dùng: cổng vẫn chép tệp này lên máy chủ — cách sửa: dùng ảnh trong một bài"
                        + " (![Mô tả ảnh](thua.png)) hoặc xóa tệp",
                "content/tin-tuc/t/bo-quen.JPG: cảnh báo: ảnh không được trang nào dùng: cổng vẫn chép tệp này lên máy chủ — cách sửa: dùng ảnh trong một bài"
                        + " (![Mô tả ảnh](bo-quen.JPG)) hoặc xóa tệp"),
                lines);
    }
}

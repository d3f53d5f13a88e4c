package vn.loa.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.check.Cli;

/** {@code loa publish} through the command line: messages, exit codes, and {@code publish:} of site.yaml. */
class PublishCommandTest {

    @TempDir
    Path dir;

    SampleSite site;

    @BeforeEach
    void site() throws Exception {
        site = new SampleSite(dir.resolve("site"));
        Files.createDirectories(dir.resolve("content"));
    }

    void siteYaml(String text) throws Exception {
        Files.writeString(dir.resolve("content/site.yaml"), text);
    }

    @Test
    void publishesToAFolderAndSaysWhatItDid() {
        Path target = dir.resolve("dich");
        Cli r = Cli.run("publish", target.toString(), "--source", dir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Xuất bản lên " + target + " …\n"), r.out());
        assertTrue(r.lines().get(r.lines().size() - 1).matches("Đã xuất bản lên .*: thêm 12 tệp, sửa 0 tệp, xóa 0 tệp, đã gửi 68,6 KB\\."),
                r.out());
        Cli again = Cli.run("publish", target.toString(), "--source", dir.toString(), "--dry-run");
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("Chạy thử, chưa thay đổi gì trên " + target + ": sẽ thêm 0 tệp, sửa 0 tệp, xóa 0 tệp, gửi 0 byte."),
                again.out());
    }

    @Test
    void theDestinationComesFromSiteYamlRelativeToTheSite() throws Exception {
        siteYaml("title: Sở KH&CN\npublish: ban-xuat\n");
        Cli r = Cli.run("publish", "--source", dir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(site.published(), SampleSite.content(dir.resolve("ban-xuat")));
    }

    @Test
    void withoutADestinationItSaysHowToGiveOne() {
        Cli r = Cli.run("publish", "--source", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("lỗi: chưa nói xuất bản tới đâu — cách sửa: viết nơi xuất bản sau lệnh"), r.err());
    }

    @Test
    void aPasswordInSiteYamlIsAnErrorThatSaysWhatToDoInstead() throws Exception {
        siteYaml("title: T\npublish: sftp://bientap@may-chu.gov.vn/var/www\npassword: bi-mat\n");
        Cli r = Cli.run("publish", "--source", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("content/site.yaml:3: lỗi: site.yaml không được chứa mật khẩu ('password:') — cách sửa: xóa mật khẩu"
                ), r.err());
        assertTrue(r.err().contains("LOA_PUBLISH_PASSWORD"), r.err());
        assertFalse(r.err().contains("bi-mat") || r.out().contains("bi-mat"));
        // loa check and loa build refuse it too
        assertEquals(1, Cli.run("check", "--source", dir.toString()).exit());

        siteYaml("title: T\npublish: sftp://bientap:bi-mat@may-chu.gov.vn/var/www\n");
        Cli inAddress = Cli.run("publish", "--source", dir.toString());
        assertEquals(1, inAddress.exit());
        assertTrue(inAddress.err().startsWith("content/site.yaml:2: lỗi: địa chỉ 'publish:' chứa mật khẩu"), inAddress.err());
        assertFalse(inAddress.err().contains("bi-mat"));
    }

    @Test
    void aTargetPathThatEscapesItsRootIsRefusedBeforeAnyConnection() {
        Cli r = Cli.run("publish", "sftp://bientap@127.0.0.1:1/var/www/../../etc", "--source", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("có '..', có thể ra ngoài thư mục gốc"), r.err());
    }

    @Test
    void aSiteNotBuiltIsRefused() {
        Cli r = Cli.run("publish", dir.resolve("dich").toString(), "--source", dir.toString(), "--site", dir.resolve("khong-co").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("chạy 'loa build' trước"), r.err());
    }
}

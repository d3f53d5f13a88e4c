package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;

/**
 * {@code base_url: "https://x.example/a|b/"} and {@code --base-url 'https://[::1/'} passed a regular expression and
 * crashed the build later. Both are read by {@link BaseUrl} with {@link java.net.URI}: http or https, a host, no user
 * name, query or fragment; anything else is an error at its line of {@code site.yaml}, or about the option.
 */
class BaseUrlTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://khcn.example.gov.vn | https://khcn.example.gov.vn/",
            "https://khcn.example.gov.vn/ | https://khcn.example.gov.vn/",
            "http://example.gov.vn/khcn | http://example.gov.vn/khcn/",
            "HTTPS://Example.gov.vn/Khcn/ | HTTPS://Example.gov.vn/Khcn/",
            "http://127.0.0.1:1318/ | http://127.0.0.1:1318/",
            "http://[::1]:8080/site/ | http://[::1]:8080/site/",
            "https://example.gov.vn/t%C3%A0i-li%E1%BB%87u/ | https://example.gov.vn/t%C3%A0i-li%E1%BB%87u/",
            "'  https://example.gov.vn/  ' | https://example.gov.vn/"})
    void goodAddresses(String given, String read) {
        assertEquals(read, BaseUrl.parse(given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "https://x.example/a|b/; viết đúng cách",
            "https://[::1/; viết đúng cách",
            "ftp://example.gov.vn/; https://",
            "example.gov.vn/khcn/; https://",
            "/khcn/; https://",
            "javascript:alert(1)//; https://",
            "https:example.gov.vn; thiếu tên máy chủ",
            "https:///; thiếu tên máy chủ",
            "https://ex ample.gov.vn/; dấu cách",
            "https://user:pass@example.gov.vn/; tên đăng nhập",
            "https://example.gov.vn/?a=1; truy vấn",
            "https://example.gov.vn/#tin; #tin",
            "https://example.gov.vn/a/../b/; ..",
            "https://exa_mple.gov.vn/; không hợp lệ"})
    void badAddresses(String given, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse(given));
        assertTrue(e.getMessage().contains(why), () -> given + ": " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.example/a|b/", "https://[::1/", "file:///var/www/", "https://a.example/\u001Bx/"})
    void aBadBaseUrlInSiteYamlIsAnErrorAtItsLine(String url) {
        TinySite site = new TinySite(dir).write("content/site.yaml", TinySite.SITE_YAML + "description: Cổng\nbase_url: \""
                + url.replace("\u001B", "\\e") + "\"\n");
        BuildAndCheck.of(site).reports("content/site.yaml", 3, url.contains("\u001B") ? "U+001B" : "base_url '" + url + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://[::1/", "https://x.example/a|b/", "khcn.example.gov.vn", "https://u@x.example/"})
    void aBadBaseUrlOptionIsRefusedLikeAUsageError(String url) {
        TinySite site = new TinySite(dir);
        Run r = site.build("--base-url", url);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("lỗi: giá trị '" + url + "' không hợp lệ cho tùy chọn '--base-url': "), r::toString);
        assertTrue(r.err().contains("— cách sửa: viết địa chỉ đầy đủ của cổng, ví dụ '--base-url https://"), r::toString);
        assertFalse(r.err().contains("Exception") || r.err().contains("sự cố ngoài dự kiến"), r::toString);
        assertFalse(java.nio.file.Files.exists(site.output), "nothing was written");
    }

    @Test
    void aGoodBaseUrlMakesAbsoluteAddresses() {
        TinySite site = new TinySite(dir).write("content/site.yaml", TinySite.SITE_YAML + "base_url: https://khcn.example.gov.vn\n");
        assertEquals(0, site.build().exit());
        assertTrue(site.read("tin-tuc/index.xml").contains("https://khcn.example.gov.vn/tin-tuc/khai-mac/"));
        Run r = site.build("--base-url", "http://[::1]:8080/thu/");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(site.read("tin-tuc/index.xml").contains("http://[::1]:8080/thu/tin-tuc/khai-mac/"));
    }
}

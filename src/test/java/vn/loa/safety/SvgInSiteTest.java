package vn.loa.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;

/** 2. An SVG placed in content/ is published cleaned; one that cannot be read stops the build naming it. */
class SvgInSiteTest {

    @TempDir
    Path dir;

    @Test
    void anSvgInContentIsPublishedWithoutItsScript() {
        TinySite site = new TinySite(dir);
        site.write("content/tin-tuc/hoi-thao/index.md", TinySite.GOOD_NEWS);
        site.write("content/tin-tuc/hoi-thao/so-do.svg", HostileSvg.TEXT);
        site.write("content/anh/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>");
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        String bundled = site.read("tin-tuc/hoi-thao/so-do.svg");
        assertFalse(bundled.contains("alert"), bundled);
        assertTrue(bundled.contains("Ngày Sáng tạo"), bundled);
        String logo = site.read("anh/logo.svg");
        assertFalse(logo.contains("onload"), logo);
        assertTrue(logo.contains("<circle r=\"4\">"), logo);
    }

    @Test
    void anSvgThatCannotBeParsedStopsTheBuildAndKeepsTheLastSite() {
        TinySite site = new TinySite(dir);
        site.write("content/tin-tuc/hoi-thao/index.md", TinySite.GOOD_NEWS);
        assertEquals(0, site.build().exit());
        site.write("content/anh/hong.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</svg>");
        Run r = site.build();
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("hong.svg") && r.err().contains("ảnh SVG không đọc được"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }
}

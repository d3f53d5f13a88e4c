package vn.loa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Site-absolute links made relative to the page that holds them, so site/ works anywhere. */
class RelativeUrlsTest {

    static final RelativeUrls ONLINE = new RelativeUrls(false);
    static final RelativeUrls OFFLINE = new RelativeUrls(true);

    @ParameterizedTest(name = "from {0} to {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from the home page
            /                          | /tin-tuc/                        | tin-tuc/
            /                          | /tin-tuc/toa-dam-2024/           | tin-tuc/toa-dam-2024/
            /                          | /css/loa.css                     | css/loa.css
            # to the home page
            /                          | /                                | ./
            /tin-tuc/                  | /                                | ../
            /tin-tuc/toa-dam-2024/     | /                                | ../../
            /chien-dich/ngay-khcn/2024/ | /                               | ../../../
            # between nested pages
            /tin-tuc/toa-dam-2024/     | /tin-tuc/hoi-thao-2024/          | ../hoi-thao-2024/
            /tin-tuc/toa-dam-2024/     | /ke-hoach/ke-hoach-ngay-khcn-2024/ | ../../ke-hoach/ke-hoach-ngay-khcn-2024/
            /tin-tuc/toa-dam-2024/     | /tin-tuc/                        | ../
            /tin-tuc/                  | /tin-tuc/toa-dam-2024/           | toa-dam-2024/
            /tin-tuc/                  | /tin-tuc/                        | ./
            /tin-tuc/trang/2/          | /tin-tuc/trang/3/                | ../3/
            /chien-dich/ngay-khcn/2024/ | /chien-dich/ngay-khcn/2024/lich.ics | lich.ics
            /chien-dich/ngay-khcn/2024/ | /chien-dich/ngay-sang-tao/2024/  | ../../ngay-sang-tao/2024/
            /ke-hoach/x/               | /ke-hoach/x/ke-hoach.pdf         | ke-hoach.pdf
            /ke-hoach/x/               | /ke-hoach/x                      | ../x
            # from a file rather than a folder
            /tin-tuc/index.xml         | /tin-tuc/toa-dam-2024/           | toa-dam-2024/
            /sitemap.xml               | /ke-hoach/                       | ke-hoach/
            /404.html                  | /                                | ./
            # fragments and queries stay
            /ke-hoach/x/               | /ke-hoach/x/#ii-noi-dung         | ./#ii-noi-dung
            /ke-hoach/x/               | /ke-hoach/y/#su-kien-toa-dam     | ../y/#su-kien-toa-dam
            /tin-tuc/a/                | /tim-kiem/?q=doi+moi             | ../../tim-kiem/?q=doi+moi
            /                          | /?q=1#top                        | ./?q=1#top
            /tin-tuc/a/                | /#noi-dung                       | ../../#noi-dung
            # anything not site-absolute is left alone
            /tin-tuc/a/                | https://www.most.gov.vn/         | https://www.most.gov.vn/
            /tin-tuc/a/                | //cdn.example.vn/a.js            | //cdn.example.vn/a.js
            /tin-tuc/a/                | mailto:vanthu@skhcn.gov.vn       | mailto:vanthu@skhcn.gov.vn
            /tin-tuc/a/                | #muc-luc                         | #muc-luc
            /tin-tuc/a/                | anh.png                          | anh.png
            /tin-tuc/a/                | ../b/                            | ../b/
            /tin-tuc/a/                | ?trang=2                         | ?trang=2
            """)
    void online(String from, String to, String expected) {
        assertEquals(expected, ONLINE.relative(from, to));
    }

    @ParameterizedTest(name = "offline from {0} to {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /                          | /                                | index.html
            /tin-tuc/toa-dam-2024/     | /                                | ../../index.html
            /tin-tuc/toa-dam-2024/     | /tin-tuc/hoi-thao-2024/          | ../hoi-thao-2024/index.html
            /tin-tuc/                  | /tin-tuc/                        | index.html
            /ke-hoach/x/               | /ke-hoach/x/#ii-noi-dung         | index.html#ii-noi-dung
            /tin-tuc/a/                | /tim-kiem/?q=doi+moi             | ../../tim-kiem/index.html?q=doi+moi
            /ke-hoach/x/               | /ke-hoach/x/ke-hoach.pdf         | ke-hoach.pdf
            /tin-tuc/a/                | /css/loa.css                     | ../../css/loa.css
            # relative folder links written by hand get index.html too
            /tin-tuc/a/                | ../b/                            | ../b/index.html
            /tin-tuc/a/                | ./                               | ./index.html
            /tin-tuc/a/                | ..                               | ../index.html
            /tin-tuc/a/                | ../b/#muc                        | ../b/index.html#muc
            # files, fragments and other sites do not
            /tin-tuc/a/                | anh.png                          | anh.png
            /tin-tuc/a/                | #muc-luc                         | #muc-luc
            /tin-tuc/a/                | https://www.most.gov.vn/         | https://www.most.gov.vn/
            /tin-tuc/a/                | //cdn.example.vn/                | //cdn.example.vn/
            /tin-tuc/a/                | mailto:vanthu@skhcn.gov.vn       | mailto:vanthu@skhcn.gov.vn
            """)
    void offline(String from, String to, String expected) {
        assertEquals(expected, OFFLINE.relative(from, to));
    }

    @org.junit.jupiter.api.Test
    void nullAndEmptyAreReturnedAsTheyAre() {
        assertEquals(null, ONLINE.relative("/a/", null));
        assertEquals("", ONLINE.relative("/a/", ""));
        assertEquals("", OFFLINE.relative("/a/", ""));
    }

    @org.junit.jupiter.api.Test
    void siteAbsoluteAndExternal() {
        assertTrue(RelativeUrls.isSiteAbsolute("/tin-tuc/"));
        assertFalse(RelativeUrls.isSiteAbsolute("//cdn.example.vn/"));
        assertFalse(RelativeUrls.isSiteAbsolute("tin-tuc/"));
        assertTrue(RelativeUrls.isExternal("https://a.vn/"));
        assertTrue(RelativeUrls.isExternal("MAILTO:a@b.vn"));
        assertTrue(RelativeUrls.isExternal("//cdn.example.vn/"));
        assertFalse(RelativeUrls.isExternal("/tin-tuc/"));
        assertFalse(RelativeUrls.isExternal("../a/"));
        assertFalse(RelativeUrls.isExternal("#muc"));
    }

    // --- properties ------------------------------------------------------------------------

    static final URI HOST = URI.create("https://example.gov.vn");

    /** Resolving relative(a, b) against the page a, as a browser does, gives b. */
    @Property(tries = 2000)
    void resolvingTheRelativeLinkAgainstThePageGivesTheTarget(@ForAll("pages") String a, @ForAll("targets") String b) {
        String rel = ONLINE.relative(a, b);
        assertFalse(rel.startsWith("/"), rel);
        assertEquals(HOST.resolve(b), HOST.resolve(a).resolve(rel), "relative(" + a + ", " + b + ") = " + rel);
    }

    /** Offline, the same holds once a folder target is read as its index.html. */
    @Property(tries = 1000)
    void offlineTheRelativeLinkNamesTheFoldersIndexHtml(@ForAll("pages") String a, @ForAll("targets") String b) {
        String rel = OFFLINE.relative(a, b);
        int cut = firstOf(b);
        String path = b.substring(0, cut);
        String file = path.endsWith("/") ? path + "index.html" + b.substring(cut) : b;
        assertEquals(HOST.resolve(file), HOST.resolve(a).resolve(rel), "relative(" + a + ", " + b + ") = " + rel);
    }

    /** A relative link never climbs above the site root, so it works under any sub-path. */
    @Property(tries = 1000)
    void theLinkWorksUnderASubPathToo(@ForAll("pages") String a, @ForAll("targets") String b) {
        URI base = URI.create("https://example.gov.vn/khcn");
        String rel = ONLINE.relative(a, b);
        assertEquals(URI.create(base + b), URI.create(base + a).resolve(rel));
    }

    @org.junit.jupiter.api.Test
    void aFirstSegmentWithAColonIsNotTakenForAScheme() {
        // RFC 3986, 4.2: "qd:45.pdf" would be read as the scheme "qd"; "./qd:45.pdf" is a path.
        String rel = ONLINE.relative("/van-ban/", "/van-ban/qd:45.pdf");
        assertEquals(URI.create("https://example.gov.vn/van-ban/qd:45.pdf"),
                URI.create("https://example.gov.vn/van-ban/").resolve(rel), rel);
    }

    private static int firstOf(String s) {
        int q = s.indexOf('?');
        int h = s.indexOf('#');
        int cut = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        return cut < 0 ? s.length() : cut;
    }

    /** A path segment: mostly slugs, sometimes with the other characters a path may hold. */
    static Arbitrary<String> segments() {
        Arbitrary<String> slug = Arbitraries.strings().withChars("abcdehkmnotu-0123456789").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> odd = Arbitraries.strings().withChars("aAbZ09-_.~:!$&'()*+,;=@").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.equals(".") && !s.equals(".."));
        Arbitrary<String> fixed = Arbitraries.of("tin-tuc", "ke-hoach", "trang", "2", "chien-dich", "ngay-khcn", "2024");
        return Arbitraries.frequencyOf(Tuple.of(6, slug), Tuple.of(2, fixed), Tuple.of(1, odd));
    }

    static Arbitrary<String> paths() {
        return Combinators.combine(segments().list().ofMaxSize(5), Arbitraries.of(true, true, false))
                .as((List<String> segs, Boolean folder) -> {
                    if (segs.isEmpty()) {
                        return "/";
                    }
                    return "/" + String.join("/", segs) + (folder ? "/" : "");
                });
    }

    @Provide
    Arbitrary<String> pages() {
        return paths();
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> query = Arbitraries.of("", "", "", "?q=doi+moi", "?trang=2&loai=a");
        Arbitrary<String> fragment = Arbitraries.of("", "", "", "#muc-luc", "#su-kien-toa-dam");
        return Combinators.combine(paths(), query, fragment).as((p, q, f) -> p + q + f);
    }
}

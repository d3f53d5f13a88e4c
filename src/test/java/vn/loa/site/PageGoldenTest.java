package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * Golden outputs, one per kind of file the default theme writes: a small fixed portal
 * ({@code src/test/resources/golden-site}) is built with a fixed "today" and each file compared
 * byte for byte with {@code src/test/resources/golden/<path>}.
 *
 * <p>A deliberate change to the theme or the pipeline changes these files: run
 * {@code mvn test -Dtest=PageGoldenTest -Dloa.updateGolden=true}, read the diff, commit it.
 */
class PageGoldenTest {

    private static final Path FIXTURE = Path.of("src/test/resources/golden-site");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("loa.updateGolden");

    /** Each kind of page or file, by its path in the output. */
    private static final List<String> FILES = List.of(
            "index.html",                                           // home, with the featured campaign week
            "ke-hoach/ke-hoach-mau/index.html",                     // plan: metadata, TOC, attachments, events
            "tin-tuc/hoi-thao-da-dien-ra/index.html",               // news post
            "gioi-thieu/index.html",                                // standalone page
            "ke-hoach/index.html",                                  // section list
            "the/index.html",                                       // all tags
            "the/hoi-thao/index.html",                              // one tag
            "404.html",
            "chien-dich/index.html",                                // campaigns
            "chien-dich/ngay-khcn/index.html",                      // a campaign, all years
            "chien-dich/ngay-khcn/2024/index.html",                 // campaign year with the week calendar
            "chien-dich/ngay-khcn/2024/su-kien/hoi-thao-khoa-hoc-va-cong-dong/index.html", // event page
            "chien-dich/ngay-khcn/2024/su-kien/hoi-thao-khoa-hoc-va-cong-dong/hoi-thao-khoa-hoc-va-cong-dong.ics",
            "chien-dich/ngay-khcn/2024/ngay-khcn-2024.ics",       // a campaign year's calendar
            "chien-dich/ngay-khcn/ngay-khcn.ics",                   // a campaign's calendar, all years
            "lich/su-kien-sap-toi.ics",                             // the events still to come
            "chien-dich/ngay-khcn/2024/su-kien.json",
            "tin-tuc/index.xml",                                    // Atom
            "chien-dich/ngay-khcn/index.xml",                       // Atom of one campaign
            "nam/index.html",                                       // the years
            "nam/2024/index.html",                                  // one year, by month
            "don-vi/index.html",                                    // the units
            "don-vi/phong-quan-ly-khoa-hoc/index.html",             // one unit
            "sitemap.xml",
            "robots.txt");

    @TempDir
    static Path tmp;

    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("site");
        Builder.build(BuildOptions.of(FIXTURE).withOutput(out).withToday(LocalDate.of(2024, 5, 16)).withStrictTemplates(true));
    }

    @TestFactory
    Stream<DynamicTest> eachKindOfFileMatchesItsGolden() {
        return FILES.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            // The theme's fingerprints (css/loa.3f2a9c1e.css) read as 00000000, so that a stylesheet
            // edit does not change every golden page; the link checks of SampleSiteTest see the real names.
            String actual = Files.readString(out.resolve(path), StandardCharsets.UTF_8)
                    .replaceAll("\\.[0-9a-f]{8}\\.(css|js)\"", ".00000000.$1\"");
            Path golden = GOLDEN.resolve(path);
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dloa.updateGolden=true");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theAttachmentIsPublishedBesideItsPlan() throws IOException {
        return Stream.of(DynamicTest.dynamicTest("ke-hoach-12.pdf", () -> assertEquals(
                Files.readString(FIXTURE.resolve("content/ke-hoach/ke-hoach-mau/ke-hoach-12.pdf")),
                Files.readString(out.resolve("ke-hoach/ke-hoach-mau/ke-hoach-12.pdf")))));
    }
}

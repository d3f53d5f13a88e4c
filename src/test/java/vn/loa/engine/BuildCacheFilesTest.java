package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The build cache can make a build slower, never wrong: a cache file cut short, with a bit
 * flipped, empty, or written by another Loa is ignored whole (the build reads every page again,
 * or compares what it makes with the output on disk), and the output is still the clean build's.
 * Without the cache a build reads everything and still writes only the files that changed.
 */
class BuildCacheFilesTest {

    /** What can happen to a cache file. */
    enum Damage {
        CUT_IN_HALF, ONE_BYTE_SHORT, BIT_FLIPPED_IN_HEADER, BIT_FLIPPED_IN_THE_MIDDLE, BIT_FLIPPED_IN_CHECKSUM, EMPTY,
        BYTE_ADDED, OTHER_VERSION, OTHER_FORMAT
    }

    static final String NEWS = "content/tin-tuc/hop-bao-a.md";

    @TempDir
    Path dir;

    private String cacheProperty;
    private Path cacheBase;
    private SiteFiles site;

    @BeforeEach
    void firstBuild() {
        cacheProperty = System.getProperty("loa.cache");
        cacheBase = dir.resolve("bo-nho-dem");
        System.setProperty("loa.cache", cacheBase.toString()); // this test's cache only: tests do not run in parallel
        site = Portal.create(dir.resolve("cong"), 15).files;
        site.build();
        siteCache = cacheFolder();
    }

    /** The cache folder of the site's own output (a build into another output has one of its own). */
    private Path siteCache;

    @AfterEach
    void restoreCacheFolder() {
        if (cacheProperty == null) {
            System.clearProperty("loa.cache");
        } else {
            System.setProperty("loa.cache", cacheProperty);
        }
    }

    @Test
    void anIntactCacheIsUsed() {
        site.replace(NEWS, "Bản tin thứ nhất", "Bản tin đầu tiên");
        BuildResult r = site.build();
        assertEquals(1, r.pagesRead(), "only the edited page is read");
        assertTrue(r.made().size() < 10, r.made()::toString);
        assertSameAsCleanBuild();
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedPageCacheIsIgnored(Damage damage) {
        pageFiles().forEach(f -> damage(f, damage));
        site.replace(NEWS, "title: Họp báo về Ngày Khoa học và Công nghệ", "title: Họp báo chào mừng Ngày Khoa học và Công nghệ");
        BuildResult r = site.build();
        assertEquals(site.markdown().size(), r.pagesRead(), "every page is read again");
        assertSameAsCleanBuild();
        assertEquals(0, site.build().pagesRead(), "the next build has a whole cache again");
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedManifestIsIgnored(Damage damage) throws IOException {
        List<String> everything = Builder.build(site.options().withOutput(dir.resolve("dem")).withCache(false)).made();
        damage(cacheFile("output.bin"), damage);
        BuildResult r = site.build();
        assertEquals(0, r.pagesRead(), "the pages still come from their own cache file");
        assertEquals(everything, r.made(), "without a manifest every output is made and compared with the output on disk");
        assertEquals(0, r.written(), "the output already holds these bytes");
        assertEquals(0, r.removed());
        assertSameAsCleanBuild();

        damage(cacheFile("output.bin"), damage);
        site.replace(NEWS, "title: Họp báo về Ngày Khoa học và Công nghệ", "title: Họp báo chào mừng Ngày Khoa học và Công nghệ");
        Files.writeString(site.output.resolve("la.txt"), "một tệp lạ trong thư mục xuất");
        site.build();
        assertSameAsCleanBuild();
    }

    @Test
    void bothFilesDamagedAtOnce() {
        pageFiles().forEach(f -> damage(f, Damage.BIT_FLIPPED_IN_THE_MIDDLE));
        damage(cacheFile("output.bin"), Damage.ONE_BYTE_SHORT);
        site.delete(NEWS);
        BuildResult r = site.build();
        assertEquals(site.markdown().size(), r.pagesRead());
        assertTrue(r.removed() >= 1, () -> "the deleted page's file is removed: " + r.removed());
        assertSameAsCleanBuild();
    }

    @Test
    void withoutTheCacheEverythingIsReadAndOnlyChangedFilesAreWritten() throws IOException {
        Map<String, String> before = SiteFiles.tree(site.output);
        Map<String, Long> times = times(site.output);

        BuildResult same = Builder.build(site.options().withCache(false));
        assertEquals(site.markdown().size(), same.pagesRead(), "every page is read");
        assertEquals(0, same.written(), "nothing changed, nothing is written");
        assertEquals(0, same.removed());
        assertEquals(times, times(site.output), "no file of the output is touched");

        site.replace(NEWS, "Bản tin thứ nhất", "Bản tin đầu tiên");
        site.delete("content/tin-tuc/hop-bao-b.md");
        BuildResult r = Builder.build(site.options().withCache(false));
        assertEquals(site.markdown().size(), r.pagesRead());
        Map<String, String> after = SiteFiles.tree(site.output);
        long changed = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        long removed = before.keySet().stream().filter(p -> !after.containsKey(p)).count();
        assertTrue(changed > 0 && removed > 0);
        assertEquals(changed, r.written(), "only the files whose bytes changed are written");
        assertEquals(removed, r.removed());
        Map<String, Long> timesAfter = times(site.output);
        before.forEach((p, h) -> {
            if (h.equals(after.get(p))) {
                assertEquals(times.get(p), timesAfter.get(p), () -> p + " is not written again");
            }
        });
        assertSameAsCleanBuild();
        assertEquals(0, site.build().pagesRead(), "a build without the cache does not read it, and writes it for the next");

        site.replace(NEWS, "Bản tin đầu tiên", "Bản tin số một");
        site.build();
        assertSameAsCleanBuild();
    }

    private void assertSameAsCleanBuild() {
        Path clean = dir.resolve("sach-" + System.nanoTime());
        SiteFiles.assertSameTree(site.cleanBuild(clean), SiteFiles.tree(site.output), "the output is the clean build's");
    }

    /** The files that keep the pages, by their path: {@code pages-N.bin}. */
    private List<Path> pageFiles() {
        try (Stream<Path> s = Files.list(siteCache)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().matches("pages-\\d+\\.bin")).toList();
            assertTrue(files.size() > 1, files::toString);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one cache folder of this test's site. */
    private Path cacheFolder() {
        try (Stream<Path> s = Files.list(cacheBase)) {
            List<Path> folders = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("locks") && !p.getFileName().toString().equals("photos")).toList();
            assertEquals(1, folders.size(), folders::toString);
            return folders.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path cacheFile(String name) {
        Path f = siteCache.resolve(name);
        assertTrue(Files.isRegularFile(f), () -> name + " is written by a build");
        return f;
    }


    private static Map<String, Long> times(Path dir) throws IOException {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }

    static void damage(Path file, Damage damage) {
        try {
            byte[] b = Files.readAllBytes(file);
            byte[] out = switch (damage) {
                case CUT_IN_HALF -> Arrays.copyOf(b, b.length / 2);
                case ONE_BYTE_SHORT -> Arrays.copyOf(b, b.length - 1);
                case BIT_FLIPPED_IN_HEADER -> flip(b, 6);
                case BIT_FLIPPED_IN_THE_MIDDLE -> flip(b, b.length / 2);
                case BIT_FLIPPED_IN_CHECKSUM -> flip(b, b.length - 3);
                case EMPTY -> new byte[0];
                case BYTE_ADDED -> Arrays.copyOf(b, b.length + 1);
                case OTHER_VERSION -> rewriteHeader(b, false);
                case OTHER_FORMAT -> rewriteHeader(b, true);
            };
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] out = b.clone();
        out[at] ^= 0x10;
        return out;
    }

    /**
     * The same file as another Loa (another version, or another format) would write it: its header
     * changed and its checksum made again, so that only the header tells it apart.
     */
    private static byte[] rewriteHeader(byte[] b, boolean format) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
        String magic = RecordCodec.readString(in);
        int formatNumber = in.readInt();
        String version = RecordCodec.readString(in);
        long settings = in.readLong();
        byte[] body = in.readNBytes(in.available() - 8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        RecordCodec.writeString(out, magic);
        out.writeInt(format ? formatNumber + 1 : formatNumber);
        RecordCodec.writeString(out, format ? version : "0.9-khac/" + version);
        out.writeLong(settings);
        out.write(body);
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        return bytes.toByteArray();
    }
}

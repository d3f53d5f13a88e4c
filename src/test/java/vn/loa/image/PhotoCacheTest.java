package vn.loa.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.Key;

/** The photo cache of one process when it may not read what earlier ones left ({@code --no-cache}). */
class PhotoCacheTest {

    @TempDir
    Path dir;

    @Test
    void withoutReadingTheCacheTheSameBytesUnderOtherNamesAreProcessedOnce() throws Exception {
        byte[] bytes = TestPhotos.jpeg(TestPhotos.picture(900, 600, false), false);
        Path cacheFolder = dir.resolve("anh");
        PhotoCache earlier = new PhotoCache(cacheFolder, true);
        Map<String, byte[]> before = earlier.files(photo("cu.jpg", bytes));

        PhotoCache cache = new PhotoCache(cacheFolder, false);
        int processed = PhotoCache.processed();
        Map<String, byte[]> first = cache.files(photo("a.jpg", bytes));
        assertEquals(processed + 1, PhotoCache.processed(), "what an earlier process left is not read");
        // More photos than the cache keeps in memory come between, as in a big site.
        for (int i = 0; i < 40; i++) {
            cache.files(photo("khac-" + i + ".jpg", TestPhotos.jpeg(TestPhotos.picture(40 + i, 30, false), false)));
        }
        processed = PhotoCache.processed();
        Map<String, byte[]> again = cache.files(photo("b.jpg", bytes));
        assertEquals(processed, PhotoCache.processed(), "what this process made is read back");
        assertEquals(first.keySet(), again.keySet());
        first.forEach((name, b) -> assertArrayEquals(b, again.get(name), name));
        before.forEach((name, b) -> assertArrayEquals(b, again.get(name), name));
    }

    private Photo photo(String name, byte[] bytes) throws Exception {
        Path source = dir.resolve("noi-dung").resolve(name);
        Files.createDirectories(source.getParent());
        Files.write(source, bytes);
        return new Photo(name, source, Key.bytes(bytes), PhotoReader.probe(bytes), null);
    }
}

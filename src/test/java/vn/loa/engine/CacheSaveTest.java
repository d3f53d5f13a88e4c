package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve gives up writing the cache for a save that comes meanwhile (it is written holding the
 * engine, which the save waits for; at 100,000 pages the manifest lists 417,702 files): the cache's
 * files are then left as the last whole save wrote them, and the next save writes them all.
 */
class CacheSaveTest {

    @TempDir
    Path dir;

    private static OutputManifest manifest(int files, String generation) {
        Map<String, OutputManifest.Entry> entries = new HashMap<>();
        for (int i = 0; i < files; i++) {
            entries.put("tin-tuc/tin-" + i + "/index.html", new OutputManifest.Entry(i, false, 31L * i, 1000 + i));
        }
        return new OutputManifest(entries, generation, OutputManifest.Inputs.NONE);
    }

    private Photos photos() {
        return new Photos(new vn.loa.image.PhotoCache(dir.resolve("anh"), false), dir.resolve("cache/photos.bin"), false);
    }

    @Test
    void aSaveStoppedWhileTheManifestIsWrittenLeavesTheCacheAsItWasAndTheNextWritesIt() throws IOException {
        BuildCache cache = new BuildCache(dir.resolve("cache"), "test", 1);
        PageMemo memo = new PageMemo(dir);
        cache.save(manifest(20_000, "g1"), photos(), memo, () -> false);
        assertEquals("g1", cache.loadManifest().generation());

        AtomicInteger asked = new AtomicInteger();
        cache.save(manifest(20_001, "g2"), photos(), memo, () -> asked.incrementAndGet() > 2);
        assertEquals(3, asked.get(), "asked every few thousand files until it says stop");
        OutputManifest kept = cache.loadManifest();
        assertEquals("g1", kept.generation(), "the manifest of the last whole save");
        assertEquals(20_000, kept.size());
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".tmp")).count(), "no file half written is left");
        }

        cache.save(manifest(20_002, "g3"), photos(), memo, () -> false);
        assertEquals("g3", cache.loadManifest().generation());
        assertEquals(20_002, cache.loadManifest().size());
    }
}

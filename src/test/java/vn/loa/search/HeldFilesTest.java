package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.loa.SpillFile;

/** The files of an index while it is made: in the heap up to a limit, beyond it on disk (or deflated), always read back as put. */
class HeldFilesTest {

    private static Map<String, byte[]> files(int count) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            out.put("t/" + i + ".json", ("{\"khoa hoc " + i + "\":[\"" + "BDD".repeat(50 + i * 7) + "\"]}").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void assertHeldAsPut(Map<String, byte[]> put, HeldFiles held) {
        assertEquals(List.copyOf(put.keySet()), List.copyOf(held.keySet()));
        put.forEach((name, bytes) -> assertArrayEquals(bytes, held.get(name), name));
        List<String> walked = new ArrayList<>();
        held.forEach((name, bytes) -> {
            walked.add(name);
            assertArrayEquals(put.get(name), bytes, name);
        });
        assertEquals(List.copyOf(put.keySet()), walked);
        assertEquals(put.values().stream().mapToLong(b -> b.length).sum(), held.bytes());
    }

    @Test
    void filesPastTheLimitGoToATemporaryFileAndComeBackAsPut() {
        AtomicInteger files = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<SpillFile> file = new java.util.concurrent.atomic.AtomicReference<>();
        HeldFiles held = new HeldFiles(1000, () -> {
            files.incrementAndGet();
            file.set(new SpillFile("loa-thu-"));
            return file.get();
        });
        Map<String, byte[]> put = files(40);
        put.forEach(held::put);
        assertHeldAsPut(put, held);
        assertEquals(1, files.get(), "one temporary file for all the files past the limit");
        long inHeap = 0;
        long past = 0;
        for (byte[] b : put.values()) {
            if (inHeap + b.length <= 1000) {
                inHeap += b.length;
            } else {
                past += b.length;
            }
        }
        // The next piece starts where the files past the limit end: they are in the file, none deflated in the heap.
        assertEquals(past, file.get().put(new byte[1]).at());
    }

    @Test
    void withoutATemporaryFileTheFilesPastTheLimitAreDeflatedAndComeBackAsPut() {
        HeldFiles held = new HeldFiles(1000, null);
        Map<String, byte[]> put = files(40);
        put.forEach(held::put);
        assertHeldAsPut(put, held);
    }

    @Test
    void theFilesOfTheNextPartFollowAndAreTakenInOrder() {
        Map<String, byte[]> put = files(30);
        List<String> names = List.copyOf(put.keySet());
        HeldFiles first = new HeldFiles(2000);
        names.subList(0, 10).forEach(n -> first.put(n, put.get(n)));
        HeldFiles next = first.after();
        names.subList(10, 30).forEach(n -> next.put(n, put.get(n)));
        first.take(next);
        assertHeldAsPut(put, first);
        assertEquals(0, next.size());
    }
}

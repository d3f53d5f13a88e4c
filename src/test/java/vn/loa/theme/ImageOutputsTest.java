package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files of one photo come from one decoding, which the first of them waits for: the write
 * stage's threads, each taking the next output, must meet the files of different photos, not all
 * wait for the same one.
 */
class ImageOutputsTest {

    @Test
    void theFilesOfABlockOfPhotosComeFirstOfEachThenSecondOfEach() {
        List<List<String>> photos = List.of(
                List.of("a.jpg", "a.480w", "a.chia-se"),
                List.of("b.480w", "b.chia-se"),
                List.of("c.jpg", "c.480w", "c.800w", "c.chia-se"),
                List.of("d.jpg", "d.480w", "d.chia-se"),
                List.of("e.jpg", "e.chia-se"));
        assertEquals(List.of("a.jpg", "b.480w", "c.jpg", "a.480w", "b.chia-se", "c.480w", "a.chia-se", "c.800w", "c.chia-se",
                "d.jpg", "e.jpg", "d.480w", "e.chia-se", "d.chia-se"), ImageOutputs.interleaved(photos, 3));
    }

    @Test
    void oneThreadOrOnePhotoKeepsTheOrder() {
        List<List<String>> photos = List.of(List.of("a.jpg", "a.480w"), List.of("b.jpg", "b.480w"));
        assertEquals(List.of("a.jpg", "a.480w", "b.jpg", "b.480w"), ImageOutputs.interleaved(photos, 1));
        assertEquals(List.of("a.jpg", "a.480w"), ImageOutputs.interleaved(photos.subList(0, 1), 4));
        assertEquals(List.of(), ImageOutputs.interleaved(List.<List<String>>of(), 4));
    }
}

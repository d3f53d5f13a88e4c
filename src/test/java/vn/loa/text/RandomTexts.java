package vn.loa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short texts drawn from an alphabet, the same ones for the same seed: for tests that compare Loa's way with a library's on any text. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of 0 to {@code maxLength - 1} characters of {@code alphabet}. */
    public static List<String> of(String alphabet, long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(maxLength); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(text.toString());
        }
        return out;
    }
}

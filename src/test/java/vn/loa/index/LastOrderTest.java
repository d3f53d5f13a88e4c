package vn.loa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The items keep all of themselves, in the last order where they had one; so a sort after it sorts the same. */
class LastOrderTest {

    @Test
    void itemsComeInTheLastOrderThenTheNewOnesInTheirs() {
        List<String> out = LastOrder.of(List.of("d", "new-1", "a", "c", "new-2"), List.of("a", "b", "c", "d"), s -> s);
        assertEquals(List.of("a", "c", "d", "new-1", "new-2"), out);
    }

    @Test
    void itemsWithTheSameIdStayTogetherAndNoneIsLost() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            List<Integer> before = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                before.add(random.nextInt(40));
            }
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                items.add(random.nextInt(40));
            }
            List<Integer> out = LastOrder.of(items, before, i -> i % 20); // ids shared by two values
            List<Integer> a = new ArrayList<>(out);
            List<Integer> b = new ArrayList<>(items);
            Collections.sort(a);
            Collections.sort(b);
            assertEquals(b, a, "the same items");
        }
    }
}

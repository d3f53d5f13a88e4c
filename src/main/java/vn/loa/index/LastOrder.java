package vn.loa.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items put in the order a list of the last site had them, those it did not have after: sorted
 * again (serve indexes the site after every save that adds, removes or retitles a page), a list
 * in nearly its order costs a pass over it rather than a sort. The order sorted to is the same.
 */
final class LastOrder {

    private LastOrder() {
    }

    /** The items, in the order of {@code before} by their ids; those not in it last, in their order. */
    static <T> List<T> of(List<T> items, List<T> before, Function<T, Object> id) {
        if (before.isEmpty()) {
            return new ArrayList<>(items);
        }
        Map<Object, Integer> place = new HashMap<>(before.size() * 2);
        for (int i = 0; i < before.size(); i++) {
            place.putIfAbsent(id.apply(before.get(i)), i);
        }
        List<List<T>> slots = new ArrayList<>(java.util.Collections.nCopies(before.size(), null));
        List<T> rest = new ArrayList<>();
        for (T item : items) {
            Integer at = place.get(id.apply(item));
            if (at == null) {
                rest.add(item);
            } else {
                if (slots.get(at) == null) {
                    slots.set(at, new ArrayList<>(1));
                }
                slots.get(at).add(item);
            }
        }
        List<T> out = new ArrayList<>(items.size());
        slots.forEach(s -> {
            if (s != null) {
                out.addAll(s);
            }
        });
        out.addAll(rest);
        return out;
    }
}

package vn.loa.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A place as a week grid shows it: the hall and the building, without the street address and
 * the town or province a reader of the portal knows ("Hội trường lớn, Trung tâm Hội nghị tỉnh,
 * thành phố Lam Giang" → "Hội trường lớn, Trung tâm Hội nghị tỉnh"). The event page keeps the
 * whole place.
 */
final class ShortPlace {

    /** Parts of a place that are an address or an administrative unit, by their first word(s). */
    private static final List<String> ADDRESS = List.of("số ", "đường ", "phố ", "thành phố ", "tp. ", "tỉnh ", "huyện ",
            "quận ", "thị xã ", "thị trấn ", "phường ", "xã ");

    private ShortPlace() {
    }

    /** The place without its address parts; its first part is always kept. Null for null. */
    static String of(String place) {
        if (place == null) {
            return null;
        }
        String[] parts = place.split(",");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            if (!kept.isEmpty() && ADDRESS.stream().anyMatch(lower::startsWith)) {
                continue;
            }
            kept.add(p);
        }
        return kept.isEmpty() ? place.strip() : String.join(", ", kept);
    }
}

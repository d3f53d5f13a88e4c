package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Mentions of one event made one entry. */
final class EventMerger {

    private EventMerger() {
    }

    /** The same activity stated twice with the same dates: the more precise statement stays. */
    static List<ImportedEvent> merge(List<ImportedEvent> events) {
        List<ImportedEvent> out = new ArrayList<>();
        for (ImportedEvent e : events) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                ImportedEvent o = out.get(i);
                if (o.text().equals(e.text()) && o.kind().equals(e.kind()) && Objects.equals(o.start(), e.start())
                        && Objects.equals(o.end(), e.end())) {
                    boolean eVague = e.time() == null && e.partOfDay() == null;
                    boolean oVague = o.time() == null && o.partOfDay() == null;
                    if (eVague || oVague || (Objects.equals(o.time(), e.time()) && Objects.equals(o.partOfDay(), e.partOfDay()))) {
                        if (oVague && !eVague) {
                            out.set(i, e);
                        }
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }
}

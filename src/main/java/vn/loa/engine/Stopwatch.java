package vn.loa.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Laps of a build, in milliseconds, by stage name. */
final class Stopwatch {

    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String name) {
        long now = System.nanoTime();
        laps.put(name, (now - last) / 1_000_000);
        last = now;
    }

    Map<String, Long> laps() {
        return laps;
    }
}

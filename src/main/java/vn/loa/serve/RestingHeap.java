package vn.loa.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.function.DoubleSupplier;

/**
 * serve's heap between saves. When a save and the work it left for later (the search index, the
 * cache) are done and no other save came meanwhile, an old generation more than half full is
 * collected at once, while nobody waits. Without it the garbage of that work stays until the old
 * generation fills, and at 100,000 pages (650 – 790 MB reachable in a 1 GB heap) the full
 * collection that then comes (0.6 – 1 s) could land on the next save, making its page late.
 * A small site's old generation is rarely half full: it is not collected.
 */
final class RestingHeap {

    /** The share of the old generation in use above which it is collected at rest. */
    static final double FULL = 0.5;

    private final DoubleSupplier occupancy;
    private final Runnable collect;

    RestingHeap(DoubleSupplier occupancy, Runnable collect) {
        this.occupancy = occupancy;
        this.collect = collect;
    }

    /** This process's old generation, collected by a full collection ({@link System#gc}). */
    static RestingHeap ofThisProcess() {
        return new RestingHeap(RestingHeap::oldGeneration, System::gc);
    }

    /** Collects when the old generation is more than {@link #FULL}; true when it did. */
    boolean collectIfFull() {
        if (occupancy.getAsDouble() > FULL) {
            collect.run();
            return true;
        }
        return false;
    }

    /**
     * The share of this process's old generation in use, live or not (0 when the collector has no
     * pool of that name: then nothing is collected).
     */
    static double oldGeneration() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (name.contains("Old Gen") || name.contains("Tenured"))) {
                MemoryUsage u = pool.getUsage();
                long max = u.getMax() > 0 ? u.getMax() : u.getCommitted();
                return max <= 0 ? 0 : (double) u.getUsed() / max;
            }
        }
        return 0;
    }
}

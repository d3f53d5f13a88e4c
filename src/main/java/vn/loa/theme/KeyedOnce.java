package vn.loa.theme;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value made once for each key: the first thread that asks for it under a key makes it, the
 * others wait for it; under a new key it is made again. The search index of a plan that serve keeps
 * while only bodies change is made again for the bodies of now.
 */
final class KeyedOnce<T> implements Supplier<T> {

    private final LongSupplier key;
    private final Supplier<T> make;
    private long madeFor;
    private T value;

    KeyedOnce(LongSupplier key, Supplier<T> make) {
        this.key = key;
        this.make = make;
    }

    @Override
    public synchronized T get() {
        long k = key.getAsLong();
        if (value == null || k != madeFor) {
            value = make.get();
            madeFor = k;
        }
        return value;
    }

    /** The value made again under the key of now, whatever was made before. */
    synchronized T again() {
        value = null;
        return get();
    }
}

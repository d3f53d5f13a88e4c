package vn.loa.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.loa.text.Json;

/**
 * Cuts the keys of an index, given in string order, into term shards of about
 * {@code shardBytes}: a shard is closed before the key that would take it past that size. Keys
 * may come in several runs, each after the last in string order: the shard being filled is
 * carried from one run to the next, so the cut is the same as in one run.
 */
final class TermShards {

    /** How many keys are written at a time: their values are made on several threads, and held until written. */
    private static final int WINDOW = 16_384;

    private final HeldFiles files;
    private final int shardBytes;
    private final int threads;
    private final ByteArrayOutputStream shard;
    private final List<String> firstKeys = new ArrayList<>();
    private long largest;

    TermShards(HeldFiles files, int shardBytes, int threads) {
        this.files = files;
        this.shardBytes = shardBytes;
        this.threads = threads;
        this.shard = new ByteArrayOutputStream(2 * shardBytes);
    }

    /**
     * Writes the next keys, after every key written before in string order, each with its value
     * as the shard holds it; {@code value} is called once per key, from several threads when this
     * was made with more than one.
     */
    void write(List<String> sorted, IntFunction<byte[]> value) {
        byte[][] keyBytes = new byte[Math.min(WINDOW, sorted.size())][];
        byte[][] values = new byte[keyBytes.length][];
        for (int from = 0; from < sorted.size(); from += WINDOW) {
            int start = from;
            int end = Math.min(sorted.size(), from + WINDOW);
            java.util.function.Consumer<int[]> make = run -> {
                for (int i = run[0]; i < run[1]; i++) {
                    keyBytes[i - start] = (Json.write(sorted.get(i)) + ":").getBytes(StandardCharsets.UTF_8);
                    values[i - start] = value.apply(i);
                }
            };
            if (threads == 1) {
                make.accept(new int[] {start, end});
            } else {
                List<int[]> runs = new ArrayList<>();
                for (int at = start; at < end; at += 512) {
                    runs.add(new int[] {at, Math.min(end, at + 512)});
                }
                vn.loa.Parallel.forEach(runs, make);
            }
            for (int i = start; i < end; i++) {
                byte[] key = keyBytes[i - start];
                byte[] v = values[i - start];
                keyBytes[i - start] = null;
                values[i - start] = null;
                next(sorted.get(i), key.length + v.length);
                shard.writeBytes(key);
                shard.writeBytes(v);
            }
        }
    }

    /**
     * Writes the next key, after every key written before in string order, as a shard holds it:
     * {@code bytes[from, to)} is its JSON string, a colon and its value.
     */
    void append(String key, byte[] bytes, int from, int to) {
        next(key, to - from);
        shard.write(bytes, from, to - from);
    }

    /** Starts the shard or the separator of a key of {@code length} bytes with its value. */
    private void next(String key, int length) {
        if (shard.size() > 0 && shard.size() + 1 + length > shardBytes) {
            flush();
        }
        if (shard.size() == 0) {
            firstKeys.add(key);
            shard.write('{');
        } else {
            shard.write(',');
        }
    }

    /** Closes the last shard. */
    void close() {
        if (shard.size() > 0) {
            flush();
        }
    }

    /** Each shard's first key, in order: the manifest's list of shards. */
    List<String> firstKeys() {
        return firstKeys;
    }

    /** The size of the largest shard. */
    long largest() {
        return largest;
    }

    private void flush() {
        shard.write('}');
        byte[] bytes = shard.toByteArray();
        files.put(SearchIndex.termShard(firstKeys.size() - 1), bytes);
        shard.reset();
        largest = Math.max(largest, bytes.length);
    }
}

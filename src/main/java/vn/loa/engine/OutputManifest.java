package vn.loa.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the output folder holds, as the last build left it: for every file, the key of what it
 * was made from, whether its template read the bodies of the pages it lists, and the hash and
 * size of its bytes. A file of a folder output (the search index) carries the folder's key.
 * The manifest belongs to one generation of the output: the engine trusts it only when the
 * output's mark names the same generation.
 */
final class OutputManifest {

    /** One file of the output. */
    record Entry(long key, boolean readsBodies, long hash, long size) {
    }

    private final Map<String, Entry> entries;
    private final String generation;

    OutputManifest(Map<String, Entry> entries, String generation) {
        this.entries = entries;
        this.generation = generation;
    }

    static OutputManifest empty() {
        return new OutputManifest(new HashMap<>(), null);
    }

    Entry get(String path) {
        return entries.get(path);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Collection<String> paths() {
        return entries.keySet();
    }

    String generation() {
        return generation;
    }

    int size() {
        return entries.size();
    }
}

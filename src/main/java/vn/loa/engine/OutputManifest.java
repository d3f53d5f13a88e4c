package vn.loa.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    /** What the build that wrote the output read: the key of its sources, its page count and the drafts it left out. */
    record Inputs(long key, int pages, List<String> drafts) {
        static final Inputs NONE = new Inputs(0, 0, List.of());
    }

    private final Map<String, Entry> entries;
    private final String generation;
    private final Inputs inputs;

    OutputManifest(Map<String, Entry> entries, String generation) {
        this(entries, generation, Inputs.NONE);
    }

    OutputManifest(Map<String, Entry> entries, String generation, Inputs inputs) {
        this.entries = entries;
        this.generation = generation;
        this.inputs = inputs;
    }

    static OutputManifest empty() {
        return new OutputManifest(new HashMap<>(), null);
    }

    OutputManifest withInputs(Inputs i) {
        return new OutputManifest(entries, generation, i);
    }

    Inputs inputs() {
        return inputs;
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

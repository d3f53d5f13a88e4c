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

    /**
     * What the build that wrote the output read: the key of its sources, its page count and the
     * drafts it left out; and the key of its plan's shape ({@code Engine#shapeOf}: every page's
     * summary, the theme, the photos and files copied, the day; 0 when not known) with the kinds
     * of output other than a page's own that read pages' bodies, so that a new process after a save
     * of bodies alone declares only the outputs that read them.
     */
    record Inputs(long key, int pages, List<String> drafts, long shape, List<String> bodyKinds) {
        static final Inputs NONE = new Inputs(0, 0, List.of(), 0, List.of());

        Inputs {
            drafts = List.copyOf(drafts);
            bodyKinds = List.copyOf(bodyKinds);
        }
    }

    private final Map<String, Entry> entries;
    private final String generation;
    private final Inputs inputs;
    /** The sum of the files' keys (the generation before it is written out) and the number of files; -1 until counted. */
    private long sum;
    private int files = -1;

    OutputManifest(Map<String, Entry> entries, String generation) {
        this(entries, generation, Inputs.NONE);
    }

    OutputManifest(Map<String, Entry> entries, String generation, Inputs inputs) {
        this.entries = entries;
        this.generation = generation;
        this.inputs = inputs;
    }

    private OutputManifest(Map<String, Entry> entries, String generation, Inputs inputs, long sum, int files) {
        this(entries, generation, inputs);
        this.sum = sum;
        this.files = files;
    }

    /** A manifest whose sum and count are known already (an update that changed a few files). */
    static OutputManifest counted(Map<String, Entry> entries, long sum, int files, Inputs inputs) {
        return new OutputManifest(entries, generationOf(sum), inputs, sum, files);
    }

    /**
     * The key of one file in the generation of an output: the generation is the sum of these, so
     * it does not depend on the order of the files, and a few changed files update it at once.
     */
    static long keyOf(String path, Entry e) {
        return path.endsWith("/") ? 0 : vn.loa.Key.of("file").add(path).add(e.hash()).add(e.size()).get();
    }

    static String generationOf(long sum) {
        return vn.loa.Key.hex(sum);
    }

    /** The sum of the files' keys. */
    long sum() {
        count();
        return sum;
    }

    /** How many files (not folder outputs) it lists. */
    int files() {
        count();
        return files;
    }

    private void count() {
        if (files < 0) {
            long s = 0;
            int n = 0;
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                if (!e.getKey().endsWith("/")) {
                    s += keyOf(e.getKey(), e.getValue());
                    n++;
                }
            }
            sum = s;
            files = n;
        }
    }

    static OutputManifest empty() {
        return new OutputManifest(new HashMap<>(), null);
    }

    OutputManifest withInputs(Inputs i) {
        return files < 0 ? new OutputManifest(entries, generation, i) : new OutputManifest(entries, generation, i, sum, files);
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

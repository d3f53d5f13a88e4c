package vn.loa.theme;

import java.util.List;

/**
 * The outputs a plan declared, in order, and the kind of output each is ({@code page}, {@code list},
 * {@code feed} …: the kinds of {@link SiteRenderer#plan}), so that a later plan can be asked for
 * the kinds of some outputs alone ({@link PlanScope}).
 */
public record Planned(List<Output> outputs, List<String> kinds, int[] starts) {

    /** The kind of the output at this place of {@link #outputs}. */
    public String kindAt(int index) {
        int k = java.util.Arrays.binarySearch(starts, index);
        // Kinds that declared nothing share their start with the next: the last of them holds the output.
        if (k >= 0) {
            while (k + 1 < starts.length && starts[k + 1] == index) {
                k++;
            }
            return kinds.get(k);
        }
        return kinds.get(-k - 2);
    }
}

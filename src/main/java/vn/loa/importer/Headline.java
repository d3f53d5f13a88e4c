package vn.loa.importer;

import java.util.List;

/**
 * A news post's headline, or the title of a document without its form: the first line of its body (not a table row,
 * 250 characters at most), when no title is given with the page. The line is taken out of the body.
 */
final class Headline {

    static final int MAX_LENGTH = 250;

    private Headline() {
    }

    /** The first line of {@code body} as the title, removed from it; null (and the body as it was) when it is none. */
    static String take(List<Line> body) {
        int first = 0;
        while (first < body.size() && body.get(first).blank()) {
            first++;
        }
        if (first < body.size() && body.get(first).cells() == null && body.get(first).plain().length() <= MAX_LENGTH) {
            String title = body.get(first).plain();
            body.remove(first);
            return title;
        }
        return null;
    }
}

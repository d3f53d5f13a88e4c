package vn.loa.importer;

import java.util.List;

/**
 * A news post's sapo, its lead: the paragraph that opens the body and sums the post up, often in bold. It stays in the
 * body; it is also the post's {@code lead} and the source of its summary.
 *
 * @param text   the paragraph's text, Markdown removed
 * @param marked the paragraph is marked as the lead (in bold, or a heading of the page's Markdown that is a sentence)
 */
record Sapo(String text, boolean marked) {

    /** A sapo is a sentence or more, not a caption or a label. */
    static final int MIN_LENGTH = 40;
    /** Where to look: the first blocks of the body. */
    private static final int WITHIN = 3;

    /**
     * The sapo among the first blocks: the first one in bold, else the first paragraph of {@link #MIN_LENGTH}
     * characters or more; none when a numbered heading or a list comes first (a plan without its form, not a post).
     */
    static Sapo find(List<Block> blocks) {
        Sapo first = null;
        for (int k = 0; k < blocks.size() && k < WITHIN; k++) {
            Block b = blocks.get(k);
            if (b instanceof Block.Heading h && h.number() == null && h.plain().length() >= 80) {
                return new Sapo(clean(h.plain()), true);
            }
            if (b instanceof Block.Heading h && h.number() != null || b instanceof Block.Item || b instanceof Block.Table) {
                break;
            }
            if (b instanceof Block.Paragraph p && p.number() == null && p.plain().strip().length() >= MIN_LENGTH) {
                if (bold(p.text())) {
                    return new Sapo(clean(p.plain()), true);
                }
                if (first == null) {
                    first = new Sapo(clean(p.plain()), false);
                }
            }
        }
        return first;
    }

    /** The whole paragraph in bold ({@code **…**} or {@code __…__}). */
    private static boolean bold(String markdown) {
        String t = markdown.strip();
        return t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"))
                && !t.substring(2, t.length() - 2).contains("**");
    }

    private static String clean(String plain) {
        return plain.replaceAll("\\s+", " ").strip();
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.text.Vietnamese;

/**
 * What the body's blocks say about the document: its sections (the Roman-numeral headings), the basis paragraphs
 * before the first heading ({@link Basis}; in a document without its form, a news post, they still state events: the
 * date reader leaves the cited documents' dates out), themes and slogans ({@link Themes}), a summary sentence, and the
 * blocks that state no events.
 */
final class BodyStructure {

    final List<String> sections = new ArrayList<>();
    final List<String> basis = new ArrayList<>();
    /** Indexes of the basis paragraphs. */
    private final java.util.Set<Integer> basisBlocks = new java.util.HashSet<>();
    final Themes themes = new Themes();
    /** Indexes of the blocks that state no events (basis, themes, slogans). */
    final Set<Integer> excluded = new HashSet<>();
    String summary;

    /** {@code officialForm}: the document has a kind line, so that its basis may be anywhere before its first heading. */
    static BodyStructure of(List<Block> blocks, boolean officialForm) {
        BodyStructure st = new BodyStructure();
        boolean beforeFirstHeading = true;
        int summaryFrom = -1;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            String plain = b.plain();
            if (b instanceof Block.Heading h) {
                beforeFirstHeading = false;
                if (h.level() == 2 && h.number() != null) {
                    st.sections.add(h.title());
                }
                if (st.themes.heading(h)) {
                    st.excluded.add(k);
                } else {
                    st.themes.prose(h);
                }
                if (summaryFrom < 0 && Vietnamese.fold(h.title()).contains("muc dich")) {
                    summaryFrom = k + 1;
                }
                continue;
            }
            if (beforeFirstHeading && b instanceof Block.Paragraph && Basis.isBasis(plain)) {
                Basis.read(plain, st.basis, !officialForm);
                st.basisBlocks.add(k);
                if (officialForm) {
                    st.excluded.add(k);
                    continue;
                }
                // A post's paragraph that cites a plan goes on to say what was done: its events stay.
            }
            if (st.themes.block(b)) {
                st.excluded.add(k);
                continue;
            }
            st.themes.prose(b);
            if (st.summary == null && summaryFrom >= 0 && k >= summaryFrom && (b instanceof Block.Item || b instanceof Block.Paragraph)) {
                st.summary = summary(plain);
            }
        }
        if (st.summary == null) {
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (!st.excluded.contains(k) && b instanceof Block.Paragraph && b.plain().length() > 40) {
                    st.summary = summary(b.plain());
                    break;
                }
            }
        }
        return st;
    }

    /** Adds the documents cited in the body, but for the basis paragraphs, after the basis's own ({@link BodyCitations}). */
    void addCited(List<Block> blocks, String ownNumber) {
        for (int k = 0; k < blocks.size(); k++) {
            if (!basisBlocks.contains(k)) {
                BodyCitations.add(blocks.get(k).plain(), ownNumber, basis);
            }
        }
    }

    /**
     * A summary for lists and feeds: the first sentence(s) of the paragraph ({@link Sentences}: {@code TP.}, {@code TS.}
     * and numbers with dots do not end one), as many whole sentences as fit in about 220 characters; a first sentence
     * longer than 300 is cut at a word with {@code …}.
     */
    static String summary(String plain) {
        String s = Inline.capitalise(plain.replaceFirst("^\\d+\\.\\s*", "").strip());
        StringBuilder out = new StringBuilder();
        for (Sentences.Span span : Sentences.split(s)) {
            String sentence = span.of(s).strip();
            if (out.length() > 0 && out.length() + 1 + sentence.length() > 220) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(sentence);
        }
        String t = Inline.stripClosing(out.length() == 0 ? s : out.toString()).strip();
        if (t.length() > 300) {
            int cut = t.lastIndexOf(' ', 210);
            return t.substring(0, cut > 0 ? cut : 210).replaceAll("[\\s,;:]+$", "") + "…";
        }
        return t.matches("(?s).*[.!?…]$") ? t : t + ".";
    }
}

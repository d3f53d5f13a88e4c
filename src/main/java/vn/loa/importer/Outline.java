package vn.loa.importer;

import java.util.List;

/**
 * The outline of a body's blocks as events need it: the numbered activity (heading or numbered paragraph) a block
 * belongs to, its title, and where its scope ends.
 */
final class Outline {

    private final List<Block> blocks;

    Outline(List<Block> blocks) {
        this.blocks = blocks;
    }

    Block get(int k) {
        return blocks.get(k);
    }

    int size() {
        return blocks.size();
    }

    /** The numbered activity (heading or numbered paragraph) that block k belongs to, or -1. */
    int anchor(int k) {
        for (int j = k - 1; j >= 0; j--) {
            Block p = blocks.get(j);
            if (p instanceof Block.Heading) {
                return j;
            }
            if (p instanceof Block.Paragraph para && para.number() != null) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The title of the activity a paragraph without a number belongs to: the nearest heading, or the numbered paragraph
     * right before it ("3. Tổng kết cuộc thi: dự kiến cuối tháng 8" is read as that paragraph and its tail).
     */
    String anchorTitle(int k) {
        int a = anchor(k);
        if (a < 0) {
            return null;
        }
        Block anchor = blocks.get(a);
        if (anchor instanceof Block.Heading h) {
            return EventText.tidy(h.title());
        }
        if (a == k - 1 && anchor instanceof Block.Paragraph p) {
            return EventText.tidy(p.plain().substring(p.number().length()));
        }
        for (int j = a - 1; j >= 0; j--) {
            if (blocks.get(j) instanceof Block.Heading h) {
                return EventText.tidy(h.title());
            }
        }
        return null;
    }

    /**
     * The heading of the part block k belongs to ({@code 2. Thời gian, địa điểm}) as written, or the numbered paragraph
     * it is in ({@code II. NỘI DUNG, mục 3}); null before any.
     */
    String section(int k) {
        String item = null;
        for (int j = k; j >= 0; j--) {
            if (blocks.get(j) instanceof Block.Heading h) {
                return h.plain().strip() + (item == null ? "" : ", " + item);
            }
            if (item == null && blocks.get(j) instanceof Block.Paragraph p && p.number() != null) {
                item = "mục " + p.number().strip().replaceAll("[.)]+$", "");
            }
        }
        return item;
    }

    /** The words of the numbered activity block k belongs to (a heading's title, a numbered paragraph without its number). */
    String anchorName(int k) {
        int a = anchor(k);
        if (a < 0) {
            return null;
        }
        Block anchor = blocks.get(a);
        if (anchor instanceof Block.Heading h) {
            return h.title();
        }
        return anchor instanceof Block.Paragraph p ? p.plain().substring(p.number().length()).strip() : null;
    }

    /** The end of the scope of the activity starting at block a: the next heading of the same or a higher level. */
    int scopeEnd(int a) {
        Block start = blocks.get(a);
        int level = start instanceof Block.Heading h ? h.level() : 7;
        for (int j = a + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading h && h.level() <= level) {
                return j;
            }
            if (start instanceof Block.Paragraph && (b instanceof Block.Heading || b instanceof Block.Paragraph p && p.number() != null)) {
                return j;
            }
        }
        return blocks.size();
    }

    /** The activity a time line belongs to: its parent item, the numbered activity, or the heading above it. */
    String contextTitle(int k, String fallback) {
        Block b = blocks.get(k);
        if (b instanceof Block.Item it && it.level() > 0) {
            for (int j = k - 1; j >= 0; j--) {
                Block p = blocks.get(j);
                if (p instanceof Block.Item pi && pi.level() == 0) {
                    String t = EventText.tidy(pi.plain());
                    if (!isGenericLabel(pi.plain())) {
                        return t;
                    }
                    break;
                }
                if (!(p instanceof Block.Item)) {
                    break;
                }
            }
        }
        int a = anchor(k);
        if (a >= 0) {
            Block anchor = blocks.get(a);
            if (anchor instanceof Block.Heading h) {
                return EventText.tidy(h.title());
            }
            if (anchor instanceof Block.Paragraph p) {
                return EventText.tidy(p.plain().substring(p.number().length()));
            }
        }
        return Inline.capitalise(EventText.tidy(fallback.replaceFirst("^[^:]{0,40}:", "")));
    }

    private static boolean isGenericLabel(String s) {
        String t = s.strip();
        return t.endsWith(":") && t.split("\\s+").length <= 4;
    }
}

package vn.loa.importer;

import java.util.List;

/** Blocks written as Markdown: headings, paragraphs, tight lists (nested two spaces), GFM tables. */
final class Markdown {

    private Markdown() {
    }

    static String write(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        Block prev = null;
        for (Block block : blocks) {
            if (prev != null) {
                boolean tight = prev instanceof Block.Item && block instanceof Block.Item;
                b.append(tight ? "\n" : "\n\n");
            }
            if (block instanceof Block.Heading h) {
                b.append(h.text());
            } else if (block instanceof Block.Paragraph p) {
                b.append(p.text());
            } else if (block instanceof Block.Item it) {
                b.append(it.level() > 0 ? "  - " : "- ").append(it.text());
            } else if (block instanceof Block.Table t) {
                table(t, b);
            }
            prev = block;
        }
        return b.append('\n').toString();
    }

    private static void table(Block.Table t, StringBuilder b) {
        List<List<String>> rows = t.rows();
        int width = rows.get(0).size();
        for (int r = 0; r < rows.size(); r++) {
            b.append('|');
            for (String cell : rows.get(r)) {
                b.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
            }
            b.append('\n');
            if (r == 0) {
                b.append('|');
                b.append(" --- |".repeat(width));
                b.append('\n');
            }
        }
        b.setLength(b.length() - 1);
    }
}

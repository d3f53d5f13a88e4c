package vn.loa.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an event's date stands in the file it was imported from, for the review: the line of a {@code .txt} or
 * {@code .md} file that holds its source quote. Other formats (Word, web pages) have no lines an editor could go to;
 * for them, and when the quote is not found, there is no line and the review names the section instead.
 */
public final class QuoteLines {

    private final List<String> lines;
    private int cursor;

    private QuoteLines(List<String> lines) {
        this.lines = lines;
    }

    /** The lines of a text file as the importer read it; none for another format. */
    public static QuoteLines of(Importer.Imported imported) {
        return imported.text() == null ? new QuoteLines(List.of()) : ofText(imported.text());
    }

    static QuoteLines ofText(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            out.add(plain(l));
        }
        return new QuoteLines(out);
    }

    /**
     * The 1-based line holding the quote, searching from the line of the quote asked before (events come in the
     * document's order), then from the start; null when it is not found.
     */
    public Integer lineOf(String quote) {
        if (quote == null || lines.isEmpty()) {
            return null;
        }
        String q = plain(quote);
        if (q.isEmpty()) {
            return null;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? cursor : 0; i < (pass == 0 ? lines.size() : cursor); i++) {
                if (lines.get(i).contains(q)) {
                    cursor = i;
                    return i + 1;
                }
            }
        }
        return null;
    }

    /** A line as the rendered page shows it: NFC, without emphasis marks and escapes, spaces collapsed. */
    private static String plain(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = t.replaceAll("[*_`\\\\#]", "").replace('\u00A0', ' ').replace('\t', ' ');
        return t.replaceAll("\\s+", " ").strip();
    }
}

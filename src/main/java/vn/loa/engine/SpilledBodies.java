package vn.loa.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import vn.loa.SpillFile;
import vn.loa.render.RenderedPage;
import vn.loa.render.TocEntry;

/**
 * The bodies of the pages a build renders without keeping them (a site too big to hold its bodies
 * in the heap, {@code ContentLoader#light}), deflated into a temporary file as they are rendered:
 * the outputs that show a body read it back instead of reading and rendering its Markdown again.
 * At 100,000 pages the pages and event pages of a clean build rendered each plan about six times
 * (its own page, then each of its events quoting its text), a quarter of the build's processor time.
 */
final class SpilledBodies {

    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    private final SpillFile file = new SpillFile("loa-bodies-");

    /** Writes a rendered page's body (HTML, headings, text, summary); null when it has none or the disk refused it. */
    SpillFile.Spilled put(RenderedPage r) {
        if (r.html() == null || r.text() == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(r.html().length() / 2 + 64);
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
            string(out, r.html());
            string(out, r.text());
            string(out, r.summary());
            out.writeInt(r.toc().size());
            for (TocEntry t : r.toc()) {
                out.writeByte(t.level());
                string(out, t.id());
                string(out, t.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot be
        }
        return file.put(bytes.toByteArray());
    }

    /** The page kept without its body ({@code kept}), whole again with the body written by {@link #put}. */
    static RenderedPage read(SpillFile.Spilled spilled, RenderedPage kept) {
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(spilled.read()), inflater, 8192))) {
            String html = string(in);
            String text = string(in);
            String summary = string(in);
            int n = in.readInt();
            List<TocEntry> toc = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                toc.add(new TocEntry(in.readByte(), string(in), string(in)));
            }
            return new RenderedPage(kept.page(), html, toc, text, summary, kept.eventAnchors(), kept.links());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written by this process: cannot be
        } finally {
            inflater.end();
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("a body cut short");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}

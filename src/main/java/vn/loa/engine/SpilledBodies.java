package vn.loa.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import vn.loa.SpillFile;
import vn.loa.render.RenderedPage;

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
            // The body alone, in the build cache's codec: the page and what it keeps are not written again.
            new RecordCodec().write(out, new RenderedPage(null, r.html(), r.toc(), r.text(), r.summary(), Map.of(), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot be
        }
        return file.put(bytes.toByteArray());
    }

    /** The page kept without its body ({@code kept}), whole again with the body written by {@link #put}. */
    static RenderedPage read(SpillFile.Spilled spilled, RenderedPage kept) {
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(spilled.read()), inflater, 8192))) {
            RenderedPage body = (RenderedPage) new RecordCodec().read(in);
            return new RenderedPage(kept.page(), body.html(), body.toc(), body.text(), body.summary(), kept.eventAnchors(), kept.links());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written by this process: cannot be
        } finally {
            inflater.end();
        }
    }
}

package vn.loa.theme;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import vn.loa.index.Event;
import vn.loa.render.RenderedPage;

/**
 * The texts the event pages of one document quote ({@link EventText}), made for all its events at
 * once: its body is parsed once rather than once for each of its events (a plan states four or
 * five), and for a site too big to keep its bodies read back once. The texts of the last few
 * documents are kept: the event pages of a document are declared one after another
 * ({@link EventOutputs}), so the threads that make them find the texts the first one made, or
 * wait for it. Texts are made again for a document rendered again (its page as the engine keeps
 * it now is another).
 */
final class EventTexts {

    private static final int KEPT = 16;

    private final PageKeys keys;
    private final Map<Path, List<Event>> eventsOf;
    private final Map<Path, Made> made = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Made> eldest) {
            return size() > KEPT;
        }
    };

    private record Made(RenderedPage now, FutureTask<Map<Event, List<Map<String, Object>>>> texts) {
    }

    /** @param eventsOf the events of each document, by its file: every event asked for is in its document's list */
    EventTexts(PageKeys keys, Map<Path, List<Event>> eventsOf) {
        this.keys = keys;
        this.eventsOf = eventsOf;
    }

    /** What the page of {@code e} quotes of its document. */
    List<Map<String, Object>> of(Event e) {
        RenderedPage now = keys.current(e.page());
        now.html(); // the page reads the document's body, whichever thread reads it ({@link RenderedPage#watchBodyReads})
        Path file = e.page().page().file();
        Made m;
        boolean mine = false;
        synchronized (made) {
            m = made.get(file);
            if (m == null || m.now() != now) {
                m = new Made(now, new FutureTask<>(() -> {
                    RenderedPage whole = keys.whole(e.page());
                    return EventText.of(eventsOf.get(file), whole.html(), new HashSet<>(whole.eventAnchors().values()));
                }));
                made.put(file, m);
                mine = true;
            }
        }
        if (mine) {
            m.texts().run();
        }
        try {
            return m.texts().get().get(e);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (ex.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }
}

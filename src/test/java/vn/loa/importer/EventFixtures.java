package vn.loa.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The plans and news posts composed for the event finder's tests ({@code src/test/resources/importer/events}). */
final class EventFixtures {

    static final Path DIR = Path.of("src/test/resources/importer/events");

    private EventFixtures() {
    }

    static ImportedDocument read(String name) {
        try {
            return Importer.parseText(Files.readString(DIR.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one event whose source quote is the given one. */
    static ImportedEvent quoted(ImportedDocument d, String quote) {
        List<ImportedEvent> hits = d.events().stream().filter(e -> e.sourceQuote().equals(quote)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("«" + quote + "»: " + hits.size() + " events in " + d.events());
        }
        return hits.get(0);
    }

    static boolean anyOn(ImportedDocument d, String isoDay) {
        return d.events().stream().anyMatch(e -> isoDay.equals(String.valueOf(e.start())) || isoDay.equals(String.valueOf(e.end())));
    }
}

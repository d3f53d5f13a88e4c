package vn.loa.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: how long an index built range by range takes, alone, on the Markdown of a corpus
 * (each file's title and body as a news post's), with the first pass and {@code RUNS} builds timed
 * after the texts are analysed. For the corpus of {@code loa bench --pages 100000 --no-photos}
 * and the range size of a 1 GB heap (it needs no library):
 *
 * <pre>
 * mvn -q test-compile
 * java -XX:TieredStopAtLevel=1 -Xmx4g -cp target/classes:target/test-classes \
 *     vn.loa.search.SearchRangesBenchmark CORPUS/content 53000000 3
 * </pre>
 */
public final class SearchRangesBenchmark {

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (var s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<SearchDoc> docs = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f);
            int end = text.indexOf("\n---", 3);
            String title = text.lines().filter(l -> l.startsWith("title:")).findFirst().orElse("title: -").substring(6).strip();
            docs.add(SearchFixtures.news(title, end < 0 ? text : text.substring(end + 4)));
        }
        SearchIndexBuilder.Docs given = SearchFixtures.given(docs, new int[1]);
        for (int run = 1; run <= Integer.parseInt(args[2]); run++) {
            System.gc();
            long start = System.nanoTime();
            SearchIndex index = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, link -> link, SearchIndex.Options.DEFAULT)
                    .build(given, 0, Long.parseLong(args[1]));
            System.out.printf("%d documents, build %d: %d ms, %d files%n", docs.size(), run, (System.nanoTime() - start) / 1_000_000,
                    index.files().size());
        }
    }
}

package vn.loa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.loa.text.Vietnamese;

/**
 * What the sample content promises, read straight from {@code content/} (front matter only,
 * independent of the generator's loader): which pages, sections, tags, campaign years and
 * bundle files the built site must have, and which drafts it must not.
 */
final class ContentInventory {

    /** One Markdown page of the content, as its front matter describes it. */
    record Source(Path file, String section, String url, boolean draft, List<String> tags, String campaign,
                  Integer campaignYear, int events, List<String> bundleFiles) {

        /** The page's file in the output: {@code tin-tuc/x/index.html}. */
        String output() {
            return url.substring(1) + "index.html";
        }
    }

    final List<Source> pages;
    final Map<String, Object> siteYaml;

    private ContentInventory(List<Source> pages, Map<String, Object> siteYaml) {
        this.pages = List.copyOf(pages);
        this.siteYaml = siteYaml;
    }

    static ContentInventory read(Path contentDir) {
        Map<String, Object> site = asMap(new Load(LoadSettings.builder().build())
                .loadFromString(readText(contentDir.resolve("site.yaml"))));
        List<Source> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(contentDir)) {
            for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                pages.add(source(contentDir, md));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentInventory(pages, site);
    }

    private static Source source(Path contentDir, Path md) {
        Path rel = contentDir.relativize(md);
        String section = rel.getName(0).toString();
        boolean bundle = md.getFileName().toString().equals("index.md");
        String name = bundle ? md.getParent().getFileName().toString() : md.getFileName().toString().replaceFirst("\\.md$", "");
        String text = readText(md);
        int close = text.indexOf("\n---", 3);
        Map<String, Object> fm = asMap(new Load(LoadSettings.builder().build()).loadFromString(text.substring(4, close)));
        String slug = Vietnamese.slugify(fm.get("slug") != null ? fm.get("slug").toString() : name);
        String prefix = switch (section) {
            case "ke-hoach" -> "/ke-hoach/";
            case "tin-tuc" -> "/tin-tuc/";
            case "trang" -> "/";
            default -> throw new IllegalStateException("unknown section of " + rel);
        };
        List<String> tags = new ArrayList<>();
        if (fm.get("tags") instanceof List<?> l) {
            l.forEach(t -> tags.add(t.toString()));
        }
        String campaign = fm.get("campaign") == null ? null : fm.get("campaign").toString();
        Integer year = null;
        if (campaign != null) {
            year = fm.get("year") != null ? Integer.parseInt(fm.get("year").toString())
                    : Integer.parseInt(fm.get("date").toString().substring(0, 4));
        }
        int events = fm.get("events") instanceof List<?> l ? l.size() : 0;
        List<String> files = new ArrayList<>();
        if (bundle) {
            try (Stream<Path> s = Files.walk(md.getParent())) {
                s.filter(Files::isRegularFile).filter(p -> !p.equals(md))
                        .map(p -> md.getParent().relativize(p).toString().replace('\\', '/')).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Source(rel, section, prefix + slug + "/", Boolean.TRUE.equals(fm.get("draft")), tags, campaign, year,
                events, files);
    }

    List<Source> published() {
        return pages.stream().filter(p -> !p.draft()).toList();
    }

    List<Source> published(String section) {
        return published().stream().filter(p -> p.section().equals(section)).toList();
    }

    List<Source> drafts() {
        return pages.stream().filter(Source::draft).toList();
    }

    int pageSize() {
        Object n = siteYaml.get("pagination");
        return n == null ? 10 : Integer.parseInt(n.toString());
    }

    String baseUrl() {
        String b = siteYaml.get("base_url").toString();
        return b.endsWith("/") ? b : b + "/";
    }

    /** Tag slugs of the published pages. */
    Set<String> tagSlugs() {
        Set<String> out = new LinkedHashSet<>();
        published().forEach(p -> p.tags().forEach(t -> out.add(Vietnamese.slugify(t))));
        return out;
    }

    /** Campaign id → year → number of events stated by the published pages of that year. */
    Map<String, Map<Integer, Integer>> campaignYears() {
        Map<String, Map<Integer, Integer>> out = new TreeMap<>();
        for (Source p : published()) {
            if (p.campaign() != null) {
                out.computeIfAbsent(p.campaign(), k -> new TreeMap<>()).merge(p.campaignYear(), p.events(), Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Object> asMap(Object o) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }

    private static String readText(Path p) {
        try {
            return Vietnamese.nfc(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

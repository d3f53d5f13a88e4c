package vn.loa.theme;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.Key;

/**
 * The key of each template with every template it uses: what it {@code extends}, {@code include}s,
 * {@code import}s or {@code embed}s, and so on down. An output keyed by its template's key is made
 * again when that template or any partial it uses changes, and only then. A template that names
 * another through a variable could use any of them: it is keyed by the whole theme.
 *
 * <p>A template that names a stylesheet or script through {@code asset('/css/loa.css')} is keyed
 * by its fingerprinted name ({@link Assets}): a changed stylesheet makes again the pages that link
 * it. An {@code asset()} of a variable could name any: the template is keyed by them all.
 *
 * <p>A template whose text mentions {@code today} may show the day of the build; its key then
 * holds that day, so that a page marking today is made again the next day.
 */
final class TemplateKeys {

    private static final Pattern USES = Pattern.compile("\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(\\S+)");
    private static final Pattern QUOTED = Pattern.compile("([\"'])([^\"']+)\\1");
    private static final Pattern TODAY = Pattern.compile("\\btoday\\b");
    private static final Pattern ASSET = Pattern.compile("\\basset\\(\\s*(?:([\"'])([^\"']+)\\1)?");

    private final Loader<?> loader;
    private final Assets assets;
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, Long> keys = new HashMap<>();
    private final Map<String, Boolean> mentionsToday = new HashMap<>();

    /**
     * Reads every template the theme's pages use, now: a template changed later is keyed by the
     * next theme stage, so an output is never keyed by a newer template than it was made with.
     */
    TemplateKeys(Loader<?> loader, Assets assets) {
        this.loader = loader;
        this.assets = assets;
        for (String t : SiteRenderer.TEMPLATES) {
            make(t);
        }
    }

    /** The key of a template and everything it uses, as the site's day is {@code today}. */
    synchronized long of(String template, java.time.LocalDate today) {
        if (!keys.containsKey(template)) {
            make(template);
        }
        return Key.of("template").add(keys.get(template)).add(mentionsToday.get(template) ? String.valueOf(today) : "").get();
    }

    private void make(String template) {
        Set<String> closure = new LinkedHashSet<>();
        if (!collect(template, closure)) {
            closure.addAll(allTemplates());
        }
        Map<String, String> sorted = new TreeMap<>();
        closure.forEach(t -> sorted.put(t, source(t)));
        Key key = Key.of("template");
        boolean today = false;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            key.add(e.getKey()).add(e.getValue());
            today |= TODAY.matcher(e.getValue()).find();
            Matcher m = ASSET.matcher(e.getValue());
            while (m.find()) {
                key.add(m.group(2) != null ? assets.published(m.group(2)) : assets.all());
            }
        }
        keys.put(template, key.get());
        mentionsToday.put(template, today);
    }

    /** Adds a template and those it names; false when one is named through a variable. */
    private boolean collect(String template, Set<String> into) {
        if (!into.add(template)) {
            return true;
        }
        Matcher m = USES.matcher(source(template));
        boolean literal = true;
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            if (q.lookingAt()) {
                literal &= collect(q.group(2), into);
            } else {
                literal = false;
            }
        }
        return literal;
    }

    /** Every template the known ones name, for a template that may use any. */
    private Set<String> allTemplates() {
        Set<String> all = new LinkedHashSet<>();
        for (String t : SiteRenderer.TEMPLATES) {
            collect(t, all);
        }
        return all;
    }

    private String source(String template) {
        return sources.computeIfAbsent(template, this::read);
    }

    private static <T> Reader open(Loader<T> loader, String template) {
        return loader.getReader(loader.createCacheKey(template));
    }

    private String read(String template) {
        try (Reader r = open(loader, template)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return ""; // a template that cannot be read fails where it is compiled, with its file and line
        }
    }
}

package vn.loa.theme;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    private final Map<String, Text> texts = new HashMap<>();
    private final Map<String, Long> keys = new HashMap<>();
    private final Map<String, Boolean> mentionsToday = new HashMap<>();

    /**
     * What a template's text says, read once however many pages' templates use it: the templates
     * it names ({@code literal} false when it names one through a variable), whether it mentions
     * {@code today}, and the assets it names in order (null for an {@code asset()} of a variable).
     */
    private record Text(String source, List<String> uses, boolean literal, boolean today, List<String> assets) {
        static Text of(String source) {
            List<String> uses = new ArrayList<>();
            boolean literal = true;
            Matcher m = USES.matcher(source);
            while (m.find()) {
                Matcher q = QUOTED.matcher(m.group(1));
                if (q.lookingAt()) {
                    uses.add(q.group(2));
                } else {
                    literal = false;
                }
            }
            List<String> assets = new ArrayList<>();
            Matcher a = ASSET.matcher(source);
            while (a.find()) {
                assets.add(a.group(2));
            }
            return new Text(source, uses, literal, TODAY.matcher(source).find(), assets);
        }
    }

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
        Key key = Key.of("template");
        boolean today = false;
        for (String t : new TreeSet<>(closure)) {
            Text text = text(t);
            key.add(t).add(text.source());
            today |= text.today();
            for (String asset : text.assets()) {
                key.add(asset != null ? assets.published(asset) : assets.all());
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
        Text text = text(template);
        boolean literal = text.literal();
        for (String used : text.uses()) {
            literal &= collect(used, into);
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

    private Text text(String template) {
        Text text = texts.get(template);
        if (text == null) {
            text = Text.of(read(template));
            texts.put(template, text);
        }
        return text;
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

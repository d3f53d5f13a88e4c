package vn.loa.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.loa.text.Vietnamese;

/**
 * The legacy Vietnamese encodings of the 1990s that documents still arrive in: TCVN3 (TCVN 5712:1993 VN3, typed with
 * ABC or Vietkey in the {@code .VnTime}, {@code .VnArial} … fonts) and VNI Windows (the {@code VNI-Times} …
 * fonts). Their bytes stand in a Windows-1252 text (or a Word run in such a font) as Latin-1 characters: "Kõ ho¹ch"
 * for "Kế hoạch" (TCVN3), "Keá hoaïch" (VNI). The mapping tables are data ({@code tcvn3.tsv}, {@code vni.tsv} beside
 * this class); {@link #toUnicode} replaces the longest legacy sequence at each place and gives NFC text.
 */
enum LegacyEncoding {

    TCVN3("TCVN3", "tcvn3.tsv"),
    VNI("VNI", "vni.tsv");

    /** How the review names the encoding. */
    final String label;
    private final Map<String, String> table;
    private final int longest;

    LegacyEncoding(String label, String resource) {
        this.label = label;
        this.table = load(resource);
        int n = 1;
        for (String k : table.keySet()) {
            n = Math.max(n, k.length());
        }
        this.longest = n;
    }

    /** The encoding a Word font stands for: {@code .VnTime}, {@code .VnArialH} … are TCVN3, {@code VNI-Times} … VNI. */
    static LegacyEncoding ofFont(String font) {
        if (font == null) {
            return null;
        }
        String f = font.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn") || f.startsWith("vn3-") || f.startsWith("abc ")) {
            return TCVN3;
        }
        if (f.startsWith("vni-") || f.startsWith("vni ")) {
            return VNI;
        }
        return null;
    }

    /**
     * Whether a TCVN3 font draws only capitals ({@code .VnTimeH}, {@code .VnArialH}, {@code .VnAvantH}): TCVN3 has no
     * codes for capitals with tone marks, so their text is typed with the lower-case codes and the font shows capitals.
     */
    static boolean capitalsOnly(String font) {
        return ofFont(font) == TCVN3 && font.strip().endsWith("H");
    }

    /** The text in Unicode NFC: each legacy sequence replaced, everything else kept. */
    String toUnicode(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String hit = null;
            int len = 0;
            for (int n = Math.min(longest, text.length() - i); n >= 1 && hit == null; n--) {
                hit = table.get(text.substring(i, i + n));
                len = n;
            }
            if (hit != null) {
                b.append(hit);
                i += len;
            } else {
                b.append(text.charAt(i));
                i++;
            }
        }
        return Vietnamese.nfc(b.toString());
    }

    /** A font run's text as its font shows it: Word may keep the codes of a symbol-like font in U+F000–U+F0FF. */
    static String fromPrivateUse(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xF020 && c <= 0xF0FF) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, Cp1252.CHARS[c - 0xF000]);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Reads a table: hex bytes (Windows-1252), a tab, the Unicode text; {@code #} starts a comment. */
    private static Map<String, String> load(String resource) {
        Map<String, String> t = new HashMap<>();
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                StringBuilder key = new StringBuilder();
                for (String hex : f[0].trim().split(" ")) {
                    key.append(Cp1252.CHARS[Integer.parseInt(hex, 16)]);
                }
                t.put(key.toString(), Vietnamese.nfc(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(t);
    }
    /** The Windows-1252 reading of each byte; the five bytes it leaves undefined stand for themselves (U+0081 …). */
    static final class Cp1252 {

        static final char[] CHARS = table();

        private Cp1252() {
        }

        private static char[] table() {
            char[] t = new char[256];
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            String s = new String(all, java.nio.charset.Charset.forName("windows-1252"));
            for (int i = 0; i < 256; i++) {
                char c = s.charAt(i);
                t[i] = c == '\uFFFD' ? (char) i : c;
            }
            return t;
        }

        /** The bytes read as Windows-1252. */
        static String decode(byte[] bytes, int offset) {
            char[] c = new char[bytes.length - offset];
            for (int i = offset; i < bytes.length; i++) {
                c[i - offset] = CHARS[bytes[i] & 0xFF];
            }
            return new String(c);
        }
    }
}

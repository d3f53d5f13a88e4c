package vn.loa.safety;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import vn.loa.LoaException;

/**
 * An SVG image rewritten so that nothing in it runs or loads on the portal's address: read with the JDK's StAX
 * parser (no DTD, no external entities, at most {@value #MAX_BYTES} bytes and {@value #MAX_DEPTH} levels), and
 * written again with only the drawing elements and attributes of an allow-list. Scripts, event handlers
 * ({@code onload=} …), {@code <foreignObject>}, animations (which can set a link), links other than {@code http},
 * {@code https}, {@code mailto} and relative ones, references to other files or addresses ({@code <use>},
 * {@code <image>}, CSS {@code url(…)} and {@code @import} other than {@code #id} and embedded raster images),
 * comments, processing instructions and the DOCTYPE are left out. An image that cannot be parsed is refused
 * with a {@link LoaException} naming it.
 *
 * <pre>{@code
 * byte[] safe = SvgSanitizer.sanitize(Path.of("content/ke-hoach/a/so-do.svg"));   // .svgz: gunzipped, cleaned, gzipped
 * SvgSanitizer.Result r = SvgSanitizer.clean(bytes, file);  r.bytes(); r.removed();   // e.g. [<script>, onload]
 * }</pre>
 */
public final class SvgSanitizer {

    /** The largest image read, compressed or not. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The deepest nesting of elements read. */
    public static final int MAX_DEPTH = 128;

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "switch",
            "view", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "a",
            "image", "clipPath", "mask", "pattern", "marker", "linearGradient", "radialGradient", "stop", "style",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
            "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
            "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

    /** Elements worth naming when they are left out (the rest — editor metadata and the like — go quietly). */
    private static final Set<String> ACTIVE = Set.of("script", "foreignObject", "iframe", "object", "embed", "handler",
            "listener", "set", "animate", "animateMotion", "animateTransform", "animateColor", "discard");

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "x", "y", "x1", "y1",
            "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points", "pathLength",
            "viewBox", "preserveAspectRatio", "version", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
            "stroke-opacity", "opacity", "color", "display", "visibility", "overflow", "clip", "clip-path", "clip-rule",
            "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "filter", "filterUnits", "primitiveUnits",
            "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY",
            "orient", "font", "font-family", "font-size", "font-size-adjust", "font-style", "font-weight", "font-variant",
            "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
            "word-spacing", "text-decoration", "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate",
            "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "gradientUnits",
            "gradientTransform", "spreadMethod", "offset", "stop-color", "stop-opacity", "patternUnits",
            "patternContentUnits", "patternTransform", "in", "in2", "result", "stdDeviation", "mode", "operator", "k1",
            "k2", "k3", "k4", "values", "type", "tableValues", "slope", "intercept", "amplitude", "exponent", "scale",
            "xChannelSelector", "yChannelSelector", "radius", "order", "kernelMatrix", "divisor", "bias", "targetX",
            "targetY", "edgeMode", "preserveAlpha", "surfaceScale", "diffuseConstant", "specularConstant",
            "specularExponent", "kernelUnitLength", "azimuth", "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ",
            "limitingConeAngle", "flood-color", "flood-opacity", "lighting-color", "baseFrequency", "numOctaves", "seed",
            "stitchTiles", "color-interpolation", "color-interpolation-filters", "color-rendering", "shape-rendering",
            "text-rendering", "image-rendering", "vector-effect", "paint-order", "mix-blend-mode", "isolation",
            "enable-background", "systemLanguage", "lang", "role", "aria-label", "aria-labelledby", "aria-describedby",
            "aria-hidden", "focusable", "target", "media", "zoomAndPan");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern RASTER = Pattern.compile("(?i)data:image/(?:png|jpe?g|gif|webp);base64,[A-Za-z0-9+/=]*");

    private SvgSanitizer() {
    }

    /**
     * The image made safe and what was left out that could have run or loaded something ({@code <script>},
     * {@code onload}, {@code href}, {@code style} …), for an editor to read.
     */
    public record Result(byte[] bytes, Set<String> removed) {
    }

    /** Whether a file name is an SVG image: {@code .svg}, or {@code .svgz} (gzip-compressed). */
    public static boolean isSvg(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".svg") || n.endsWith(".svgz");
    }

    /** Reads an {@code .svg} or {@code .svgz} file and returns it made safe (an {@code .svgz} compressed again). */
    public static byte[] sanitize(Path file) {
        return clean(file).bytes();
    }

    /** Reads an {@code .svg} or {@code .svgz} file and cleans it; see {@link #clean(byte[], Path)}. */
    public static Result clean(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new LoaException(file, 0, "không đọc được ảnh SVG: " + e.getMessage(), "kiểm tra tệp và quyền đọc tệp");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svgz")) {
            return clean(bytes, file);
        }
        Result r = clean(gunzip(bytes, file), file);
        return new Result(gzip(r.bytes()), r.removed());
    }

    /** Cleans the bytes of an SVG image; {@code file} names it in errors. */
    public static Result clean(byte[] svg, Path file) {
        if (svg.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(svg.length);
        XMLStreamReader r = null;
        try {
            r = XmlInput.reader(new ByteArrayInputStream(svg), true);
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            Set<String> removed = new Copier(r, w, file).copy();
            w.close();
            return new Result(bytes.toByteArray(), removed);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new LoaException(file, line, "ảnh SVG không đọc được: XML hỏng hoặc dùng DOCTYPE/thực thể (ENTITY) mà Loa không đọc",
                    "mở ảnh bằng trình vẽ (Inkscape, Illustrator) và lưu lại dạng SVG thường (Plain SVG), hoặc dùng ảnh PNG");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the input is a byte array
                }
            }
        }
    }

    /** One pass over the parser's events, writing what is kept. */
    private static final class Copier {

        private final XMLStreamReader r;
        private final XMLStreamWriter w;
        private final Path file;
        private final Set<String> removed = new TreeSet<>();
        private int depth;
        private int skipFrom = -1;
        private StringBuilder style;

        Copier(XMLStreamReader r, XMLStreamWriter w, Path file) {
            this.r = r;
            this.w = w;
            this.file = file;
        }

        Set<String> copy() throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            boolean root = true;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            throw new LoaException(file, r.getLocation().getLineNumber(),
                                    "ảnh SVG lồng quá sâu (hơn " + MAX_DEPTH + " tầng phần tử)",
                                    "mở ảnh bằng trình vẽ, gộp bớt các nhóm rồi lưu lại, hoặc dùng ảnh PNG");
                        }
                        if (root) {
                            root = false;
                            if (!SVG.equals(r.getNamespaceURI()) || !r.getLocalName().equals("svg")) {
                                throw new LoaException(file, r.getLocation().getLineNumber(),
                                        "tệp không phải ảnh SVG: phần tử gốc phải là <svg xmlns=\"" + SVG + "\">",
                                        "lưu lại ảnh bằng trình vẽ dạng SVG, hoặc dùng ảnh PNG");
                            }
                        }
                        start();
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skipFrom < 0 && style != null) {
                            style.append(r.getText());
                        } else if (skipFrom < 0 && depth > 0) {
                            w.writeCharacters(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions (xml-stylesheet), the DOCTYPE: left out
                    }
                }
            }
            w.writeEndDocument();
            return removed;
        }

        private void start() throws XMLStreamException {
            if (skipFrom >= 0) {
                return;
            }
            String name = r.getLocalName();
            if (!SVG.equals(r.getNamespaceURI()) || !ELEMENTS.contains(name) || style != null) {
                if (ACTIVE.contains(name)) {
                    removed.add("<" + name + ">");
                }
                skipFrom = depth;
                return;
            }
            if (name.equals("style")) {
                style = new StringBuilder();
                return;
            }
            w.writeStartElement(name);
            if (depth == 1) {
                w.writeDefaultNamespace(SVG);
                w.writeNamespace("xlink", XLINK);
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
                attribute(name, r.getAttributeNamespace(i), r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }

        private void attribute(String element, String ns, String name, String value) throws XMLStreamException {
            boolean plain = ns == null || ns.isEmpty();
            if (name.equals("href") && (plain || XLINK.equals(ns))) {
                if (!safeReference(element, value)) {
                    removed.add("href=\"" + shorten(value) + "\"");
                } else if (plain) {
                    w.writeAttribute("href", value);
                } else {
                    w.writeAttribute("xlink", XLINK, "href", value);
                }
            } else if (plain && ATTRIBUTES.contains(name)) {
                if (safeCss(value)) {
                    w.writeAttribute(name, value);
                } else {
                    removed.add(name + "=\"" + shorten(value) + "\"");
                }
            } else if (XLINK.equals(ns) && name.equals("title")) {
                w.writeAttribute("xlink", XLINK, "title", value);
            } else if (XMLConstants.XML_NS_URI.equals(ns) && (name.equals("space") || name.equals("lang"))) {
                w.writeAttribute("xml", XMLConstants.XML_NS_URI, name, value);
            } else if (plain && name.toLowerCase(Locale.ROOT).startsWith("on")) {
                removed.add(name);
            }
        }

        private void end() throws XMLStreamException {
            if (skipFrom >= 0) {
                if (depth == skipFrom) {
                    skipFrom = -1;
                }
            } else if (style != null) {
                String css = style.toString();
                style = null;
                if (safeCss(css)) {
                    w.writeStartElement("style");
                    w.writeCharacters(css);
                    w.writeEndElement();
                } else {
                    removed.add("<style>");
                }
            } else {
                w.writeEndElement();
            }
            depth--;
        }
    }

    /**
     * A link of {@code <a>} may lead anywhere over {@code http}, {@code https} or {@code mailto}, or be relative; an
     * {@code <image>} may show an embedded raster image; every other reference must point inside the image
     * ({@code #id}).
     */
    static boolean safeReference(String element, String value) {
        String v = compact(value);
        if (element.equals("a")) {
            return !SCHEME.matcher(v).matches() || v.regionMatches(true, 0, "https:", 0, 6)
                    || v.regionMatches(true, 0, "http:", 0, 5) || v.regionMatches(true, 0, "mailto:", 0, 7);
        }
        if (element.equals("image") || element.equals("feImage")) {
            return RASTER.matcher(v).matches() || v.startsWith("#");
        }
        return v.startsWith("#");
    }

    /** CSS (a {@code style}, a presentation attribute) that loads nothing: every {@code url()} is {@code #id}. */
    static boolean safeCss(String css) {
        String c = css.toLowerCase(Locale.ROOT);
        if (c.indexOf('\\') >= 0 || c.contains("@import") || c.contains("expression") || c.contains("javascript:")
                || c.contains("behavior") || c.contains("-moz-binding") || c.contains("image-set") || c.contains("src(")) {
            return false;
        }
        for (int at = c.indexOf("url("); at >= 0; at = c.indexOf("url(", at + 4)) {
            int i = at + 4;
            while (i < c.length() && (c.charAt(i) <= ' ' || c.charAt(i) == '"' || c.charAt(i) == '\'')) {
                i++;
            }
            if (i >= c.length() || c.charAt(i) != '#') {
                return false;
            }
        }
        return true;
    }

    /** A reference as a browser reads it: control characters and spaces (which it skips) removed. */
    private static String compact(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && c != '\u007F' && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String shorten(String value) {
        String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return Terminal.line(v);
    }

    private static byte[] gunzip(byte[] gz, Path file) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] svg = in.readNBytes(MAX_BYTES + 1);
            if (svg.length > MAX_BYTES) {
                throw tooLarge(file);
            }
            return svg;
        } catch (IOException e) {
            throw new LoaException(file, 0, "ảnh .svgz không giải nén được (không phải tệp gzip hợp lệ)",
                    "lưu lại ảnh dạng .svg thường, hoặc dùng ảnh PNG");
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static LoaException tooLarge(Path file) {
        return new LoaException(file, 0, "ảnh SVG quá lớn (tối đa " + MAX_BYTES / (1024 * 1024) + " MB khi giải nén)",
                "thu gọn ảnh (xuất lại từ trình vẽ, bỏ bớt chi tiết) hoặc dùng ảnh PNG");
    }
}

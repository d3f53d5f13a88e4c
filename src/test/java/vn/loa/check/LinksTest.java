package vn.loa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a link leads from a page, as the built site resolves it; and the nearest known name to a misspelt one. */
class LinksTest {

    static String show(Links.Target t) {
        if (t instanceof Links.SitePath p) {
            return "/" + p.path();
        }
        return t.getClass().getSimpleName();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource(delimiter = '|', textBlock = """
            /tin-tuc/a/   | /ke-hoach/x/                 | /ke-hoach/x/
            /tin-tuc/a/   | /ke-hoach/x                  | /ke-hoach/x
            /tin-tuc/a/   | anh.jpg                      | /tin-tuc/a/anh.jpg
            /tin-tuc/a/   | ./anh.jpg#x                  | /tin-tuc/a/anh.jpg
            /tin-tuc/a/   | ../b/                        | /tin-tuc/b/
            /tin-tuc/a/   | ../../                       | /
            /tin-tuc/a/   | ..                           | /tin-tuc/
            /tin-tuc/a/   | ../../../x/                  | AboveRoot
            /tin-tuc/a/   | /tep/t%C3%A0i%20li%E1%BB%87u.pdf?v=2 | /tep/tài liệu.pdf
            /tin-tuc/a/   | /tep/50%25.pdf               | /tep/50%.pdf
            /tin-tuc/a/   | /tep/bad%zz.pdf              | /tep/bad%zz.pdf
            /tin-tuc/a/   | https://example.vn/x         | Elsewhere
            /tin-tuc/a/   | //cdn.example.vn/x.js        | Elsewhere
            /tin-tuc/a/   | mailto:a@b.vn                | Elsewhere
            /tin-tuc/a/   | tel:0200                     | Elsewhere
            /tin-tuc/a/   | '#muc'                       | Elsewhere
            /tin-tuc/a/   | '?trang=2'                   | Elsewhere
            /tin-tuc/a/   | www.example.vn               | MissingScheme
            /             | gioi-thieu/                  | /gioi-thieu/
            """)
    void resolves(String page, String destination, String expected) {
        assertEquals(expected, show(Links.resolve(destination, page)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            qd-45.pdf        | true
            /tep/mau.DOCX    | true
            tin-tuc/x/       | false
            tin-tuc/x        | false
            tin-tuc/x/index.html | false
            ban-1.0          | true
            .htaccess        | false
            """)
    void tellsFilesFromPages(String path, boolean file) {
        assertEquals(file, Links.looksLikeFile(path));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            tittle    | title
            Title     | title
            titel     | title
            tag       | tags
            image-alt | image_alt
            imagealt  | image_alt
            sumary    | summary
            data      | date
            img       | -
            author    | -
            xyzzy     | -
            """)
    void suggestsTheClosestKey(String wrong, String expected) {
        List<String> keys = List.of("title", "date", "summary", "tags", "image", "image_alt", "slug", "draft");
        assertEquals(expected, Closest.to(wrong, keys).orElse(null));
    }

    /** Links in raw HTML are found at the line of their own attribute, also when two lead to the same place. */
    @org.junit.jupiter.api.Test
    void linksInAnHtmlBlockAtTheirOwnLines() {
        String md = "Mở đầu.\n\n<table>\n<tr><td><a href=\"/a/\">1</a></td></tr>\n<tr><td>\n<img\n  alt=\"x\"\n  src=\"/b.png\">\n"
                + "</td></tr>\n<tr><td><a href=\"/a/\">2</a></td></tr>\n</table>\n";
        List<Links.Ref> refs = Links.scan(md, 10);
        assertEquals(List.of("/a/ 13", "/b.png 17", "/a/ 19"),
                refs.stream().map(r -> r.destination() + " " + r.line()).toList());
    }
}

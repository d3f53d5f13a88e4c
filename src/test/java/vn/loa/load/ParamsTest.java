package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page's front matter kept as bytes reads back as the maps it was made from, key by key and in order. */
class ParamsTest {

    private static Map<String, Object> frontMatter(String yaml) {
        return Yaml.parseMapping(yaml, Path.of("content/tin-tuc/x.md"), 2).toPlain();
    }

    @Test
    void frontMatterReadsBackAsItsPlainMaps() {
        Map<String, Object> plain = frontMatter("""
                title: "Hội nghị “tổng kết” – năm 2024"
                date: 2024-05-17T14:00
                draft: false
                year: 2024
                ratio: 0.75
                empty:
                tags: [hội thảo, chuyển đổi số]
                signer: {authority: KT. GIÁM ĐỐC, name: Nguyễn Văn An}
                events:
                  - title: Hoạt động 1
                    start: 2024-11-10T08:00
                    lead: [Văn phòng Sở]
                  - title: Hoạt động 2
                    nested: [[1, 2], {a: null}]
                x_rieng: 𝔘 ngoài BMP
                """);
        Map<String, Object> kept = Params.compact(plain);
        assertInstanceOf(Params.class, kept);
        assertEquals(plain, kept);
        assertEquals(kept, plain);
        assertEquals(plain.hashCode(), kept.hashCode());
        assertEquals(new ArrayList<>(plain.keySet()), new ArrayList<>(kept.keySet()), "the keys in their order");
        assertEquals(plain.toString(), kept.toString());
        for (String key : plain.keySet()) {
            assertEquals(plain.get(key), kept.get(key), key);
            assertTrue(kept.containsKey(key), key);
        }
        assertEquals(2024L, kept.get("year"));
        assertEquals(0.75, kept.get("ratio"));
        assertEquals(Boolean.FALSE, kept.get("draft"));
        assertTrue(kept.containsKey("empty"));
        assertNull(kept.get("empty"));
        assertFalse(kept.containsKey("sumary"));
        assertNull(kept.get("sumary"));
        assertNull(kept.get(42));
        assertEquals(plain.size(), kept.size());
    }

    @Test
    void stringsThePageHoldsAreReferredToNotCopied() {
        Map<String, Object> plain = frontMatter("""
                title: Hội thảo
                tags: [hội thảo, số]
                events:
                  - title: Hội thảo
                    lead: [Văn phòng Sở, Văn phòng Sở]
                other: khác
                """);
        String title = new String("Hội thảo");
        String office = new String("Văn phòng Sở");
        Map<String, Object> kept = Params.compact(plain, java.util.Arrays.asList(null, title, office, "không dùng"));
        assertEquals(plain, kept);
        assertSame(title, kept.get("title"));
        Map<?, ?> event = (Map<?, ?>) ((List<?>) kept.get("events")).get(0);
        assertSame(title, event.get("title"));
        assertSame(office, ((List<?>) event.get("lead")).get(1));
        assertEquals("khác", kept.get("other"));
        assertEquals(Params.compact(plain), kept, "with or without references, the same map");
        assertEquals(Params.compact(plain).hashCode(), kept.hashCode());
    }

    @Test
    void theSameEntriesInAnotherOrderAreEqual() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("a", "một");
        a.put("b", List.of("hai"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("b", List.of("hai"));
        b.put("a", "một");
        assertEquals(Params.compact(a), Params.compact(b));
        assertEquals(Params.compact(a).hashCode(), Params.compact(b).hashCode());
    }

    @Test
    void aMapWithValuesYamlDoesNotGiveIsKeptAsItIs() {
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("n", 1); // an Integer: YAML gives Long
        assertSame(odd, Params.compact(odd));
        assertNull(Params.compact(null));
        Map<String, Object> kept = Params.compact(Map.of());
        assertTrue(kept.isEmpty());
        assertSame(kept, Params.compact(kept));
    }

    @Test
    void aPageKeepsItsParamsAsBytesAndReadsTheSame() {
        Map<String, Object> plain = frontMatter("title: Tin\ndate: 2024-05-17\nsummary: Tóm tắt\nkhac: [1, 2]\n");
        Page p = new Page(Path.of("content/tin-tuc/x.md"), Section.NEWS, "x", "/tin-tuc/x/", "Tin", null, "Tóm tắt",
                List.of(), null, null, false, null, null, null, null, List.of(), List.of(), "", 5, plain);
        assertInstanceOf(Params.class, p.params());
        assertEquals("Tóm tắt", p.params().get("summary"));
        assertEquals(Arrays.asList(1L, 2L), p.params().get("khac"));
        assertEquals(p, p.withBody("Nội dung").withoutBody());
    }
}

package vn.loa.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.text.Json;

/**
 * The {@code loa import --json} shape, one object per document:
 * <pre>
 * {"doc": {"kind", "number", "place", "issued": {"day", "month", "year"}, "title", "basis": [], "themes": [],
 *          "slogans": [], "sections": [], "recipients": [], "signer": {"authority", "position", "name"}, "campaign",
 *          "author", "source", "lead", "check": []},
 *  "events": [{"text", "kind", "start", "end", "time", "end_time", "part_of_day", "weekday_stated", "lead": [],
 *              "partners": [], "location", "source_quote", "found", "confidence", "note", "check": [], "section"}]}
 * </pre>
 * {@code found} says how an event was found ({@code bảng}, {@code mục}, {@code câu}), {@code confidence} how sure it is
 * ({@code cao}, {@code vừa}, {@code thấp}), {@code check} what the editor should check and {@code section} the heading
 * it was found under.
 * Absent values are {@code null} or {@code []}; {@code issued} and {@code signer} are null when the document has no
 * place-and-date line (a news post: no dateline) or no signature block. {@code author}, {@code source} and {@code lead}
 * are a news post's ({@link ImportedDocument}); {@code check} names the fields guessed rather than read. Written with
 * {@link Json}.
 */
public final class ImportJson {

    private ImportJson() {
    }

    public static String write(ImportedDocument d) {
        return Json.write(toMap(d));
    }

    public static Map<String, Object> toMap(ImportedDocument d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", d.kind());
        doc.put("number", d.number());
        doc.put("place", d.issued() == null ? null : d.issued().place());
        if (d.issued() == null) {
            doc.put("issued", null);
        } else {
            Map<String, Object> issued = new LinkedHashMap<>();
            issued.put("day", d.issued().day());
            issued.put("month", d.issued().month());
            issued.put("year", d.issued().year());
            doc.put("issued", issued);
        }
        doc.put("title", d.title());
        doc.put("basis", d.basis());
        doc.put("themes", d.themes());
        doc.put("slogans", d.slogans());
        doc.put("sections", d.sections());
        doc.put("recipients", d.recipients());
        if (d.signer() == null) {
            doc.put("signer", null);
        } else {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("authority", d.signer().authority());
            s.put("position", d.signer().position());
            s.put("name", d.signer().name());
            doc.put("signer", s);
        }
        doc.put("campaign", d.campaign());
        doc.put("author", d.author());
        doc.put("source", d.source());
        doc.put("lead", d.lead());
        doc.put("check", d.check());
        List<Object> events = new ArrayList<>();
        for (ImportedEvent e : d.events()) {
            events.add(event(e));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("doc", doc);
        out.put("events", events);
        return out;
    }

    static Map<String, Object> event(ImportedEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", e.text());
        m.put("kind", e.kind());
        m.put("start", e.start() == null ? null : e.start().toString());
        m.put("end", e.end() == null ? null : e.end().toString());
        m.put("time", hhmm(e.time()));
        m.put("end_time", hhmm(e.endTime()));
        m.put("part_of_day", e.partOfDay());
        m.put("weekday_stated", e.weekdayStated());
        m.put("lead", e.lead());
        m.put("partners", e.partners());
        m.put("location", e.location());
        m.put("source_quote", e.sourceQuote());
        m.put("found", e.found());
        m.put("confidence", e.confidence());
        m.put("note", e.note());
        m.put("check", e.checks());
        m.put("section", e.section());
        return m;
    }

    static String hhmm(LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}

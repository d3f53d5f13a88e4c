package vn.loa.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import vn.loa.dates.DateExpression;
import vn.loa.text.Vietnamese;

/**
 * The events of a table: each date of a row's time column (or of any cell but the number, units and place, when the
 * table has no time column), with the row's content, units and place.
 */
final class TableRows {

    private final EventDates dates;

    TableRows(EventDates dates) {
        this.dates = dates;
    }

    /** The columns found in the header row; -1 for one the table does not have. */
    private static final class Columns {
        int stt = -1;
        int content = -1;
        int time = -1;
        int lead = -1;
        int partners = -1;
        int place = -1;
        int note = -1;

        Columns(List<String> header) {
            for (int c = 0; c < header.size(); c++) {
                String h = Vietnamese.fold(header.get(c)).replaceAll("\\s+", " ").strip();
                if (h.matches("stt|tt|so tt|so thu tu|s tt")) {
                    stt = c;
                } else if (h.contains("phoi hop") && partners < 0) {
                    partners = c;
                } else if ((h.contains("thoi gian") || h.contains("thoi han") || h.equals("ngay") || h.contains("tien do")
                        || h.contains("thoi diem") || h.startsWith("ngay ")) && time < 0) {
                    time = c;
                } else if (h.contains("dia diem") && place < 0) {
                    place = c;
                } else if ((h.contains("chu tri") || h.contains("thuc hien") || h.contains("to chuc") || h.contains("trach nhiem")
                        || h.contains("don vi") || h.contains("co quan")) && lead < 0) {
                    lead = c;
                } else if ((h.contains("noi dung") || h.contains("hoat dong") || h.contains("cong viec") || h.contains("nhiem vu")
                        || h.startsWith("ten")) && content < 0) {
                    content = c;
                } else if (h.contains("ghi chu")) {
                    note = c;
                }
            }
            if (content < 0) {
                for (int c = 0; c < header.size(); c++) {
                    if (c != stt && c != time && c != lead && c != partners && c != place && c != note) {
                        content = c;
                        break;
                    }
                }
            }
        }

        /** Whether column c may hold the row's dates. */
        boolean dated(int c) {
            return time >= 0 ? c == time : (c != stt && c != lead && c != partners && c != place);
        }
    }

    void events(Block.Table t, List<ImportedEvent> out, String section) {
        List<List<String>> rows = t.plainRows();
        if (rows.size() < 2) {
            return;
        }
        Columns col = new Columns(rows.get(0));
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String activity = col.content >= 0 && col.content < row.size() ? EventText.tidy(row.get(col.content)) : "";
            List<String> leads = col.lead >= 0 && col.lead < row.size() ? Units.split(row.get(col.lead)) : List.of();
            List<String> partnerList = col.partners >= 0 && col.partners < row.size() ? Units.split(row.get(col.partners)) : List.of();
            String location = col.place >= 0 && col.place < row.size() && !row.get(col.place).isBlank()
                    ? Inline.stripClosing(row.get(col.place)) : null;
            if (location == null) {
                for (int c = 0; c < row.size(); c++) {
                    Matcher at = Labels.AT_PLACE.matcher(row.get(c));
                    if (c != col.content && at.find() && at.start() == 0 && row.get(c).strip().matches("(?i)^tại\\s.*")) {
                        location = Inline.stripClosing(at.group(1));
                    }
                }
            }
            for (int c = 0; c < row.size(); c++) {
                if (!col.dated(c) || row.get(c).isBlank()) {
                    continue;
                }
                for (DateExpression e : dates.all(row.get(c))) {
                    if (!dates.usable(e)) {
                        continue;
                    }
                    String text = activity;
                    if (c == col.content) {
                        String without = EventText.tidy(row.get(c).replace(e.sourceQuote(), " "));
                        text = without.split("\\s+").length >= 2 ? without : activity;
                    }
                    String loc = location;
                    if (loc == null) {
                        Matcher at = Labels.AT_PLACE.matcher(row.get(c).substring(Math.min(row.get(c).length(), e.end())));
                        if (at.find()) {
                            loc = Inline.stripClosing(at.group(1));
                        }
                    }
                    out.add(dates.event(e, text.isEmpty() ? "Hoạt động" : text, leads, partnerList, loc, ImportedEvent.TABLE,
                            text.isEmpty() ? EnumSet.of(Doubt.TEXT_NEARBY) : Set.of(), null, section));
                }
            }
        }
    }
}

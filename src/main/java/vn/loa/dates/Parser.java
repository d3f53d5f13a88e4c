package vn.loa.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the date expressions of one text. Works on {@link Token}s and tries, at every word or number, to read one
 * expression ({@link Expressions}); the first and longest reading wins and what it covers is not read again.
 * Readings that only name a cited document, a holiday or the document's own date are consumed and dropped; the
 * others are settled by {@link ExpressionBuilder}. One class per family of forms: {@link Leads},
 * {@link ClockTimes}, {@link WeekdayMentions}, {@link DayForms}, {@link Ranges}, {@link Spans}; what bounds a date
 * and what is not an event: {@link Boundaries}, {@link NotEvents}.
 */
final class Parser extends TokenReader {
    private final Expressions expressions;
    private final ExpressionBuilder builder;

    Parser(String text, int docYear) {
        super(text);
        ClockTimes clocks = new ClockTimes(this);
        WeekdayMentions weekdays = new WeekdayMentions(this);
        DayForms days = new DayForms(this);
        Ranges ranges = new Ranges(this, days, weekdays, clocks);
        this.expressions = new Expressions(this, new Leads(this), clocks, weekdays, days, ranges,
                new Spans(this, docYear), new Boundaries(this), new NotEvents(this));
        this.builder = new ExpressionBuilder(this, docYear);
    }

    List<DateExpression> readAll() {
        List<int[]> issueLines = issueDateLines();
        List<DateExpression> out = new ArrayList<>();
        int line = 0; // issue-date lines are in order, and so are the tokens
        int i = 0;
        while (i < n) {
            Token x = t.get(i);
            while (line < issueLines.size() && issueLines.get(line)[1] <= x.start) {
                line++;
            }
            boolean onIssueLine = line < issueLines.size() && issueLines.get(line)[0] <= x.start;
            if ((x.type != Token.Type.WORD && x.type != Token.Type.NUM) || onIssueLine) {
                i++;
                continue;
            }
            Match m = expressions.expression(i);
            if (m == null) {
                i++;
                continue;
            }
            if (!m.dropped) {
                out.addAll(builder.buildAll(m));
            }
            i = m.endTok;
        }
        return out;
    }

    private List<int[]> issueDateLines() {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        while (s <= text.length()) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = text.length();
            }
            if (e > s && e - s <= IssueDates.MAX_LINE && IssueDates.read(text.substring(s, e)).isPresent()) {
                out.add(new int[] {s, e});
            }
            s = e + 1;
        }
        return out;
    }
}

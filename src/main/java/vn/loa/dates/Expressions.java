package vn.loa.dates;

/**
 * Reads one expression at a token: lead words, clock time, part of day and weekday in any order, then {@code ngày} and
 * the date core (a date, a range or a span), then a weekday or clock time after it. Readings that only name a cited
 * document, a holiday or the document's own blank date are marked dropped.
 */
final class Expressions extends TokenReader {
    private final Leads leads;
    private final ClockTimes clocks;
    private final WeekdayMentions weekdays;
    private final DayForms days;
    private final Ranges ranges;
    private final Spans spans;
    private final Boundaries boundaries;
    private final NotEvents notEvents;

    Expressions(TokenReader tokens, Leads leads, ClockTimes clocks, WeekdayMentions weekdays, DayForms days,
            Ranges ranges, Spans spans, Boundaries boundaries, NotEvents notEvents) {
        super(tokens);
        this.leads = leads;
        this.clocks = clocks;
        this.weekdays = weekdays;
        this.days = days;
        this.ranges = ranges;
        this.spans = spans;
        this.boundaries = boundaries;
        this.notEvents = notEvents;
    }

    Match expression(int i) {
        Match m = new Match();
        m.startTok = i;
        int j = i;
        boolean punctuated = false;
        boolean vao = false;
        boolean occasion = false;
        while (j < n) {
            int k;
            ClockTime ts;
            PodMention pd;
            WeekdayMention wd;
            if (m.lead == Lead.NONE && (k = leads.aroundLead(j)) > j) {
                m.lead = Lead.AROUND;
            } else if (m.lead == Lead.NONE && (k = leads.deadlineLead(j)) > j) {
                m.lead = Lead.DEADLINE;
            } else if (m.time == null && (ts = clocks.timeSpan(j)) != null) {
                m.time = ts;
                if (ts.pod != null && m.pod == null) {
                    m.pod = ts.pod;
                }
                k = ts.next;
            } else if (m.pod == null && (pd = clocks.partOfDay(j)) != null) {
                m.pod = pd.pod();
                k = pd.end();
            } else if (m.weekday == null && (wd = weekdays.weekday(j)) != null) {
                m.weekday = wd;
                k = wd.end();
            } else if (m.lead == Lead.NONE && (k = leads.fromLead(j)) > j) {
                m.lead = Lead.FROM;
            } else if (m.lead == Lead.NONE && (k = leads.untilLead(j)) > j) {
                m.lead = Lead.UNTIL;
            } else if (!occasion && m.lead != Lead.OCCASION && (k = leads.occasionLead(j)) > j) {
                // "nhân dịp 18/5"; after another lead ("trước dịp 18/5") the occasion only names the day
                occasion = true;
                if (m.lead == Lead.NONE) {
                    m.lead = Lead.OCCASION;
                }
            } else if (m.lead == Lead.NONE && is(j, Word.SAU)) {
                m.lead = Lead.AFTER;
                k = j + 1;
            } else if (m.lead == Lead.NONE && is(j, Word.TRONG)) {
                m.lead = Lead.WITHIN;
                k = j + 1;
            } else if (!vao && is(j, Word.VAO)) {
                vao = true;
                k = j + 1;
            } else if (j > i && !punctuated && (sym(j, ',') || sym(j, ':'))) {
                punctuated = true;
                j++;
                continue;
            } else {
                break;
            }
            punctuated = false;
            j = k;
        }

        boolean ngay = false;
        if (is(j, Word.NGAY)) {
            if (is(j + 1, Word.THANG)) {
                // "ngày    tháng 4 năm 2024": the blank day of a document's own date, not an event
                int e = j + 2;
                if (num(e, 2)) {
                    e++;
                    if (is(e, Word.NAM) && num(e + 1)) {
                        e += 2;
                    }
                }
                m.dropped = true;
                m.endTok = e;
                return m;
            }
            ngay = true;
            j++;
        }

        boolean prefixed = m.lead != Lead.NONE || m.time != null || m.pod != null || m.weekday != null || vao;
        DateCore core = null;
        int end = -1;
        if ((m.weekday != null || ngay) && sym(j, '(')) {
            // "Thứ Bảy (18/5)", "ngày (18/5) năm 2024": the date in parentheses, maybe its year after them
            DateCore c = ranges.dateCore(j + 1, true);
            if (c != null && sym(c.end, ')') && boundaries.endsCleanly(c)) {
                core = c;
                end = c.end + 1;
                DayMonth last = c.form == DateCore.Form.RANGE ? c.b : c.a;
                Integer y;
                if (last.year == null && is(end, Word.NAM) && (y = yearAt(end + 1)) != null) {
                    last.year = y;
                    end += 2;
                    c.end = end;
                }
                DateCore r = c.form == DateCore.Form.SINGLE ? ranges.rangeTail(end) : null;
                if (r != null && boundaries.endsCleanly(r)) {
                    r.a = c.a; // "từ Thứ Hai (13/5) đến Chủ nhật (19/5/2024)"
                    core = r;
                    end = r.end;
                }
            }
        }
        if (core == null) {
            core = ranges.dateCore(j, ngay || prefixed);
            if (core != null) {
                if (!boundaries.endsCleanly(core)) {
                    return null;
                }
                end = core.end;
            }
        }
        if (core == null && !ngay && m.time == null && m.weekday == null && m.pod == null) {
            core = spans.spanCore(j);
            if (core != null) {
                end = core.end;
            }
        }
        if (core == null) {
            return null;
        }
        if (core.form != DateCore.Form.SPAN && !boundaries.startsCleanly(j)) {
            return null;
        }
        m.core = core;

        // "dịp" names a day as "ngày" does: "nhân dịp 24/7" is the 24th of July, not "round the clock"
        boolean dateWords = ngay || occasion || m.time != null || m.pod != null || m.weekday != null;
        if (!dateWords && core.form != DateCore.Form.SPAN) {
            // only lead words like "từ", "trước" (or none): "từ 2-3 người" is a count, not a date
            if (!boundaries.bareDateAllowed(j, core)) {
                return null;
            }
            if (!prefixed && core.form == DateCore.Form.SINGLE && notEvents.namesHoliday(j)) {
                m.dropped = true;
                m.endTok = end;
                return m;
            }
        }
        if (ngay && j - 1 == i && notEvents.citesDocument(i)) {
            m.dropped = true;
            m.endTok = end;
            return m;
        }
        if (core.form == DateCore.Form.SINGLE && core.a != null && core.a.year == null && m.time == null
                && (m.lead == Lead.NONE || m.lead == Lead.OCCASION) && notEvents.annually(end)) {
            // "Ngày 21/4 hằng năm được … chọn là Ngày Sáng tạo …": a day of every year, not an activity
            m.dropped = true;
            m.endTok = end + 2;
            return m;
        }
        if (core.form == DateCore.Form.SINGLE && core.a != null && m.time == null && m.pod == null && m.weekday == null
                && m.lead == Lead.NONE && notEvents.namedAsHoliday(end, core.a.year == null)) {
            // "Ngày 18/5 đã được chọn là Ngày Khoa học và Công nghệ Việt Nam": the day is named, nothing happens on it
            m.dropped = true;
            m.endTok = end;
            return m;
        }

        if (core.form != DateCore.Form.SPAN) {
            end = suffix(m, end);
        }
        m.endTok = end;
        return m;
    }

    /** Weekday, clock time or (in parentheses) part of day after the date: {@code (Thứ 6)}, {@code , lúc 8h00}. */
    private int suffix(Match m, int k) {
        for (int round = 0; round < 3; round++) {
            boolean paren = sym(k, '(');
            int j = paren || sym(k, ',') ? k + 1 : k;
            WeekdayMention wd = null;
            ClockTime ts = null;
            PodMention pd = null;
            boolean any = false;
            while (true) {
                WeekdayMention w;
                ClockTime tt;
                PodMention p;
                if (m.weekday == null && wd == null && (w = weekdays.weekday(j)) != null) {
                    wd = w;
                    j = w.end();
                } else if (m.time == null && ts == null && (tt = clocks.timeSpan(j)) != null) {
                    ts = tt;
                    j = tt.next;
                } else if (paren && m.pod == null && pd == null && (p = clocks.partOfDay(j)) != null) {
                    pd = p;
                    j = p.end();
                } else {
                    break;
                }
                any = true;
                if ((sym(j, ',') || sym(j, '-')) && !sym(j + 1, ')')) {
                    int after = j + 1;
                    if (weekdays.weekday(after) != null || clocks.timeSpan(after) != null || (paren && clocks.partOfDay(after) != null)) {
                        j = after;
                    }
                }
            }
            if (!any) {
                return k;
            }
            if (paren) {
                if (!sym(j, ')')) {
                    return k;
                }
                j++;
            } else if (dateAhead(j)) {
                return k;
            }
            if (wd != null) {
                m.weekday = wd;
                m.weekdayAfter = true;
            }
            if (ts != null) {
                m.time = ts;
                if (ts.pod != null && m.pod == null) {
                    m.pod = ts.pod;
                }
            }
            if (pd != null) {
                m.pod = pd.pod();
            }
            k = j;
        }
        return k;
    }

    /** A date begins at i (after an optional comma): what comes next belongs to the next expression. */
    private boolean dateAhead(int i) {
        if (sym(i, ',')) {
            i++;
        }
        return is(i, Word.NGAY) || days.numericPart(i) != null;
    }
}

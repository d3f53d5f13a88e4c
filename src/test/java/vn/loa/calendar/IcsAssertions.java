package vn.loa.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.validate.ValidationEntry;

/**
 * Reads a generated calendar back with ical4j, a parser independent of biweekly that wrote it,
 * after checking the bytes themselves: CRLF line ends, lines of at most 75 octets, no UTF-8
 * sequence cut by a fold.
 */
final class IcsAssertions {

    private IcsAssertions() {
    }

    /** Checks the octets, parses, validates: every generated file goes through here. */
    static Calendar parse(byte[] ics) {
        physicalLines(ics);
        Calendar cal;
        try {
            cal = new CalendarBuilder().build(new InputStreamReader(new ByteArrayInputStream(ics), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read the calendar: " + e + "\n" + new String(ics, StandardCharsets.UTF_8), e);
        }
        List<ValidationEntry> problems = new ArrayList<>();
        try {
            for (ValidationEntry entry : cal.validate().getEntries()) {
                // RFC 5546 (iTIP) wants an ORGANIZER in every PUBLISHed event; see the report: the
                // site's address is not given to the writer yet.
                if (entry.getSeverity() == ValidationEntry.Severity.ERROR && !entry.getMessage().contains("ORGANIZER")) {
                    problems.add(entry);
                }
            }
        } catch (Exception e) {
            throw new AssertionError("ical4j finds the calendar invalid: " + e, e);
        }
        assertEquals(List.of(), problems, "validation errors");
        return cal;
    }

    /**
     * The physical lines of the file, after checking that every one ends with CRLF, has at most
     * 75 octets and decodes as UTF-8 on its own (so no fold split a character).
     */
    static List<byte[]> physicalLines(byte[] ics) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\n') {
                if (i == 0 || ics[i - 1] != '\r') {
                    fail("bare LF at octet " + i);
                }
                byte[] line = java.util.Arrays.copyOfRange(ics, start, i - 1);
                lines.add(line);
                start = i + 1;
            } else if (ics[i] == '\r' && (i + 1 >= ics.length || ics[i + 1] != '\n')) {
                fail("bare CR at octet " + i);
            }
        }
        assertEquals(ics.length, start, "the file ends with CRLF");
        for (int n = 0; n < lines.size(); n++) {
            byte[] line = lines.get(n);
            assertTrue(line.length <= 75, "line " + (n + 1) + " has " + line.length + " octets");
            assertTrue(line.length > 0, "line " + (n + 1) + " is empty");
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            } catch (CharacterCodingException e) {
                fail("line " + (n + 1) + " is not UTF-8 on its own: a fold split a character");
            }
            if (n > 0 && line[0] == ' ') {
                assertTrue(line.length > 1 && line[1] != ' ' || lines.get(n - 1).length >= 74,
                        "a continuation line starts with exactly one space, after a full line");
            }
        }
        return lines;
    }

    /** The content lines, unfolded by RFC 5545 §3.1 (CRLF followed by one space removed), still escaped. */
    static List<String> contentLines(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
        List<String> out = new ArrayList<>(List.of(text.split("\r\n", -1)));
        assertEquals("", out.remove(out.size() - 1));
        return out;
    }

    static List<Component> events(Calendar cal) {
        return components(cal, Component.VEVENT);
    }

    static List<Component> components(Calendar cal, String name) {
        return List.copyOf(cal.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents(name));
    }

    static Component only(Calendar cal) {
        List<Component> events = events(cal);
        assertEquals(1, events.size(), "one VEVENT");
        return events.get(0);
    }

    /** The (unescaped) value of the one property of that name, or null. */
    static String value(PropertyListAccessor c, String name) {
        List<Property> ps = c.getProperties(name);
        if (ps.isEmpty()) {
            return null;
        }
        assertEquals(1, ps.size(), "one " + name);
        return ps.get(0).getValue();
    }

    static Property property(PropertyListAccessor c, String name) {
        List<Property> ps = c.getProperties(name);
        assertEquals(1, ps.size(), "one " + name);
        return ps.get(0);
    }

    static String param(Property p, String name) {
        return p.<Parameter>getParameter(name).map(Parameter::getValue).orElse(null);
    }
}

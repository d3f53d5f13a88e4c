package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import vn.loa.dates.DateExpression;
import vn.loa.dates.DateProblem;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.dates.Weekdays;
import vn.loa.text.Vietnamese;

/**
 * The date parser: any text (NFC, as every caller gives it) read by {@link VietnameseDateReader} for a document year,
 * and each of its lines by {@code readIssueDate}. An input may begin with a line of one to four digits: the document
 * year (0 reads as 1); otherwise the year is 2024.
 *
 * <p>The reader throws nothing, and what it returns keeps the contract of {@link DateExpression}: each quote is the
 * text at its offsets, the expressions are in order and do not overlap, an event is one day, a period runs forward,
 * a deadline has only an end, a vague span has a start and no end before it, an impossible date has no dates.
 *
 * <p>Saved inputs: {@code src/test/resources/vn/loa/fuzz/DatesFuzzTestInputs/dates/}.
 */
class DatesFuzzTest {

    private static final Pattern YEAR = Pattern.compile("^(\\d{1,4})\n");

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void dates(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int year = 2024;
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            year = Math.max(1, Integer.parseInt(m.group(1)));
            text = text.substring(m.end());
        }
        text = Vietnamese.nfc(text);
        List<DateExpression> all = VietnameseDateReader.forYear(year).read(text);
        int previousEnd = 0;
        for (DateExpression e : all) {
            assertEquals(e.sourceQuote(), text.substring(e.start(), e.end()));
            assertTrue(e.start() >= previousEnd, () -> "overlapping or out of order: " + all);
            previousEnd = e.end();
            keepsContract(e);
            assertNotNull(e.toJson());
        }
        for (String line : text.split("\n", -1)) {
            VietnameseDateReader.readIssueDate(line);
        }
        if (text.length() <= 40) {
            Weekdays.parse(text);
        }
    }

    private static void keepsContract(DateExpression e) {
        if (e.problem() != null && e.problem().code().equals(DateProblem.INVALID_DATE)) {
            assertNull(e.startDate(), e::toString);
            assertNull(e.endDate(), e::toString);
            return;
        }
        switch (e.kind()) {
            case EVENT -> {
                assertNotNull(e.startDate(), e::toString);
                assertEquals(e.startDate(), e.endDate(), e::toString);
            }
            case PERIOD -> {
                assertNotNull(e.startDate(), e::toString);
                assertNotNull(e.endDate(), e::toString);
                assertTrue(e.startDate().isBefore(e.endDate()), e::toString);
            }
            case DEADLINE -> {
                assertNull(e.startDate(), e::toString);
                assertNotNull(e.endDate(), e::toString);
            }
            case VAGUE -> {
                assertNotNull(e.startDate(), e::toString);
                assertFalse(e.endDate() != null && e.endDate().isBefore(e.startDate()), e::toString);
            }
        }
    }
}

package vn.loa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.index.Event;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;

/** The three ways {@code time_format} writes a clock time, alone, as a range, and in an event's "when". */
class TimeFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8h00     | 8h00     | 14h30     | 8h00–11h30",
        "8 giờ 00 | 8 giờ 00 | 14 giờ 30 | 8 giờ 00 – 11 giờ 30",
        "08:00    | 08:00    | 14:30     | 08:00–11:30",
    })
    void eachSettingWritesTimesItsWay(String setting, String eight, String afternoon, String range) {
        TimeFormat f = TimeFormat.of(setting);
        assertEquals(eight, f.format(LocalTime.of(8, 0)));
        assertEquals(afternoon, f.format(LocalTime.of(14, 30)));
        assertEquals(range, f.range(LocalTime.of(8, 0), LocalTime.of(11, 30)));
        assertEquals(eight, f.range(LocalTime.of(8, 0), null));
        assertEquals(setting, f.example());
    }

    @Test
    void unknownSettingsAreNotGuessed() {
        assertNull(TimeFormat.of("8:00 AM"));
        assertNull(TimeFormat.of("8h"));
        // A decomposed "giờ" (pasted from Word) is the same setting.
        assertEquals(TimeFormat.WORDS, TimeFormat.of("8 gio\u0300 00".replace("gio\u0300", "gi\u01a1\u0300")));
    }

    @Test
    void anEventIsWrittenWithItsSitesFormatAndTheDefaultIs8h00() {
        EventSpec spec = new EventSpec("x", "Lễ kỷ niệm", EventKind.EVENT, LocalDate.of(2024, 5, 18), LocalTime.of(8, 0),
                LocalDate.of(2024, 5, 18), LocalTime.of(11, 30), null, null, null, List.of(), List.of(), null, null, 1);
        assertEquals("Thứ Bảy, 18/5/2024, 8h00–11h30", new Event("x", spec, null, null, 2024, "x").when());
        assertEquals("Thứ Bảy, 18/5/2024, 8 giờ 00 – 11 giờ 30",
                new Event("x", spec, null, null, 2024, "x", TimeFormat.WORDS).when());
        assertEquals("08:00–11:30", new Event("x", spec, null, null, 2024, "x", TimeFormat.CLOCK).timeOfDay());
        EventSpec deadline = new EventSpec("y", "Nộp bài", EventKind.DEADLINE, null, null, LocalDate.of(2024, 5, 10),
                LocalTime.of(17, 0), null, null, null, List.of(), List.of(), null, null, 2);
        assertEquals("Hạn: Thứ Sáu, 10/5/2024, trước 17 giờ 00",
                new Event("y", deadline, null, null, 2024, "y", TimeFormat.WORDS).when());
    }
}

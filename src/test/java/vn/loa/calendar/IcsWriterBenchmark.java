package vn.loa.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.loa.index.Event;

/**
 * Not a test: how long calendars take to write. Run with the runtime class path only (ical4j is
 * a test dependency and would add its zone provider to the JVM):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -DincludeScope=runtime
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) vn.loa.calendar.IcsWriterBenchmark
 * </pre>
 */
public final class IcsWriterBenchmark {

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        IcsWriter writer = new IcsWriter(ZoneId.of("Asia/Ho_Chi_Minh"), "khcn.honglam.example.vn", Instant.now());
        Event timed = TestEvents.event("Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam").on(2024, 5, 17)
                .at(14, 0).until(16, 30).location("Hội trường tầng 2, Tòa nhà B").lead("Phòng Quản lý Khoa học")
                .partners("Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN").build();
        Event allDay = TestEvents.event("Triển lãm sản phẩm khoa học và công nghệ")
                .period(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 21)).build();
        byte[] first = writer.calendar("Ngày KH&CN 2024", List.of(timed), e -> "https://khcn.honglam.example.vn" + e.url());
        System.out.printf("first calendar, cold JVM (class loading included): %.1f ms, %d bytes%n",
                (System.nanoTime() - t0) / 1e6, first.length);

        List<Event> year = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            year.add(TestEvents.event("Hoạt động số " + i + " hưởng ứng Ngày Khoa học và Công nghệ Việt Nam")
                    .on(2024, 5, 15 + i % 7).at(8 + i % 9, 0).location("Hội trường " + i).build());
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 12; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < 1000; i++) {
                bytes += writer.calendar("Ngày KH&CN 2024", List.of(i % 2 == 0 ? timed : allDay),
                        e -> "https://khcn.honglam.example.vn" + e.url()).length;
            }
            long mid = System.nanoTime();
            long cpuMid = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 10; i++) {
                bytes += writer.calendar("Ngày KH&CN 2024", year, e -> "https://khcn.honglam.example.vn" + e.url()).length;
            }
            long end = System.nanoTime();
            System.out.printf("round %2d: 1,000 calendars of 1 event %.1f ms (CPU %.1f ms); 10 calendars of 100 events %.1f ms (%d bytes)%n",
                    round, (mid - t) / 1e6, (cpuMid - cpu) / 1e6, (end - mid) / 1e6, bytes);
        }
    }
}

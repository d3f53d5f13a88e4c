package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's work grows linearly with the text, whatever the text: it is counted in tokens looked at (probes), not
 * timed. Each input repeats a piece built to make a careless reader look far ahead or back again and again.
 */
class ReaderBoundsTest {

    record Piece(String name, String piece) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Piece> pieces() {
        return List.of(
                new Piece("glued references before ngày", "ngày(18/5),"),
                new Piece("glued quotes before ngày", "ngày«1/1»"),
                new Piece("glued numbers", "12/34/56-78.90:"),
                new Piece("lead words with no date", "từ trước, trong và sau chậm nhất là hạn chót đến hết vào lúc nhân dịp "),
                new Piece("unfinished dates", "ngày 1/ tháng năm quý "),
                new Piece("lists of days", "1, 2, 3, 4, 5, 6, 7 và "),
                new Piece("chained ranges", "18/5 - 19/5 đến "),
                new Piece("open parentheses", "ngày (Thứ 2 ((( "),
                new Piece("weekdays and clock times", "Thứ 6, 8h00 - 9h00 sáng (T7, 14:30 "),
                new Piece("vague spans", "đầu tháng 5 đến tháng 6 đến quý II/ thượng tuần "),
                new Piece("toneless", "ngay 1 thang 5 nam tu den "),
                new Piece("holiday names", "Ngày Khoa & Học & Công & "),
                new Piece("full-width digits", "１８/５/２０２４－"),
                new Piece("real dates", "Sáng ngày 17/5/2024 (Thứ 6), từ 8h00 đến 11h30; từ 28/4 đến 2/5/2024. "),
                new Piece("lines", "Hà Nội, ngày 12 tháng 4 năm 2024\n"));
    }

    static long probes(String text) {
        Parser p = new Parser(text, 2024);
        p.readAll();
        return p.probes();
    }

    static String repeat(String piece, int chars) {
        return piece.repeat(Math.max(1, chars / piece.length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pieces")
    void workIsLinearInTheLength(Piece piece) {
        String small = repeat(piece.piece(), 20_000);
        String large = repeat(piece.piece(), 80_000);
        long a = probes(small);
        long b = probes(large);
        int tokens = Token.tokenize(large).size();
        assertTrue(b <= 4.4 * a, () -> piece + ": four times the text took " + (double) b / a + " times the work");
        assertTrue(b <= 120L * tokens, () -> piece + ": " + (double) b / tokens + " probes per token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pieces")
    void aLargeAdversarialTextIsReadQuickly(Piece piece) {
        // a guard against a hang, not a benchmark: 200,000 characters (the import limit) in far less than the limit
        String text = repeat(piece.piece(), 200_000);
        List<DateExpression> all = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> VietnameseDateReader.forYear(2024).read(text));
        int last = 0;
        for (DateExpression e : all) {
            assertEquals(e.sourceQuote(), text.substring(e.start(), e.end()));
            assertTrue(e.start() >= last);
            last = e.end();
        }
    }
}

package vn.loa.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.loa.LoaException;

/** Reading {@code DEST}: the protocols, ports, and what is refused before any connection. */
class DestinationTest {

    static final Path BASE = Path.of("/tmp/cong");

    @Test
    void readsEachKind() {
        Destination s = Destination.parse("sftp://bientap@may-chu.gov.vn:2222/var/www/khcn", null, 0, BASE);
        assertEquals(Destination.Kind.SFTP, s.kind());
        assertEquals("bientap", s.user());
        assertEquals(2222, s.port());
        assertEquals("/var/www/khcn", s.path());
        assertEquals("sftp://bientap@may-chu.gov.vn:2222/var/www/khcn", s.display());
        assertEquals(21, Destination.parse("ftps://a@h.vn/khcn", null, 0, BASE).port());
        assertEquals("/", Destination.parse("ftp://a@h.vn", null, 0, BASE).path());
        assertEquals(Path.of("/tmp/cong/xuat-ban"), Destination.parse("xuat-ban", null, 0, BASE).folder());
        assertEquals(Destination.Kind.LOCAL, Destination.parse("/mnt/chia-se/khcn", null, 0, BASE).kind());
    }

    @Test
    void aPathThatEscapesItsRootIsRefused() {
        for (String bad : new String[] {"sftp://a@h.vn/var/www/../../etc", "ftp://a@h.vn/khcn/..", "../ngoai", "/mnt/a/../../etc",
                "sftp://a@h.vn/var/%2E%2E/etc"}) {
            LoaException e = assertThrows(LoaException.class, () -> Destination.parse(bad, null, 0, BASE), bad);
            assertTrue(e.getMessage().contains("'..'"), e.getMessage());
        }
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNotRepeated() {
        LoaException e = assertThrows(LoaException.class, () -> Destination.parse("sftp://a:bi-mat@h.vn/x", null, 0, BASE));
        assertTrue(e.getMessage().contains(Credentials.PASSWORD_ENV), e.getMessage());
        assertFalse(e.getMessage().contains("bi-mat"));
    }

    @Test
    void otherProtocolsAndMissingPartsAreRefused() {
        for (String bad : new String[] {"http://h.vn/x", "sftp://h.vn/x", "sftp:///x", "  "}) {
            assertThrows(LoaException.class, () -> Destination.parse(bad, null, 0, BASE), bad);
        }
    }
}

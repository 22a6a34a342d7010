package dev.readinglist.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The log the messages name is the one written: a FileHandler's lock sent the command line beside the window to
 * reading-list.log.1 while it said reading-list.log (the sixty-eighth walk).
 */
class ErrorLogTest {

    @Test
    void anErrorIsAppendedToTheNamedFileWhichNoLockHolds() throws Exception {
        String first = "first " + UUID.randomUUID();
        String second = "second " + UUID.randomUUID();
        ErrorLog.record(first, new IllegalStateException("why"));
        assertFalse(Files.exists(ErrorLog.file().resolveSibling("reading-list.log.lck")), "no lock kept");
        ErrorLog.record(second, null);
        String log = Files.readString(ErrorLog.file());
        assertTrue(log.indexOf(first) >= 0 && log.indexOf(first) < log.indexOf(second), "both, in order");
        assertTrue(log.contains("java.lang.IllegalStateException: why"), "with the stack trace");
    }
}

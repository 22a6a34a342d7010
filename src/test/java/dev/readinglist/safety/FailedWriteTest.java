package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that SQLite rolls back itself, as it does when the disk is full: the sixty-eighth walk's window said "Not
 * saved: database error … (cannot commit - no transaction is active)" where the command line said the disk was full.
 */
class FailedWriteTest {

    static final String ID = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    @Test
    void aWriteSqliteRolledBackSaysWhyAndTheNextOneLands() throws Exception {
        Path db = dir.resolve("rl.db");
        try (Library library = Library.open(db)) {
            library.setNote(ID, "before");
            // RAISE(ROLLBACK) ends the transaction inside SQLite, as SQLITE_FULL does, which a test cannot cause.
            execute(db, "CREATE TRIGGER full_disk BEFORE UPDATE ON note BEGIN SELECT RAISE(ROLLBACK, 'no room'); END");

            ReadingListException failed =
                    assertThrows(ReadingListException.class, () -> library.setNote(ID, "typed on a full disk"));
            assertTrue(
                    failed.getMessage().startsWith("database error in " + db + ": ")
                            && failed.getMessage().endsWith("(no room)"),
                    failed.getMessage());
            assertEquals(Optional.of("before"), library.note(ID));

            execute(db, "DROP TRIGGER full_disk");
            library.setNote(ID, "after");
            assertEquals(Optional.of("after"), library.note(ID));
        }
    }

    private static void execute(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

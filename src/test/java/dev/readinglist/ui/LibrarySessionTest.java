package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.main.LibrarySession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's session over a real library file: the day's backup leaves the window's worker to the user. */
class LibrarySessionTest {

    @TempDir
    Path dir;

    @Test
    void theDaysBackupIsTakenWithoutTheWorkerThatSearchesAndSavesNotes() throws Exception {
        Path db = dir.resolve("rl.db");
        QueuedBackground worker = new QueuedBackground();
        LibraryConnection connection = new LibraryConnection();
        LibrarySession session = new LibrarySession(
                db,
                worker,
                connection,
                MainViewModelTest.CLOCK,
                failure -> fail("the library did not open: " + failure),
                (damaged, backups) -> fail("the library is not damaged"),
                replacing -> {});
        session.open();
        assertTrue(worker.runNext(), "the open is the worker's first task");
        assertNotNull(connection.get(), "the window has its library");

        // No other task of the worker's runs from here: a backup queued behind them would never come.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<Backup> backups = Library.backups(db);
        while (backups.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            backups = Library.backups(db);
        }
        assertEquals(1, backups.size(), "the day's backup, taken beside the worker");
        assertTrue(Files.size(backups.getFirst().file()) > 0);
        session.close();
    }

    /**
     * The seventieth walk started the window on a full disk and freed space: the window stayed empty, and answered
     * every command line with "the disk is full" until it was quit. An open that failed for now is tried again.
     */
    @Test
    void anOpenThatFailedForNowIsTriedAgainOnFocusAndForACommandLine() throws Exception {
        Path db = Files.createDirectories(dir.resolve("rl.db")); // fails for now, as a full disk does
        List<Throwable> failures = new ArrayList<>();
        LibraryConnection connection = new LibraryConnection();
        LibrarySession session = failingForNow(db, connection, failures);
        assertEquals(1, failures.size());
        session.reloadIfChangedOutside(); // the window gains focus, the folder still there
        assertEquals(2, failures.size(), "tried again, and said again");
        assertNull(connection.get());

        Files.delete(db);
        session.reloadIfChangedOutside();
        assertNotNull(connection.get(), "opened at the next focus");
        session.close();

        Path other = Files.createDirectories(dir.resolve("other.db"));
        LibrarySession commanded = failingForNow(other, new LibraryConnection(), failures);
        Files.delete(other);
        assertNotNull(commanded.await(), "a command line's command opens it again");
        commanded.close();
    }

    /** A session whose library's open has just failed, as the folder in its place makes it. */
    private static LibrarySession failingForNow(Path db, LibraryConnection connection, List<Throwable> failures) {
        LibrarySession session = new LibrarySession(
                db,
                new DirectBackground(),
                connection,
                MainViewModelTest.CLOCK,
                failures::add,
                (damaged, backups) -> fail("not damaged"),
                replacing -> {});
        session.open();
        return session;
    }
}

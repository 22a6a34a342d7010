package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.main.LibrarySession;
import java.nio.file.Files;
import java.nio.file.Path;
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
                () -> {});
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
}

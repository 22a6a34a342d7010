package dev.readinglist.store;

import dev.readinglist.model.Backup;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.ErrorLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.sqlite.SQLiteConnection;

/**
 * The day's backup on a thread of its own, for a window: copying and checking a large library
 * takes seconds (about 6 at a million articles), which the window's worker would
 * otherwise spend before any search or note of the user's. The copy reads the library as it is
 * when the thread starts, through a connection of its own; {@link #stop()} interrupts it.
 */
public final class DailyBackup {

    /** How long stopping waits for the thread: SQLite's interrupt ends a copy within milliseconds. */
    private static final long STOP_MILLIS = 5_000;

    private final Thread thread;
    /** Guards {@link #copying} and {@link #stopped}: SQLite's interrupt must never meet a connection being closed. */
    private final Object lock = new Object();

    private Connection copying;
    private boolean stopped;

    private DailyBackup(LibraryDatabase database, Instant now) {
        thread = Thread.ofPlatform().daemon().name("daily-backup").unstarted(() -> run(database, now));
    }

    /** Starts the backup; it does nothing if one was taken in the last day. */
    public static DailyBackup start(LibraryDatabase database, Instant now) {
        DailyBackup backup = new DailyBackup(database, now);
        backup.thread.start();
        return backup;
    }

    private void run(LibraryDatabase database, Instant now) {
        try {
            // Most opens of a window take none: no connection for them.
            if (!LibraryBackups.isDue(database, now)) {
                return;
            }
            Connection own = LibraryBackups.openReadOnly(database.file());
            try {
                synchronized (lock) {
                    if (stopped) {
                        return;
                    }
                    copying = own;
                }
                LibraryBackups.backupInto(own, database.file(), database.libraryId(), now, Backup.Origin.DAILY);
            } finally {
                synchronized (lock) {
                    copying = null;
                }
                own.close();
            }
        } catch (SQLException | ReadingListException e) {
            if (!isStopped()) {
                // A safety net, not the user's request: the window goes on, and the log says why.
                ErrorLog.record("the daily backup failed: " + e.getMessage(), e);
            }
        }
    }

    private boolean isStopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    /** Stops a copy still running (it leaves no backup) and waits for the thread. */
    public void stop() {
        synchronized (lock) {
            stopped = true;
            if (copying instanceof SQLiteConnection connection) {
                try {
                    connection.getDatabase().interrupt();
                } catch (SQLException e) {
                    // Then the copy runs to its end; the wait below is bounded.
                }
            }
        }
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

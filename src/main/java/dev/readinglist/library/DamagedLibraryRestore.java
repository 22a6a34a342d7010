package dev.readinglist.library;

import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.RescueReport;
import dev.readinglist.platform.ErrorLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The window's ways back from a damaged library: what can still be read of it is saved as our JSON export (every
 * field an article has), the backup (or a new list) is put in its place, and that file imported into it. A backup
 * alone loses every note written since it was taken; the import gives those notes back to their articles, and the
 * articles added since, adding to what the backup holds and changing none of it but notes it holds whole.
 */
public final class DamagedLibraryRestore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * What came of it.
     *
     * @param kept where the damaged file was kept, or null
     * @param rescued what was read of the damaged file (null when nothing could be), saved in {@code rescued.target()}
     * @param imported what the import gave the restored library, or null when it failed ({@code importFailure} says why)
     */
    public record Outcome(Path kept, RescueReport rescued, ImportReport imported, String importFailure) {}

    private DamagedLibraryRestore() {}

    /** Puts the backup in place of the damaged library, and adds back what can still be read of it. */
    public static Outcome restore(Path database, Path backup, Clock clock) {
        RescueReport rescued = rescue(database, clock);
        return addBack(database, Library.restore(database, backup), rescued, clock);
    }

    /**
     * Sets the damaged library aside and starts a new list there with what can still be read of it: a library with
     * no backup yet loses nothing SQLite can read.
     */
    public static Outcome startNew(Path database, Clock clock) {
        RescueReport rescued = rescue(database, clock);
        return addBack(database, Library.setAsideDamaged(database), rescued, clock);
    }

    private static RescueReport rescue(Path database, Clock clock) {
        try {
            RescueReport rescued = Library.rescue(
                    database,
                    database.resolveSibling(
                            database.getFileName() + ".rescued-" + STAMP.format(clock.instant()) + ".json"));
            return rescued;
        } catch (ReadingListException nothingReadable) {
            ErrorLog.record("nothing of the damaged library " + database + " could be read", nothingReadable);
            return null;
        }
    }

    private static Outcome addBack(Path database, Path kept, RescueReport rescued, Clock clock) {
        if (rescued == null) {
            return new Outcome(kept, null, null, null);
        }
        try (Library library = Library.openDeferringBackup(database, clock)) {
            return new Outcome(kept, rescued, library.importFile(rescued.target(), null, false), null);
        } catch (ReadingListException failed) {
            return new Outcome(kept, rescued, null, failed.getMessage());
        }
    }
}

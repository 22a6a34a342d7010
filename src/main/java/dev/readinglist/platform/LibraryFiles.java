package dev.readinglist.platform;

import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library files this process has open through SQLite, and the check that keeps every other
 * file API of ours away from them. POSIX locks belong to the process: a file of ours opened and
 * closed beside SQLite (an import, an export written over it, a backup copied from it) would drop
 * SQLite's locks on it. Checked by name and by {@link Files#isSameFile} (a stat, never an open).
 */
public final class LibraryFiles {

    /** SQLite's files beside a database: its write-ahead log, shared memory and rollback journal. */
    public static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");

    private static final Map<Path, Integer> OPEN = new ConcurrentHashMap<>();

    private LibraryFiles() {}

    /** A library this process has just opened through SQLite. */
    public static void opened(Path database) {
        OPEN.merge(key(database), 1, Integer::sum);
    }

    public static void closed(Path database) {
        OPEN.computeIfPresent(key(database), (file, count) -> count == 1 ? null : count - 1);
    }

    /** True for a library this process has open through SQLite, and for its SQLite files. */
    public static boolean isOpenLibraryFile(Path candidate) {
        try {
            refuse(candidate, "use");
            return false;
        } catch (ReadingListException e) {
            return true;
        }
    }

    /** Refuses, in one line that names the file, to {@code use} an open library or one of its SQLite files. */
    public static void refuse(Path candidate, String use) {
        Path file = key(candidate);
        for (Path database : OPEN.keySet()) {
            if (sameFile(file, database)) {
                throw new ReadingListException(
                        "cannot " + use + " " + file + ": it is the library itself; choose another file");
            }
            for (String suffix : SIDECARS) {
                if (sameFile(file, database.resolveSibling(database.getFileName() + suffix))) {
                    throw new ReadingListException("cannot " + use + " " + file
                            + ": it is a working file of the library SQLite has open; choose another file");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}

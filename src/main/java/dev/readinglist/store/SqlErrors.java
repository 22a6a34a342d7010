package dev.readinglist.store;

import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's errors into one line a user can act on. */
final class SqlErrors {

    private SqlErrors() {}

    static ReadingListException describe(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
        SQLiteErrorCode family = primary(code);
        if (family == SQLiteErrorCode.SQLITE_NOTADB) {
            return exportByItsName(file)
                    .map(kind -> new ReadingListException(
                            file + " is not a Reading List library but " + kind
                                    + ", perhaps an export; nothing was changed. To add its articles to your list, open"
                                    + " your list and import it (File > Import…), or run 'reading-list import "
                                    + file.getFileName() + "'",
                            e))
                    .orElseGet(() -> new LibraryDamagedException(file, "it is not an SQLite database", e));
        }
        if (family == SQLiteErrorCode.SQLITE_CORRUPT) {
            // SQLite's own words ("[SQLITE_CORRUPT] The database disk image is malformed (database disk image is
            // malformed)") say it twice, in its terms; the log keeps them.
            return new LibraryDamagedException(file, "SQLite finds its contents malformed", e);
        }
        if (family == SQLiteErrorCode.SQLITE_IOERR && diskIsFull(file)) {
            family = SQLiteErrorCode.SQLITE_FULL; // SQLite reports a failed write; the cause is the space
        }
        String message = switch (family) {
            case SQLITE_FULL -> "the disk is full: could not write " + file;
            case SQLITE_READONLY -> "cannot write " + file + ": it is read-only";
            case SQLITE_BUSY, SQLITE_LOCKED -> file + " is busy: another program is writing to it; try again";
            case SQLITE_CANTOPEN -> "cannot open " + file;
            case SQLITE_PERM, SQLITE_AUTH -> "cannot open " + file + ": permission denied";
            case SQLITE_IOERR -> "cannot read or write " + file + " (disk error)";
            default -> "database error in " + file + ": " + firstLine(e);
        };
        return new ReadingListException(message, e);
    }

    /**
     * A copy SQLite writes (VACUUM INTO) that it could not: the copy is named, not the library it read, which a
     * backup to a folder that cannot be written blamed ("cannot open reading-list.db", the sixty-eighth walk). Damage
     * it met while reading stays the library's.
     */
    static ReadingListException describeCopy(Path library, Path copy, SQLException e) {
        SQLiteErrorCode family =
                primary(e instanceof SQLiteException se ? se.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR);
        Path folder = copy.toAbsolutePath().getParent();
        return switch (family) {
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH ->
                new ReadingListException(
                        "cannot write " + copy + ": "
                                + (Files.isDirectory(folder)
                                        ? "its folder cannot be written"
                                        : "the folder " + folder + " does not exist"),
                        e);
            case SQLITE_FULL, SQLITE_READONLY -> describe(copy, e);
            case SQLITE_IOERR -> diskIsFull(copy) ? describe(copy, e) : describe(library, e);
            default -> describe(library, e);
        };
    }

    /**
     * "a CSV file" for a file named like what other apps export: opened as a library by mistake, it is
     * no damaged library to be moved aside and replaced. By its name alone, as nothing of ours may open
     * a file SQLite has, even to look.
     */
    private static Optional<String> exportByItsName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "csv", "tsv" -> Optional.of("a " + extension.toUpperCase(Locale.ROOT) + " file");
            case "html", "htm" -> Optional.of("a web page (HTML)");
            case "json", "zip", "txt", "md", "xml" -> Optional.of("a ." + extension + " file");
            default -> Optional.empty();
        };
    }

    private static boolean diskIsFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return Files.getFileStore(folder).getUsableSpace() < 64 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Extended codes (SQLITE_IOERR_WRITE, …) carry their family in the low byte. */
    private static SQLiteErrorCode primary(SQLiteErrorCode code) {
        return SQLiteErrorCode.getErrorCode(code.code & 0xff);
    }

    private static String firstLine(SQLException e) {
        return ReadingListException.firstLine(e.getMessage());
    }
}

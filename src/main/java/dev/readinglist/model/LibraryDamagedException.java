package dev.readinglist.model;

import java.nio.file.Path;

/**
 * The library file cannot be read as a sound Reading List database: random bytes, a truncated
 * file, a file that is not SQLite at all. The file is left as it is; the way out is a backup.
 */
public class LibraryDamagedException extends ReadingListException {

    /** The way out when nothing of the file can be read, said in the middle of a sentence. */
    public static final String RESTORE =
            "restore a backup with 'reading-list restore FILE' ('reading-list restore' lists them)";

    private final Path file;
    private final String what;

    public LibraryDamagedException(Path file, String what, Throwable cause) {
        super(file + " is damaged (" + what + "); nothing was changed. " + waysOut(what), cause);
        this.file = file;
        this.what = what;
    }

    /**
     * The rescue first where it can read something: a file that is not SQLite at all, or empty, has no table to read,
     * and the seventy-third walk's rescue of one said only that nothing could be rescued.
     */
    private static String waysOut(String what) {
        boolean nothingToRead = what.startsWith("it is not an SQLite database") || what.startsWith("it is empty");
        return nothingToRead
                ? Character.toUpperCase(RESTORE.charAt(0)) + RESTORE.substring(1)
                : "Save what can still be read with 'reading-list rescue --out FILE', then " + RESTORE;
    }

    /** What is wrong with the file, in a few words ("it is not an SQLite database"). */
    public String what() {
        return what;
    }

    public Path file() {
        return file;
    }
}

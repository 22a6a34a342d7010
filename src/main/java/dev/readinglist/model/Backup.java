package dev.readinglist.model;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file of the library, when it was taken, and what it is. */
public record Backup(Path file, Instant taken, Origin origin) {

    /** What made the file; the file name says which (see {@code LibraryBackups}). */
    public enum Origin {
        /** The day's backup, taken at the day's first start (and any file named as one). */
        DAILY,
        /** One the user asked for: File > Back up now, or {@code reading-list backup}. */
        BY_HAND,
        /** One taken before a newer version upgraded the library's schema. */
        BEFORE_UPGRADE,
        /** The library as it was just before a restore replaced it, kept beside it. */
        BEFORE_RESTORE
    }

    public Backup(Path file, Instant taken) {
        this(file, taken, Origin.DAILY);
    }
}

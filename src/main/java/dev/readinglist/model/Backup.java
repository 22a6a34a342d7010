package dev.readinglist.model;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file of the library, when it was taken, and what it is. */
public record Backup(Path file, Instant taken, Origin origin) {

    /** What made the file. */
    public enum Origin {
        /** A checked backup: the day's, one taken by the user, or one before an upgrade. */
        BACKUP,
        /** The library as it was just before a restore replaced it, kept beside it. */
        BEFORE_RESTORE
    }

    public Backup(Path file, Instant taken) {
        this(file, taken, Origin.BACKUP);
    }
}

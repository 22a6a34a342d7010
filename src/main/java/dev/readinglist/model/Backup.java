package dev.readinglist.model;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file of the library, and when it was taken. */
public record Backup(Path file, Instant taken) {}

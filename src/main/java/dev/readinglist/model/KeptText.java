package dev.readinglist.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a note keeps a text that another one replaced: below it, under a line naming where it came
 * from and when it was saved. A sync writes it for another device's edit, the window for a change
 * made elsewhere while it typed; one format, so that people learn one line.
 */
public final class KeptText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private KeptText() {}

    /** How many texts kept from elsewhere {@code note} holds, by their lines. */
    public static long count(String note) {
        return note.lines()
                .filter(line -> line.startsWith("--- kept from ") && line.endsWith(" ---"))
                .count();
    }

    /** {@code other} under its line, after a blank line when text stands above it. */
    public static String below(boolean underText, String from, String savedAt, String other) {
        return (underText ? "\n\n" : "") + "--- kept from " + from + ", " + savedAt + " ---\n" + other;
    }

    /**
     * When a kept text was saved, as its line says it: this computer's time, to the minute.
     * ("2026-12-06T01:03:05Z" was read as cryptic: the fifty-first walk.)
     */
    public static String when(Instant savedAt) {
        return WHEN.format(savedAt.atZone(ZoneId.systemDefault()));
    }
}

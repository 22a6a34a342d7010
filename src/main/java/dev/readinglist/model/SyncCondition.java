package dev.readinglist.model;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How a library's sync stands, for a status bar: off, syncing, synced (when, with how many
 * devices), or not synced and why.
 *
 * @param folder the sync folder; null when sync is off
 * @param lastSynced when the last sync that succeeded ended; null before the first
 * @param devices the devices that write to the folder for this library, this one included
 * @param arriving files a sync tool is still copying in, at the last sync
 * @param problem why the last sync failed, in one line; null unless {@link Kind#FAILED}
 * @param news what the sync that just ended tells of by name; {@link SyncNews#NONE} in every other condition
 * @param changed the articles the sync that just ended changed here; 0 in every other condition
 */
public record SyncCondition(
        Kind kind,
        Path folder,
        Instant lastSynced,
        int devices,
        int arriving,
        String problem,
        SyncNews news,
        int changed) {

    /** Where sync is. */
    public enum Kind {
        OFF,
        SYNCING,
        SYNCED,
        FAILED
    }

    public static final SyncCondition OFF = new SyncCondition(Kind.OFF, null, null, 0, 0, null, SyncNews.NONE);

    /** A condition that changed nothing here: any but the end of a sync. */
    public SyncCondition(
            Kind kind, Path folder, Instant lastSynced, int devices, int arriving, String problem, SyncNews news) {
        this(kind, folder, lastSynced, devices, arriving, problem, news, 0);
    }

    /** "Synced 2 min ago · 2 devices", "Syncing…", "Not synced: …", or "Sync off", as of {@code now}. */
    public String describe(Instant now) {
        return switch (kind) {
            case OFF -> "Sync off";
            case SYNCING -> "Syncing…";
            case SYNCED ->
                "Synced " + ago(lastSynced, now) + " · " + devices + (devices == 1 ? " device" : " devices")
                        + (arriving == 0
                                ? ""
                                : " · " + arriving + (arriving == 1 ? " file" : " files") + " still arriving");
            case FAILED ->
                "Not synced: " + problem + (lastSynced == null ? "" : " (last synced " + ago(lastSynced, now) + ")");
        };
    }

    private static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        long days = seconds / 86_400;
        return days + (days == 1 ? " day ago" : " days ago");
    }
}

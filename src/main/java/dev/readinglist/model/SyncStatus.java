package dev.readinglist.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where a library's sync stands, without syncing.
 *
 * @param folder the sync folder
 * @param device this installation
 * @param devices every device that has written to the folder for this library, this one first
 * @param pending changes made here not yet written to the folder: operations, and articles no sync
 *     has shared yet
 */
public record SyncStatus(Path folder, Device device, List<DeviceActivity> devices, int pending) {

    public SyncStatus {
        devices = List.copyOf(devices);
    }

    /**
     * One device's folder.
     *
     * @param lastWrote when it last wrote a file there (null: never)
     * @param waiting its files this library has not merged yet (some may still be arriving)
     */
    public record DeviceActivity(String id, String name, Instant lastWrote, int files, int waiting) {}
}

package dev.readinglist.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What one sync did.
 *
 * @param folder the sync folder
 * @param shared added or imported articles shared for the first time (their adds are among {@code sent});
 *     the catalog's articles need no sending, only the user's state on them
 * @param sent operations this device wrote to the folder
 * @param received operations and article states merged from the folder (other devices', or this
 *     device's own written before a restore)
 * @param changed articles of this library added, changed or removed by them
 * @param news what the user is told of by name: merged notes, articles deleted here that came back
 * @param devices the devices that have written to the folder for this library, this one included
 * @param incomplete files not whole yet (a sync tool still copying them): read again next time
 * @param skipped files this version cannot read (a later version's, or another library's)
 * @param snapshot true if this sync wrote a snapshot
 * @param joined true if this library, never synced before, joined the library already in the folder
 */
public record SyncReport(
        Path folder,
        int shared,
        int sent,
        long received,
        int changed,
        SyncNews news,
        int devices,
        List<String> incomplete,
        List<String> skipped,
        boolean snapshot,
        boolean joined) {

    public SyncReport {
        incomplete = List.copyOf(incomplete);
        skipped = List.copyOf(skipped);
    }
}

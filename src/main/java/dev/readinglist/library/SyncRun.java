package dev.readinglist.library;

import com.google.gson.JsonObject;
import dev.readinglist.model.Device;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.SyncReport;
import dev.readinglist.model.SyncStatus;
import dev.readinglist.store.SyncStore;
import dev.readinglist.sync.SyncFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sync of a library through a folder: share what no sync has shared yet, write this device's
 * new operations as a segment, then merge every file of the folder not merged before (snapshots
 * first, so that the segments they cover need no reading), and now and then write a snapshot and
 * drop this device's own old files.
 */
final class SyncRun {

    /** A device writes a snapshot once it has written this many segments since its last one... */
    static final int SNAPSHOT_AFTER_SEGMENTS = 100;
    /** ...or this many operations in one go (a first share of a large library). */
    static final int SNAPSHOT_AFTER_OPERATIONS = 10_000;
    /** Its own segments a snapshot covers are dropped after this long: every device has had time to read them. */
    static final Duration KEEP_SEGMENTS = Duration.ofDays(30);

    private final SyncStore store;
    private final String libraryId;
    private final Device device;
    private final Path database;
    private final Clock clock;

    SyncRun(SyncStore store, String libraryId, Device device, Path database, Clock clock) {
        this.store = store;
        this.libraryId = libraryId;
        this.device = device;
        this.database = database;
        this.clock = clock;
    }

    SyncReport run(Path folder) {
        SyncFolder sync = SyncFolder.open(folder, libraryId, device, database, clock);
        sync.describeDevice();
        boolean newHere = newFolder(sync, store.mergedFiles());
        SyncStore.Shared shared = store.share();
        SyncStore.Outbox outbox = store.outbox();
        if (outbox.size() > 0) {
            String name = sync.writeOps(lines -> store.forEachQueued(outbox.lastSeq(), lines));
            store.sent(outbox.lastSeq(), device.id(), name);
        }
        Set<String> merged = store.mergedFiles();
        List<String> devices = sync.devices();
        List<SyncFolder.Entry> waiting = new ArrayList<>();
        for (String each : devices) {
            for (SyncFolder.Entry entry : sync.files(each)) {
                if (!merged.contains(entry.key())) {
                    waiting.add(entry);
                }
            }
        }
        Map<String, SyncFolder.Entry> byKey = new HashMap<>();
        waiting.forEach(entry -> byKey.put(entry.key(), entry));
        List<SyncStore.Incoming> incoming = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        List<String> known = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SyncFolder.Entry entry : waiting) {
            if (!entry.snapshot()) {
                continue;
            }
            JsonObject header = sync.header(entry);
            List<String> covers = header == null ? List.of() : SyncFile.covers(header);
            if (!covers.isEmpty() && merged.containsAll(covers)) {
                known.add(entry.key()); // it holds nothing this library has not merged
                continue;
            }
            if (header != null && cheaperWithout(entry, covers, merged, byKey)) {
                continue; // the few files it covers that are new here are read instead
            }
            SyncFile file = check(sync, entry, incomplete, skipped);
            if (file != null) {
                incoming.add(new SyncStore.Incoming(entry.device(), entry.name(), file));
                covered.addAll(file.covers());
            }
        }
        for (SyncFolder.Entry entry : waiting) {
            if (entry.snapshot() || covered.contains(entry.key())) {
                continue;
            }
            SyncFile file = check(sync, entry, incomplete, skipped);
            if (file != null) {
                incoming.add(new SyncStore.Incoming(entry.device(), entry.name(), file));
            }
        }
        long received = 0;
        int changed = shared.rows(); // an id renamed: the window's list must hear of it
        SyncNews news = SyncNews.NONE;
        if (!incoming.isEmpty()) {
            SyncStore.Merged result = store.merge(incoming);
            received = result.operations() + result.states();
            changed += result.rows();
            news = result.news();
        }
        if (!known.isEmpty()) {
            store.markMerged(known);
        }
        news = news.namesake(namesake(sync, devices));
        boolean snapshot = newHere || snapshotDue(sync, outbox.size());
        if (snapshot) {
            Set<String> covers = store.mergedFiles();
            String name = sync.writeSnapshot(covers, store::forEachState);
            store.markMerged(List.of(device.id() + "/" + name));
            sync.prune(covers, KEEP_SEGMENTS);
        }
        return new SyncReport(
                sync.root(),
                shared.articles(),
                outbox.size(),
                received,
                changed,
                news,
                devices.size(),
                incomplete,
                skipped,
                snapshot,
                false);
    }

    /** This device's name, if another device in the folder has it too (one small file read a device). */
    private String namesake(SyncFolder sync, List<String> devices) {
        for (String each : devices) {
            if (!each.equals(device.id())
                    && sync.nameOf(each).strip().equalsIgnoreCase(device.name().strip())) {
                return device.name();
            }
        }
        return null;
    }

    SyncStatus status(Path folder) {
        SyncFolder sync = SyncFolder.open(folder, libraryId, device, database, clock);
        Set<String> merged = store.mergedFiles();
        List<SyncStatus.DeviceActivity> activity = new ArrayList<>();
        for (String each : sync.devices()) {
            List<SyncFolder.Entry> files = sync.files(each);
            Instant last = files.stream()
                    .map(SyncFolder.Entry::modified)
                    .max(Instant::compareTo)
                    .orElse(null);
            int waiting = (int)
                    files.stream().filter(file -> !merged.contains(file.key())).count();
            String name = each.equals(device.id()) ? device.name() : sync.nameOf(each);
            activity.add(new SyncStatus.DeviceActivity(each, name, last, files.size(), waiting));
        }
        return new SyncStatus(sync.root(), device, activity, store.pending() + store.unsharedToWrite());
    }

    /**
     * True when this library has synced before, but not through this folder as it is now: a new
     * sync folder, or this device's own folder in it deleted. The newest file it wrote is not there
     * (this device never drops its newest), or, if it never wrote one, none of the folder's files is
     * one it merged. Then this sync writes a snapshot of everything it holds, so that a device that
     * joins the folder gets it all, not only what changes from now on.
     */
    private boolean newFolder(SyncFolder sync, Set<String> merged) {
        if (merged.isEmpty()) {
            return false; // never synced: its first sync shares everything anyway
        }
        String prefix = device.id() + "/";
        String newest = merged.stream()
                .filter(key -> key.startsWith(prefix))
                .max(Comparator.comparing((String key) -> key.substring(key.indexOf('-') + 1))
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .orElse(null);
        if (newest != null) {
            return sync.files(device.id()).stream()
                    .noneMatch(entry -> entry.key().equals(newest));
        }
        for (String each : sync.devices()) {
            if (sync.files(each).stream().anyMatch(entry -> merged.contains(entry.key()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the files a snapshot covers that this library has not merged are all still in the
     * folder and together much smaller than the snapshot: reading them is quicker (ten thousand new
     * operations, not a hundred thousand articles). A new device, or one back after the covered
     * files were dropped, reads the snapshot.
     */
    private static boolean cheaperWithout(
            SyncFolder.Entry snapshot, List<String> covers, Set<String> merged, Map<String, SyncFolder.Entry> waiting) {
        long bytes = 0;
        for (String file : covers) {
            if (merged.contains(file)) {
                continue;
            }
            SyncFolder.Entry entry = waiting.get(file);
            if (entry == null) {
                return false;
            }
            bytes += entry.size();
        }
        return bytes < snapshot.size() / 2;
    }

    /** A file checked whole, or null: then it is counted as incomplete (read again next time) or skipped. */
    private SyncFile check(SyncFolder sync, SyncFolder.Entry entry, List<String> incomplete, List<String> skipped) {
        SyncFile.Read read = sync.read(entry);
        if (read == null) {
            return null; // gone meanwhile: its device dropped it
        }
        switch (read.check()) {
            case COMPLETE -> {
                if (!libraryId.equals(read.file().library())) {
                    skipped.add(entry.key() + " (another library's)");
                    return null;
                }
                return read.file();
            }
            case NEWER -> skipped.add(entry.key() + " (a later version's; update Reading List)");
            case INCOMPLETE -> incomplete.add(entry.key());
        }
        return null;
    }

    /** After many segments, or one large one: a new device then starts from it, not from years of operations. */
    private boolean snapshotDue(SyncFolder sync, int sentNow) {
        if (sentNow >= SNAPSHOT_AFTER_OPERATIONS) {
            return true;
        }
        List<SyncFolder.Entry> own = sync.files(device.id());
        String lastSnapshot = own.stream()
                .filter(SyncFolder.Entry::snapshot)
                .map(SyncFolder.Entry::name)
                .max(String::compareTo)
                .orElse(SyncFolder.SNAPSHOT);
        String since = lastSnapshot.substring(SyncFolder.SNAPSHOT.length());
        long segments = own.stream()
                .filter(entry -> !entry.snapshot()
                        && entry.name().substring(SyncFolder.OPS.length()).compareTo(since) > 0)
                .count();
        return segments >= SNAPSHOT_AFTER_SEGMENTS;
    }
}

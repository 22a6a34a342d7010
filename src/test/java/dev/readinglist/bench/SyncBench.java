package dev.readinglist.bench;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.Device;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SyncReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The sync figures, on a copy of a generated library: its first sync from the device that has it
 * (which shares every article, and writes a snapshot), a new device's first sync from that
 * snapshot, 10,000 operations of one device merged by another, and a sync with nothing new after
 * three devices have written 500 segment files between them.
 */
final class SyncBench {

    private SyncBench() {}

    static void measure(Path work, Path generated, int articles, BenchResults results) throws IOException {
        Path root = Files.createDirectories(work.resolve("sync"));
        Path folder = Files.createDirectories(root.resolve("Sync"));
        Path laptopDb = root.resolve("laptop.db");
        Files.copy(generated, laptopDb);
        try (Library laptop = open(laptopDb, "laptop");
                Library desktop = open(root.resolve("desktop.db"), "desktop")) {
            long start = System.nanoTime();
            SyncReport shared = laptop.sync(folder);
            results.note(String.format(
                    "sync: the first sync of the %,d-article library shared %,d articles and wrote a snapshot in %.1f s"
                            + " (%,d bytes in the folder)",
                    articles, shared.shared(), (System.nanoTime() - start) / 1e9, size(folder)));

            Samples first = new Samples();
            SyncReport[] joined = new SyncReport[1];
            long cpu = cpu();
            first.time(() -> joined[0] = desktop.sync(folder));
            results.put("sync_first_100k_ms", first.median());
            results.note(String.format(
                    "sync: a new device's first sync merged %,d article states from the snapshot and changed %,d"
                            + " articles in %.0f ms (%.0f ms of this thread's CPU)",
                    joined[0].received(), joined[0].changed(), first.median(), (cpu() - cpu) / 1e6));

            int operations = makeOperations(laptop, 10_000);
            laptop.sync(folder);
            Samples apply = new Samples();
            SyncReport[] applied = new SyncReport[1];
            cpu = cpu();
            apply.time(() -> applied[0] = desktop.sync(folder));
            results.put("sync_apply_10k_ops_ms", apply.median());
            results.note(String.format(
                    "sync: %,d operations of another device (read marks, notes, tags) merged, %,d articles changed, in"
                            + " %.0f ms (%.0f ms of CPU)",
                    applied[0].received(), applied[0].changed(), apply.median(), (cpu() - cpu) / 1e6));
            if (applied[0].received() != operations) {
                throw new IllegalStateException(
                        "merged " + applied[0].received() + " of " + operations + " operations");
            }
            noop(root, folder, laptop, desktop, results);
        }
    }

    /** A year of use: three devices, one change and one sync at a time, until the folder holds 500 segments. */
    private static void noop(Path root, Path folder, Library laptop, Library desktop, BenchResults results)
            throws IOException {
        try (Library phone = open(root.resolve("phone.db"), "phone")) {
            phone.sync(folder);
            List<Library> devices = List.of(laptop, desktop, phone);
            List<String> ids = ids(laptop, 200);
            Random random = new Random(18);
            long start = System.nanoTime();
            for (int i = 0; segments(folder) < 500; i++) {
                Library device = devices.get(i % devices.size());
                String id = ids.get(random.nextInt(ids.size()));
                if (device.article(id).isRead()) {
                    device.markUnread(List.of(id));
                } else {
                    device.markRead(List.of(id));
                }
                device.sync(folder);
            }
            for (int round = 0; round < 2; round++) {
                for (Library device : devices) {
                    device.sync(folder);
                }
            }
            results.note(String.format(
                    "sync: three devices wrote %d segment files (one change each) in %.1f s",
                    segments(folder), (System.nanoTime() - start) / 1e9));
            Samples noop = new Samples();
            for (int i = 0; i < 5; i++) {
                noop.time(() -> {
                    SyncReport report = desktop.sync(folder);
                    if (report.sent() + report.received() + report.changed() != 0) {
                        throw new IllegalStateException("not a sync with nothing new: " + report);
                    }
                });
            }
            results.put("sync_noop_ms", noop.median());
            results.note(String.format(
                    "sync: a sync with nothing new (3 devices, %d segment files): median of 5 %.1f ms",
                    segments(folder), noop.median()));
        }
    }

    /**
     * Read marks on most (marked read, then unread again: as many operations whatever the library's
     * size), notes and tags on the rest: what a device's busy month might hold.
     */
    private static int makeOperations(Library library, int count) {
        List<String> ids = ids(library, count * 4 / 10);
        List<String> marked = ids.subList(0, ids.size() / 2);
        int made = 0;
        while (made + 2 * marked.size() <= count * 8 / 10) {
            library.markRead(marked);
            library.markUnread(marked);
            made += 2 * marked.size();
        }
        for (String id : ids.subList(marked.size(), ids.size())) {
            if (made == count) {
                break;
            }
            if (made % 2 == 0) {
                library.setNote(id, "Benchmark note " + made + ": measure before caching.");
            } else {
                library.editTags(id, List.of("bench-" + made % 7), List.of());
            }
            made++;
        }
        return made;
    }

    /** Unread articles the device added (not the bundled catalog's). */
    private static List<String> ids(Library library, int count) {
        List<String> ids = new ArrayList<>();
        for (Article article : library.search("", ReadStatus.UNREAD)) {
            if (library.canDelete(article.id()) && !article.hasNote()) {
                ids.add(article.id());
                if (ids.size() == count) {
                    break;
                }
            }
        }
        return ids;
    }

    /** This thread's CPU time: SQLite runs on it too. On a machine shared with other work, beside the wall time. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Library open(Path db, String name) {
        return Library.openDeferringBackup(db, Clock.systemUTC(), new Device(name + "-bench", name));
    }

    private static long segments(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("ops-"))
                    .count();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }
}

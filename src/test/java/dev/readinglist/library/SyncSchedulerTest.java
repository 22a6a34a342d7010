package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.Device;
import dev.readinglist.model.SyncCondition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's sync service: when it syncs, what it says, and that it stops. */
class SyncSchedulerTest {

    static final String CACHING = "caching-strategies-production-guide";
    static final Device LAPTOP = new Device("1a97f0", "laptop");
    static final Device DESKTOP = new Device("2b0c4d", "desktop");
    /** Short enough for a test, long enough to tell a burst from two syncs. */
    static final SyncScheduler.Timing QUICK = new SyncScheduler.Timing(
            Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    Path folder;
    Library laptop;
    Library desktop;
    final AtomicInteger syncs = new AtomicInteger();
    final BlockingQueue<SyncCondition> heard = new LinkedBlockingQueue<>();
    SyncScheduler scheduler;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createDirectories(dir.resolve("Sync"));
        laptop = Library.openDeferringBackup(dir.resolve("laptop.db"), Clock.systemUTC(), LAPTOP);
        desktop = Library.openDeferringBackup(dir.resolve("desktop.db"), Clock.systemUTC(), DESKTOP);
    }

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        laptop.close();
        desktop.close();
    }

    private SyncScheduler scheduler(SyncScheduler.Timing timing) {
        scheduler = new SyncScheduler(
                through -> {
                    syncs.incrementAndGet();
                    return laptop.sync(through);
                },
                heard::add,
                Clock.systemUTC(),
                timing,
                LAPTOP);
        return scheduler;
    }

    @Test
    void itSyncsAtStartAndSaysSo() throws Exception {
        scheduler(QUICK).start(folder);
        assertEquals(SyncCondition.Kind.SYNCING, next().kind());
        SyncCondition synced = until(SyncCondition.Kind.SYNCED);
        assertEquals(1, syncs.get());
        assertEquals(
                "Synced just now · 1 device",
                synced.describe(synced.lastSynced().plusSeconds(5)));
        assertEquals(
                "Synced 2 min ago · 1 device",
                synced.describe(synced.lastSynced().plusSeconds(150)));
    }

    @Test
    void aBurstOfChangesIsOneSyncAFewMomentsAfterTheLast() throws Exception {
        // A second after the last change: a busy machine's 50 ms pause between changes stays far shorter.
        scheduler(new SyncScheduler.Timing(
                        Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .start(folder);
        until(SyncCondition.Kind.SYNCED);
        for (int i = 0; i < 5; i++) {
            laptop.setNote(CACHING, "draft " + i);
            scheduler.changed();
            Thread.sleep(50);
        }
        until(SyncCondition.Kind.SYNCED);
        Thread.sleep(1500);
        // The start's sync, one for the burst, and at most one more for changes made while that one ran.
        assertTrue(syncs.get() <= 3, "not one sync per change: " + syncs.get());
        desktop.sync(folder);
        assertEquals("draft 4", desktop.note(CACHING).orElseThrow());
    }

    @Test
    void filesArrivingFromAnotherDeviceAreMergedWithoutAsking() throws Exception {
        laptop.sync(folder);
        desktop.sync(folder); // joins the laptop's library
        scheduler(QUICK).start(folder);
        until(SyncCondition.Kind.SYNCED);
        desktop.setNote(CACHING, "from the desktop");
        desktop.sync(folder);
        SyncCondition synced = until(SyncCondition.Kind.SYNCED);
        assertEquals(2, synced.devices());
        assertEquals("from the desktop", laptop.note(CACHING).orElseThrow());
    }

    @Test
    void aFailureSaysWhyInOneLineAndSyncCarriesOnOnceTheFolderIsBack() throws Exception {
        Path gone = dir.resolve("Gone");
        scheduler(QUICK).start(gone);
        SyncCondition failed = until(SyncCondition.Kind.FAILED);
        assertTrue(
                failed.describe(Instant.now()).startsWith("Not synced: the sync folder " + gone + " does not exist"),
                failed.problem());
        Files.createDirectories(gone);
        scheduler.syncNow();
        until(SyncCondition.Kind.SYNCED);
    }

    @Test
    void aFailedSyncIsRetriedByItselfUntilTheFolderIsBack() throws Exception {
        Path gone = Files.createDirectories(dir.resolve("Renamed"));
        Files.move(gone, dir.resolve("Away"));
        scheduler(new SyncScheduler.Timing(
                        Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMillis(100)))
                .start(gone);
        until(SyncCondition.Kind.FAILED);
        until(SyncCondition.Kind.FAILED); // again, with no change nor "Sync now"
        Files.move(dir.resolve("Away"), gone);
        SyncCondition synced = until(SyncCondition.Kind.SYNCED);
        assertEquals(1, synced.devices());
    }

    @Test
    void theFolderWatchAndThePeriodicSyncStopWithIt() throws Exception {
        scheduler(new SyncScheduler.Timing(
                        Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(300)))
                .start(folder);
        until(SyncCondition.Kind.SYNCED);
        // Two more with no trigger but the period: how soon depends on the machine, not that they come.
        until(SyncCondition.Kind.SYNCED);
        until(SyncCondition.Kind.SYNCED);
        assertTrue(syncs.get() >= 3, syncs.get() + " syncs");
        scheduler.stop();
        assertEquals(SyncCondition.OFF, scheduler.condition());
        int stopped = syncs.get();
        laptop.setNote(CACHING, "after the stop");
        scheduler.changed();
        desktop.sync(folder);
        Thread.sleep(800);
        assertEquals(stopped, syncs.get(), "nothing syncs once sync is off");
        assertEquals("Sync off", scheduler.condition().describe(Instant.now()));
    }

    private SyncCondition next() throws InterruptedException {
        SyncCondition condition = heard.poll(20, TimeUnit.SECONDS);
        if (condition == null) {
            throw new AssertionError("the scheduler said nothing for 20 s");
        }
        return condition;
    }

    private SyncCondition until(SyncCondition.Kind kind) throws InterruptedException {
        List<SyncCondition> seen = new CopyOnWriteArrayList<>();
        while (true) {
            SyncCondition condition = heard.poll(20, TimeUnit.SECONDS);
            if (condition == null) {
                throw new AssertionError("no " + kind + " in 20 s; heard " + seen);
            }
            seen.add(condition);
            if (condition.kind() == kind) {
                return condition;
            }
        }
    }
}

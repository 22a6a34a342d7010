package dev.readinglist.library;

import dev.readinglist.model.Device;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.SyncCondition;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.SyncReport;
import dev.readinglist.platform.ErrorLog;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a library's sync for the window, without JavaFX: at {@link #start}, a few seconds after a
 * change is committed ({@link #changed}), when another device's files arrive in the folder
 * (watched), and every few minutes; while the last sync failed (the folder gone, a disk full), again
 * after a short wait that doubles up to that period. Each new {@link SyncCondition} goes to the listener.
 *
 * <p>Idle, it wakes only for the periodic sync: one scheduler thread sleeps until its next task,
 * and one thread waits in the folder watch, which on Linux and Windows the OS wakes (inotify,
 * ReadDirectoryChangesW). Where the JDK's watch would poll instead (macOS), the folder is not
 * watched, and the periodic sync and the syncs after changes carry it.
 */
public final class SyncScheduler implements AutoCloseable {

    private final Run run;
    private final Listener listener;
    private final Clock clock;
    private final Timing timing;
    private final Device device;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sync scheduler");
        thread.setDaemon(true);
        return thread;
    });

    private Path folder;
    private SyncCondition condition = SyncCondition.OFF;
    private ScheduledFuture<?> periodic;
    private ScheduledFuture<?> next;
    /** Which scheduled sync {@link #next} is: once it starts running, a trigger schedules another. */
    private long nextToken;

    private long tokens;
    /** The wait before the next retry after a failure; null while the last sync did not fail. */
    private Duration backoff;

    private boolean running;

    private FolderWatch watch;
    private long generation;

    /**
     * @param run runs one sync of the library through a folder, where the window runs its library work
     * @param listener hears each new condition, on the scheduler's thread
     * @param device this installation: its own folder is not watched, as its own writes need no sync
     */
    public SyncScheduler(Run run, Listener listener, Clock clock, Timing timing, Device device) {
        this.run = run;
        this.listener = listener;
        this.clock = clock;
        this.timing = timing;
        this.device = device;
    }

    /** One sync of the library through {@code folder}; a failure's message is shown in one line. */
    @FunctionalInterface
    public interface Run {
        SyncReport sync(Path folder) throws Exception;
    }

    /** Hears the sync's condition each time it changes. */
    @FunctionalInterface
    public interface Listener {
        void changed(SyncCondition condition);
    }

    /**
     * When syncs run: {@code afterChange} after the last of a burst of changes, {@code afterFolder}
     * after the last of a burst of arriving files, and every {@code period}; after a failed sync,
     * again after {@code retry}, then twice as long each time it fails again, up to {@code period}.
     */
    public record Timing(Duration afterChange, Duration afterFolder, Duration period, Duration retry) {

        /** A few seconds after a change, two after files arrive, every five minutes; a failure retried after 15 s. */
        public static final Timing DEFAULT =
                new Timing(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofSeconds(15));
    }

    /** Syncs through {@code folder} now, and from now on as described above; a folder syncing before is left. */
    public synchronized void start(Path folder) {
        stopTimers();
        this.folder = folder.toAbsolutePath().normalize();
        generation++;
        backoff = null;
        condition = new SyncCondition(SyncCondition.Kind.SYNCING, this.folder, null, 0, 0, null, SyncNews.NONE);
        listener.changed(condition);
        watch = FolderWatch.start(this.folder, device, this::folderChanged);
        long period = timing.period().toMillis();
        periodic = scheduler.scheduleWithFixedDelay(this::syncNow, period, period, TimeUnit.MILLISECONDS);
        schedule(Duration.ZERO);
    }

    /** The folder synced through, if sync is on. */
    public synchronized Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Turns sync off: no more syncs, no watch. */
    public synchronized void stop() {
        stopTimers();
        folder = null;
        generation++;
        backoff = null;
        condition = SyncCondition.OFF;
        listener.changed(condition);
    }

    /** A change was committed: a sync follows a few seconds after the last of a burst. */
    public synchronized void changed() {
        if (folder != null) {
            schedule(timing.afterChange());
        }
    }

    /** Syncs as soon as the scheduler is free (a menu's "Sync now", say). */
    public synchronized void syncNow() {
        if (folder != null) {
            schedule(Duration.ZERO);
        }
    }

    public synchronized SyncCondition condition() {
        return condition;
    }

    private synchronized void folderChanged() {
        if (folder != null && !(running && next == null)) {
            // Files appearing while a sync runs are mostly its own folders; it refreshes the watch after.
            schedule(timing.afterFolder());
        }
    }

    /**
     * One sync at a time, and one waiting: a later trigger moves the waiting one, never adds another.
     * A sync already running is not waiting: a trigger while it runs (a change it may have missed)
     * schedules one more.
     */
    private void schedule(Duration delay) {
        if (next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
                return;
            }
            next.cancel(false);
        }
        long expected = generation;
        long token = ++tokens;
        nextToken = token;
        next = scheduler.schedule(() -> runOnce(expected, token), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce(long expected, long token) {
        Path through;
        SyncCondition before;
        synchronized (this) {
            if (token == nextToken) {
                next = null; // running now: no longer the one waiting
            }
            if (expected != generation || folder == null) {
                return;
            }
            running = true;
            through = folder;
            before = condition;
            set(new SyncCondition(
                    SyncCondition.Kind.SYNCING,
                    through,
                    before.lastSynced(),
                    before.devices(),
                    before.arriving(),
                    null,
                    SyncNews.NONE));
        }
        SyncCondition after;
        try {
            SyncReport report = run.sync(through);
            after = new SyncCondition(
                    SyncCondition.Kind.SYNCED,
                    through,
                    clock.instant(),
                    report.devices(),
                    report.incomplete().size(),
                    null,
                    report.news(),
                    report.changed());
        } catch (ReadingListException e) {
            after = failed(through, before, e.getMessage());
        } catch (Exception e) {
            ErrorLog.record("sync through " + through + " failed", e);
            after = failed(through, before, "unexpected error (details in " + ErrorLog.file() + ")");
        }
        synchronized (this) {
            running = false;
            if (expected == generation) {
                set(after);
                if (watch != null) {
                    watch.refresh(); // device folders that appeared, or the folder back again
                }
                if (after.kind() == SyncCondition.Kind.FAILED) {
                    backoff = backoff == null ? timing.retry() : min(backoff.multipliedBy(2), timing.period());
                    schedule(backoff);
                } else {
                    backoff = null;
                }
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static SyncCondition failed(Path folder, SyncCondition before, String problem) {
        return new SyncCondition(
                SyncCondition.Kind.FAILED,
                folder,
                before.lastSynced(),
                before.devices(),
                0,
                problem.strip().replaceAll("\\s*\\R\\s*", " "),
                SyncNews.NONE);
    }

    private void set(SyncCondition changed) {
        condition = changed;
        listener.changed(changed);
    }

    private void stopTimers() {
        if (periodic != null) {
            periodic.cancel(false);
            periodic = null;
        }
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    @Override
    public synchronized void close() {
        stopTimers();
        folder = null;
        scheduler.shutdownNow();
    }

    /**
     * Watches the sync folder, each library's folder in it and each other device's folder in those,
     * on a thread that waits for the OS; says when a file other than a hidden temp file changes.
     */
    private static final class FolderWatch implements AutoCloseable {
        private final Path root;
        private final Device device;
        private final Runnable changed;
        private final WatchService service;
        private final Map<WatchKey, Path> watched = new HashMap<>();

        private FolderWatch(Path root, Device device, Runnable changed, WatchService service) {
            this.root = root;
            this.device = device;
            this.changed = changed;
            this.service = service;
        }

        /** A watch of {@code root}, or null where the JDK would poll, or the folder cannot be watched. */
        static FolderWatch start(Path root, Device device, Runnable changed) {
            WatchService service;
            try {
                service = FileSystems.getDefault().newWatchService();
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
            if (service.getClass().getName().contains("Polling")) {
                close(service); // it would wake every few seconds, idle or not
                return null;
            }
            FolderWatch watch = new FolderWatch(root, device, changed, service);
            watch.refresh();
            Thread thread = new Thread(watch::loop, "sync folder watch");
            thread.setDaemon(true);
            thread.start();
            return watch;
        }

        /** Registers the folders there are now: new libraries and devices appear while syncing. */
        synchronized void refresh() {
            watched.keySet().removeIf(key -> !key.isValid()); // folders gone (renamed away), perhaps back now
            register(root);
            for (Path library : folders(root)) {
                register(library);
                for (Path other : folders(library)) {
                    if (!other.getFileName().toString().equals(device.id())) {
                        register(other);
                    }
                }
            }
        }

        private void loop() {
            try {
                while (true) {
                    WatchKey key = service.take();
                    boolean relevant = false;
                    for (WatchEvent<?> event : key.pollEvents()) {
                        Object context = event.context();
                        relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                                || (context instanceof Path name
                                        && !name.toString().startsWith("."));
                    }
                    if (!key.reset()) {
                        forget(key); // its folder went: registered again once it is back
                        relevant = true;
                    }
                    if (relevant) {
                        refresh();
                        changed.run();
                    }
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                // Closed: sync stopped, or went to another folder.
            }
        }

        private synchronized void forget(WatchKey key) {
            watched.remove(key);
        }

        private void register(Path folder) {
            if (watched.containsValue(folder)) {
                return;
            }
            try {
                watched.put(
                        folder.register(
                                service,
                                StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE),
                        folder);
            } catch (IOException | ClosedWatchServiceException e) {
                // Gone meanwhile, or not watchable: the periodic sync still reads it.
            }
        }

        private static Iterable<Path> folders(Path parent) {
            List<Path> folders = new ArrayList<>();
            try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, Files::isDirectory)) {
                children.forEach(folders::add);
            } catch (IOException e) {
                return folders;
            }
            return folders;
        }

        @Override
        public void close() {
            close(service);
        }

        private static void close(WatchService service) {
            try {
                service.close();
            } catch (IOException e) {
                // Nothing is watched any more either way.
            }
        }
    }
}

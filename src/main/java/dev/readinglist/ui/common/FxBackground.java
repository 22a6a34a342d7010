package dev.readinglist.ui.common;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.ErrorLog;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One worker thread for all library work, so writes never interleave and the FX thread never
 * waits on SQLite; and the one place of ours that hands work to the FX thread (an ArchUnit rule
 * says so).
 */
public final class FxBackground implements Background, AutoCloseable {

    private final ExecutorService worker;

    public FxBackground() {
        this("library-worker");
    }

    /** A worker of its own, named for what it does. */
    public FxBackground(String name) {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable error) {
                logUnexpected(error);
                Platform.runLater(() -> onFailure.accept(error));
            }
        });
    }

    @Override
    public <T, U> Job run(
            Updating<T, U> work, Consumer<U> onUpdate, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<U> latest = new AtomicReference<>();
        Updates<U> updates = new Updates<>() {
            @Override
            public void send(U update) {
                // Only the newest update matters: one hand-over to the FX thread at a time.
                if (latest.getAndSet(update) == null) {
                    Platform.runLater(() -> onUpdate.accept(latest.getAndSet(null)));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        run(() -> work.run(updates), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** For the app itself, before any worker is at hand (another launch asked for the window). */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    private void submit(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException stopping) {
            // The app is stopping (checked here, not before: it may stop in between): a late refresh has
            // nothing left to show.
        }
    }

    private static void logUnexpected(Throwable error) {
        if (!(error instanceof ReadingListException) || error.getCause() != null) {
            ErrorLog.record("background task failed", error);
        }
    }

    @Override
    public void drain() {
        if (worker.isShutdown()) {
            return;
        }
        Future<?> marker = worker.submit(() -> {});
        try {
            marker.get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        drain();
        worker.shutdown();
    }
}

package dev.readinglist.ui.common;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.ErrorLog;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/** One worker thread for all library work, so writes never interleave and the FX thread never waits on SQLite. */
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
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable error) {
                    if (!(error instanceof ReadingListException) || error.getCause() != null) {
                        ErrorLog.record("background task failed", error);
                    }
                    Platform.runLater(() -> onFailure.accept(error));
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The app is stopping (checked here, not before: it may stop in between): a late refresh has
            // nothing left to show.
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

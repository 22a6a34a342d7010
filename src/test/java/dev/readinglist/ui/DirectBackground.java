package dev.readinglist.ui;

import dev.readinglist.ui.common.Background;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread, so view models can be tested without the toolkit. The
 * thread that made it plays the FX thread: news from other threads (the index loading on a thread of
 * its own) waits in a queue until the test calls {@link #awaitUi}.
 */
public final class DirectBackground implements Background {

    private final Thread ui = Thread.currentThread();
    private final BlockingQueue<Runnable> fromOtherThreads = new LinkedBlockingQueue<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T, U> Job run(
            Updating<T, U> work, Consumer<U> onUpdate, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        run(
                () -> work.run(new Updates<U>() {
                    @Override
                    public void send(U update) {
                        onUpdate.accept(update);
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled[0];
                    }
                }),
                onSuccess,
                onFailure);
        return () -> cancelled[0] = true;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Thread.currentThread() == ui) {
            action.run();
        } else {
            fromOtherThreads.add(action);
        }
    }

    /** Runs what other threads handed over, as the FX thread would, until {@code done} holds; fails after a minute. */
    public void awaitUi(BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited a minute for the view model");
                }
                Runnable next =
                        fromOtherThreads.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
                if (next != null) {
                    next.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void drain() {}
}

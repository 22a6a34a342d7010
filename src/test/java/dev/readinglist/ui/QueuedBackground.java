package dev.readinglist.ui;

import dev.readinglist.ui.common.Background;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test runs it, one task at a time and in order, as the one worker thread would. */
final class QueuedBackground implements Background {

    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final DirectBackground direct = new DirectBackground();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.add(() -> direct.run(work, onSuccess, onFailure));
    }

    @Override
    public <T, U> Job run(
            Updating<T, U> work, Consumer<U> onUpdate, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        tasks.add(() -> direct.run(
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
                onFailure));
        return () -> cancelled[0] = true;
    }

    @Override
    public void onUiThread(Runnable action) {
        tasks.add(action);
    }

    /** Runs the oldest task and what it hands back; false when there was none. */
    boolean runNext() {
        Runnable next = tasks.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    void runAll() {
        while (runNext()) {
            // and whatever those tasks queue
        }
    }

    @Override
    public void drain() {
        runAll();
    }
}

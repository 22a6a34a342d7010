package dev.readinglist.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where library and file work runs: never on the JavaFX thread. Work runs in order, one task at a
 * time, and what it comes to is handed back on the JavaFX thread. View models never touch the
 * toolkit's threads themselves: what reaches them from another thread comes through here.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Long work that reports as it goes (the newest update wins when they come faster than the
     * screen can show them) and can be cancelled: {@link Updates#cancelled()} turns true.
     */
    <T, U> Job run(Updating<T, U> work, Consumer<U> onUpdate, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the JavaFX thread soon: for news from another thread, such as a listener. */
    void onUiThread(Runnable action);

    /** Waits until every task submitted so far has finished; used before the window closes. */
    void drain();

    /** A failure nobody needs to see: the worker has already logged it, and {@code why} says why that is enough. */
    static Consumer<Throwable> ignoreFailure(String why) {
        return failure -> {};
    }

    /** Work that sends updates while it runs. */
    @FunctionalInterface
    interface Updating<T, U> {
        T run(Updates<U> updates) throws Exception;
    }

    /** The channel back from long work: updates for the screen, and whether the user cancelled. */
    interface Updates<U> {
        void send(U update);

        boolean cancelled();
    }

    /** Long work under way. */
    interface Job {
        void cancel();
    }
}

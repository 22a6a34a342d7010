package dev.readinglist.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where library and file work runs: never on the JavaFX thread. Work runs in order, one task
 * at a time, and its result comes back on the JavaFX thread.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Waits until every task submitted so far has finished; used before the window closes. */
    void drain();
}

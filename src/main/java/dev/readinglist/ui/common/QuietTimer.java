package dev.readinglist.ui.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs something on the FX thread later, or now and then, without an animation: a JavaFX
 * Timeline or PauseTransition keeps the toolkit's pulse going sixty times a second for as long
 * as it runs, even between its key frames, so a window waiting on one never sleeps. This counts
 * the time on a daemon thread of its own and wakes the FX thread only when the time comes.
 */
public final class QuietTimer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "window-timer");
        thread.setDaemon(true);
        return thread;
    });

    private QuietTimer() {}

    /** Runs {@code action} on the FX thread (through {@code background}) once, after {@code delay}. */
    public static ScheduledFuture<?> after(Duration delay, Background background, Runnable action) {
        return TIMER.schedule(() -> background.onUiThread(action), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code action} on the FX thread every {@code period}, the first time after one, until cancelled. */
    public static ScheduledFuture<?> every(Duration period, Background background, Runnable action) {
        return TIMER.scheduleWithFixedDelay(
                () -> background.onUiThread(action), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }
}

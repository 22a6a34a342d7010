package dev.readinglist.ui;

import dev.readinglist.ui.common.Debouncer;

/** A debouncer whose quiet period ends when the test says so. */
public final class ManualDebouncer implements Debouncer {

    private Runnable pending;

    @Override
    public void restart(Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean isPending() {
        return pending != null;
    }

    public void elapse() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}

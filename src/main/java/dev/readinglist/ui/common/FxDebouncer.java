package dev.readinglist.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX timeline: no threads, and the action runs on the FX thread. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;

    public FxDebouncer(Duration quiet) {
        this.pause = new PauseTransition(quiet);
    }

    @Override
    public void restart(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}

package dev.readinglist.ui.common;

import javafx.animation.AnimationTimer;

/**
 * Runs something a few frames on, on the FX thread: after a layout that is still to come, or again where a
 * layout asked for during a layout pass was dropped with it. A timer of the toolkit's own, as a pulse listener
 * added during a pulse broke the scene's iteration over them.
 */
public final class AfterFrames {

    private AfterFrames() {}

    /** Runs {@code action} at the start of the {@code frames}th pulse from now (1: the next). */
    public static void run(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen < frames) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }
}

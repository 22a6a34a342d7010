package dev.readinglist.ui;

import dev.readinglist.ui.common.ScreenArea;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * A window that the window manager throws above its screen in its first moments goes back where it
 * opened. Openbox now and then maps a dialog at the position GTK first gave it (0,0), after JavaFX
 * had moved it over its owner: the dialog sat in the screen's corner with its title bar above the
 * screen, where it could be neither read nor dragged. JavaFX learns of that move, so it can be undone.
 */
final class ShownPlace {

    /** Moves later than this after opening are taken for the user's, and left alone. */
    static final Duration SETTLING = Duration.seconds(2);

    /** The window manager's moves come in a burst; the window goes back once they stop. */
    private static final Duration QUIET = Duration.millis(150);

    private ShownPlace() {}

    /** Watches a window just shown, at the place it was shown at. */
    static void watch(Window window) {
        double x = window.getX();
        double y = window.getY();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        long until = System.nanoTime() + (long) (SETTLING.toMillis() * 1_000_000);
        PauseTransition goBack = new PauseTransition(QUIET);
        goBack.setOnFinished(e -> {
            if (window.isShowing() && aboveTheScreen(window)) {
                window.setX(x);
                window.setY(y);
                OnScreen.keep(window);
            }
        });
        InvalidationListener moved = new InvalidationListener() {
            @Override
            public void invalidated(Observable changed) {
                if (System.nanoTime() > until || !window.isShowing()) {
                    window.xProperty().removeListener(this);
                    window.yProperty().removeListener(this);
                } else if (aboveTheScreen(window)) {
                    goBack.playFromStart();
                }
            }
        };
        window.xProperty().addListener(moved);
        window.yProperty().addListener(moved);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent hidden) {
                goBack.stop();
                window.xProperty().removeListener(moved);
                window.yProperty().removeListener(moved);
                window.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
            }
        });
    }

    private static boolean aboveTheScreen(Window window) {
        return window.getY() < ScreenArea.of(window).getMinY();
    }
}

package dev.readinglist.ui;

import dev.readinglist.ui.common.ScreenArea;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
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

    /** How near the screen's top-left corner a window the window manager put there lies: its title bar's height. */
    private static final double CORNER = 40;

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
            if (window.isShowing() && strayed(window, x, y)) {
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
                } else if (strayed(window, x, y)) {
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

    /**
     * Above the screen, or in its top-left corner when it opened whole on the screen elsewhere: the fifty-second walk's
     * first About box sat in the corner, away from the window, its title bar in sight.
     */
    private static boolean strayed(Window window, double x, double y) {
        Rectangle2D area = ScreenArea.of(window);
        if (window.getY() < area.getMinY()) {
            return true;
        }
        boolean inCorner = window.getX() <= area.getMinX() + CORNER && window.getY() <= area.getMinY() + CORNER;
        boolean openedElsewhere = x > area.getMinX() + CORNER || y > area.getMinY() + CORNER;
        boolean openedWhole = x >= area.getMinX()
                && y >= area.getMinY()
                && x + window.getWidth() <= area.getMaxX()
                && y + window.getHeight() <= area.getMaxY();
        // Dialogs only: a main window a window manager places by its own rule is left there.
        boolean dialog = window instanceof Stage stage && stage.getOwner() != null;
        return dialog && inCorner && openedElsewhere && openedWhole;
    }
}

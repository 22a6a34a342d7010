package dev.readinglist.ui;

import dev.readinglist.ui.common.EveryWindow;
import dev.readinglist.ui.common.ScreenArea;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window of the app opens whole on its screen. A dialog centred on its owner could open with
 * its title bar above the top of a small screen (800x600), where it can neither be read nor moved.
 */
final class OnScreen {

    private OnScreen() {}

    /** From now on, each window that opens is moved, if it must be, to lie inside its screen's usable area. */
    static void keepEveryWindow() {
        EveryWindow.setUp(
                OnScreen.class,
                window -> window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                    keep(window);
                    ShownPlace.watch(window);
                }));
    }

    /** Moves the window into its screen's usable area: its top-left corner first, when it is larger. */
    static void keep(Window window) {
        if (!placed(window)) {
            // Shown before the window manager gave it a size (a busy machine, a dialog's first show): with
            // NaN in the sums below, the window would go to NaN.
            InvalidationListener later = new InvalidationListener() {
                @Override
                public void invalidated(Observable changed) {
                    if (placed(window)) {
                        window.widthProperty().removeListener(this);
                        window.heightProperty().removeListener(this);
                        keep(window);
                    }
                }
            };
            window.widthProperty().addListener(later);
            window.heightProperty().addListener(later);
            return;
        }
        Rectangle2D area = ScreenArea.of(window);
        double x = Math.max(area.getMinX(), Math.min(window.getX(), area.getMaxX() - window.getWidth()));
        double y = Math.max(area.getMinY(), Math.min(window.getY(), area.getMaxY() - window.getHeight()));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    private static boolean placed(Window window) {
        return Double.isFinite(window.getX())
                && Double.isFinite(window.getY())
                && window.getWidth() > 0
                && window.getHeight() > 0;
    }
}

package dev.readinglist.ui;

import dev.readinglist.ui.common.ScreenArea;
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
                OnScreen.class, window -> window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> keep(window)));
    }

    /** Moves the window into its screen's usable area: its top-left corner first, when it is larger. */
    static void keep(Window window) {
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
}

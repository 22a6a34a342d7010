package dev.readinglist.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The usable area (less task bars and docks) of the screen a window is on, or of the primary one. */
public final class ScreenArea {

    private ScreenArea() {}

    public static Rectangle2D of(Window window) {
        return Screen.getScreensForRectangle(
                        window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()))
                .stream()
                .findFirst()
                .orElse(Screen.getPrimary())
                .getVisualBounds();
    }
}

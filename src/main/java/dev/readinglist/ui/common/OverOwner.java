package dev.readinglist.ui.common;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * An owned window of our own (a chooser, the import, the progress) opens over the window it belongs to, as a dialog
 * does: JavaFX centres such a stage on the screen, and at 800x600 on a larger screen the eighty-second walk found the
 * import and the folder chooser hanging past the window's right edge. The window is kept on its screen after.
 */
public final class OverOwner {

    private OverOwner() {}

    /** Places {@code stage} over its owner each time it opens, before the window is kept on its screen. */
    public static void place(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            if (stage.getOwner() == null || !Double.isFinite(stage.getWidth()) || stage.getWidth() <= 0) {
                return;
            }
            stage.setX(stage.getOwner().getX() + (stage.getOwner().getWidth() - stage.getWidth()) / 2);
            stage.setY(stage.getOwner().getY() + (stage.getOwner().getHeight() - stage.getHeight()) / 3);
        });
    }
}

package dev.readinglist.ui.common;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * An owned window of our own (a chooser, the import, the progress) opens over the window it belongs to, as a dialog
 * does: JavaFX centres such a stage on the screen, and at 800x600 on a larger screen the eighty-second walk found the
 * import and the folder chooser hanging past the window's right edge. Placed before it shows, by its content's size,
 * and again once shown at its real size: placed only then, a first chooser on a busy machine, shown before its size
 * was known, stayed centred on the screen (the eighty-third walk). Always on the owner's screen.
 */
public final class OverOwner {

    private OverOwner() {}

    /** Places {@code stage} over its owner each time it opens. */
    public static void place(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, showing -> {
            Parent root = stage.getScene() == null ? null : stage.getScene().getRoot();
            if (root != null) {
                root.applyCss();
                double width = root.prefWidth(-1);
                moveOver(stage, width, root.prefHeight(width));
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            if (Double.isFinite(stage.getWidth()) && stage.getWidth() > 0) {
                moveOver(stage, stage.getWidth(), stage.getHeight());
            }
        });
    }

    private static void moveOver(Stage stage, double width, double height) {
        Window owner = stage.getOwner();
        if (owner == null || !Double.isFinite(width) || !Double.isFinite(height)) {
            return;
        }
        Point2D spot = spotOver(owner, width, height);
        stage.setX(spot.getX());
        stage.setY(spot.getY());
    }

    /**
     * Where a window of this size goes over {@code owner}: centred across it, a third of the way down, within the
     * owner's screen.
     */
    public static Point2D spotOver(Window owner, double width, double height) {
        Rectangle2D area = ScreenArea.of(owner);
        double x = owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner.getY() + (owner.getHeight() - height) / 3;
        return new Point2D(
                Math.max(area.getMinX(), Math.min(x, area.getMaxX() - width)),
                Math.max(area.getMinY(), Math.min(y, area.getMaxY() - height)));
    }
}

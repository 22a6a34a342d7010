package dev.readinglist.ui.choosing;

import dev.readinglist.ui.common.OverOwner;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** A question asked over the chooser, in its style, not where the window manager puts an owned dialog it cannot place. */
final class AskedOver {

    private AskedOver() {}

    /** Shows {@code dialog} over {@code chooser} and waits for its answer. */
    static <R> Optional<R> ask(Window chooser, Dialog<R> dialog) {
        dialog.initOwner(chooser);
        dialog.getDialogPane().getStylesheets().setAll(chooser.getScene().getStylesheets());
        dialog.setOnShown(e -> {
            Point2D spot = OverOwner.spotOver(chooser, dialog.getWidth(), dialog.getHeight());
            dialog.setX(spot.getX());
            dialog.setY(spot.getY());
        });
        return dialog.showAndWait();
    }
}

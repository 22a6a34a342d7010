package dev.readinglist.ui.choosing;

import java.util.Optional;
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
            dialog.setX(chooser.getX() + (chooser.getWidth() - dialog.getWidth()) / 2);
            dialog.setY(chooser.getY() + (chooser.getHeight() - dialog.getHeight()) / 3);
        });
        return dialog.showAndWait();
    }
}

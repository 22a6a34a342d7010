package dev.readinglist.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The one thing a second launch shows when the window that has its library cannot be brought to
 * the front: a launch from a menu or a double-click has no terminal to print to. Without a display
 * (a terminal over SSH) there is no dialog, and the command line's one line says it.
 */
final class AlreadyOpenDialog {

    private static final double TEXT_WIDTH = 460;

    private AlreadyOpenDialog() {}

    /** Blocks until the dialog is closed; returns at once when no toolkit can start. */
    static void show(String text) {
        if ("Headless".equalsIgnoreCase(System.getProperty("glass.platform", ""))) {
            return; // tests and AOT training: nobody would close it
        }
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                try {
                    Alert alert = new Alert(Alert.AlertType.INFORMATION);
                    alert.setTitle("Reading List");
                    alert.setHeaderText("Reading List is already open");
                    Label label = new Label(text);
                    label.setWrapText(true);
                    label.setPrefWidth(TEXT_WIDTH);
                    label.setMaxWidth(TEXT_WIDTH);
                    label.setMinHeight(Region.USE_PREF_SIZE);
                    alert.getDialogPane().setContent(label);
                    alert.showAndWait();
                } finally {
                    closed.countDown();
                    Platform.exit();
                }
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException noDisplay) {
            // No display to show it on: the command line's one line is all there is.
        }
    }
}

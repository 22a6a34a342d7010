package dev.readinglist.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for startup: one Label in a window, started from the app's own runtime, printing
 * first-frame-ms the way the app does. No JavaFX app on this machine can show a frame sooner.
 * With {@code -Dbare.stay=true} it stays open: the floor for an idle window's CPU.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Reading List"), 400, 200);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long millis = ManagementFactory.getRuntimeMXBean().getUptime();
            Platform.runLater(() -> {
                System.out.println("first-frame-ms=" + millis);
                if (!Boolean.getBoolean("bare.stay")) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}

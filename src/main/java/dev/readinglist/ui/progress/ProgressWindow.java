package dev.readinglist.ui.progress;

import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.OverOwner;
import dev.readinglist.ui.common.Views;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** View > Progress by tag, in a window of its own that Esc closes; built on first use, fresh on each. */
public final class ProgressWindow {

    private final Window owner;
    private final Consumer<Scene> style;
    private final Background background;
    private final LibraryConnection connection;
    private Stage stage;
    private ProgressController controller;

    public ProgressWindow(Window owner, Consumer<Scene> style, Background background, LibraryConnection connection) {
        this.owner = owner;
        this.style = style;
        this.background = background;
        this.connection = connection;
    }

    public void show() {
        if (stage == null) {
            Views.Loaded<ProgressController> view = Views.load(
                    ProgressController.class,
                    "ProgressView.fxml",
                    () -> new ProgressController(background, connection));
            controller = view.controller();
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Progress by tag");
            OverOwner.place(stage);
            stage.setScene(new Scene(view.root()));
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    stage.close();
                    key.consume();
                }
            });
        } else {
            controller.refresh();
        }
        style.accept(stage.getScene());
        stage.show();
        stage.toFront();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
